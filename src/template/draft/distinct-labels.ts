/** What telling labels apart needs to know of a field. */
interface Labelled {
  label: string;
  kind: string;
  lead: string;
  owner: string;
  before: string;
  after: string;
  /** The heading of the part it stands in, if any. */
  sectionName?: string;
}

/** Kinds named by a role (镇名, 书记姓名) rather than by a thing measured. */
const NAMED = new Set(["person", "place", "name", "county"]);
const TIME = /上半年|下半年|全年|前三季度|[一二三四]季度|\d+[-—－至~]\d+月份?|\d+月份?/;

/** Names for the members of a list of like blanks that nothing else tells apart (XX、XX、XX平台公司). */
const LIST = "甲乙丙丁戊己庚辛壬癸";

/**
 * Makes every label unique with words of the document rather than numbers: fields that came out alike get, in
 * turn, the heading of their part when it is not the first one's (地区生产总值（下半年工作安排）), the time of their sentence (前三季度, 全年),
 * the thing of the figure before them (跟踪在谈项目总投资), the words before them (总结, 部署; 北接, 东临), the
 * words after them in their clause; members of one list that nothing tells apart are named 甲, 乙, 丙.
 */
export function distinctLabels(fields: Labelled[]): void {
  // A figure named with its time (全年地区生产总值) and one of the same thing without (地区生产总值 of 前三季度):
  // the second gets the time of its sentence too.
  const timeless = new Map<string, Labelled[]>();
  for (const f of fields) {
    const key = `${f.kind}:${f.label.replace(TIME, "")}`;
    timeless.set(key, [...(timeless.get(key) ?? []), f]);
  }
  for (const group of timeless.values()) {
    if (group.length < 2 || group.every((f) => f.label === group[0]!.label)) continue;
    for (const f of group) {
      if (f.lead && !TIME.test(f.label) && !group.some((g) => g.label.includes(f.lead)))
        f.label = `${f.lead}${f.label}`;
    }
  }
  const section = (f: Labelled, group: Labelled[]) =>
    f.sectionName && f.sectionName !== group[0]!.sectionName ? `${f.label}（${f.sectionName}）` : f.label;
  // Words in front that tell a label from the others of its group, read by `pick` from each field.
  const byWords = (pick: (f: Labelled) => string) => (f: Labelled, group: Labelled[]) =>
    prefix(f.label, pick(f), group.map(pick));
  const lead = byWords((f) => f.lead);
  const before = byWords((f) => f.before);
  // Only a label that names no thing of its own (投资, 总投资) takes the thing of the figure before it.
  const owner = (f: Labelled, group: Labelled[]) =>
    [...f.label].length <= 4 ? byWords((g) => g.owner)(f, group) : f.label;
  const after = (f: Labelled, group: Labelled[]) =>
    f.after && group.some((g) => g.after !== f.after) && !f.label.includes(f.after)
      ? `${f.label}（${f.after}）`
      : f.label;
  // A figure is told apart first by what follows it (投资 of two projects), a name by what precedes it (北接, 东临).
  const figureSteps = [section, lead, after, owner, before];
  const nameSteps = [section, lead, before, after, owner];
  const personSteps = [section, lead, after, before, owner];
  for (let i = 0; i < figureSteps.length; i++) {
    for (const group of groupsOf(fields)) {
      const kind = group[0]!.kind;
      const step = (kind === "person" ? personSteps : NAMED.has(kind) ? nameSteps : figureSteps)[i]!;
      const next = group.map((f) => step(f, group));
      group.forEach((f, j) => (f.label = next[j]!));
    }
  }
  for (const group of groupsOf(fields)) group.forEach((f, i) => (f.label = `${f.label}（${LIST[i % LIST.length]}）`));
}

/** Fields whose labels are the same, two or more. */
function groupsOf(fields: Labelled[]): Labelled[][] {
  const groups = new Map<string, Labelled[]>();
  for (const f of fields) groups.set(f.label, [...(groups.get(f.label) ?? []), f]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The label with words in front that tell it from the others of its group, when those words differ. */
function prefix(label: string, words: string, all: string[]): string {
  if (!words || all.every((w) => w === words) || label.startsWith(words) || label.includes(words)) return label;
  return `${words}${label}`;
}
