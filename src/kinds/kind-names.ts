/** The ten kinds of blank a template can hold; what each takes in a data file and prints is in kind-schemas.ts. */
export const KINDS = [
  "county",
  "place",
  "person",
  "name",
  "count",
  "amount",
  "percent",
  "rank",
  "date",
  "ordinal",
] as const;

export type Kind = (typeof KINDS)[number];

/** Chinese names of the kinds, as a clerk would say them. */
export const KIND_LABELS_ZH: Record<Kind, string> = {
  county: "县名",
  place: "地名",
  person: "人名",
  name: "名称",
  count: "数量",
  amount: "数额",
  percent: "百分比",
  rank: "名次",
  date: "日期",
  ordinal: "届次",
};

/** English names of the kinds. */
export const KIND_LABELS_EN: Record<Kind, string> = {
  county: "county",
  place: "place",
  person: "person",
  name: "name",
  count: "count",
  amount: "amount",
  percent: "percent",
  rank: "rank",
  date: "date",
  ordinal: "ordinal",
};

/** Whether a string is one of the ten kinds. */
export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}
