import type { ScannedPlaceholder } from "../../scan/types.js";
import { CLAUSE_END, clean, headWords, MASK, MASK_CHAR, words } from "./clause-words.js";

/** Further blanks of a list right after this one: 、XX、XX. */
const LISTED_BLANKS = new RegExp(`^(?:、[ \\u3000]*${MASK}+)+`);

/** A title after a person's blank: XX书记, XX县长. */
const TITLE =
  /^(?:副?(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|部长|厅长|主席|院长|校长|所长|科长|处长|股长|站长|队长|厂长|社长|会长|行长|委员(?!会)|总经理|经理|董事长|理事长|秘书长))/;
/** The body a title belongs to, just before the blank: 县委X书记, 县政府X县长. */
const BODY =
  /(省委|市委|县委|区委|镇党委|乡党委|党委|省政府|市政府|县政府|区政府|镇政府|乡政府|人大|政协|纪委)[ \u3000]*$/;
/** A post and a colon before the blank: 党委书记：XX, 党委副书记、镇长：XX. */
const POST_BEFORE = /([\u4e00-\u9fff、]{2,14})[:：][ \u3000]*$/;
const PLACE_SUFFIX =
  /^(?:县区|城市|县|市|区|镇|乡|街道|社区|村|水库|湿地|流域|河|江|湖|山|岭|省|州|湾|岛|峡|渠|沟|塬|峪|坝|圩|堤|竹海|景区)/;
/** What a named thing is, at the end of the words after its blank: XX工业集中区, XX平台公司, XX加工与包装项目. */
const NAMED_KIND =
  /(?:有限公司|公司|集团|集中区|开发区|产业园|园区|工业园|厂|工厂|项目|工程|中心校|卫生院|中心|基地|办事处|辦事處|协会|合作社|学校|中学|小学|医院|银行|国道|省道|铁路|民生工程|机制|品牌)/g;

/**
 * The label of a named blank by its role: a person by the post before or the title after (党委书记姓名,
 * 县委书记姓名, 讲话人姓名), a place by its kind (镇名, 河名, 城市名), a name by what it names (工业集中区名称,
 * 平台公司名称, 指导思想名称, 民生工程名称).
 */
export function roleLabel(text: string, p: ScannedPlaceholder): string {
  const rest = text.slice(p.offset + p.length, p.offset + p.length + 24).replace(/^[ \u3000]+/, "");
  const head = text.slice(Math.max(0, p.offset - 16), p.offset);
  if (p.kind === "person") {
    const post = POST_BEFORE.exec(head)?.[1]?.replace(
      /^.*?(?=党委|党组|人大|政协|纪委|副?镇长|副?县长|书记|主任|主席)/,
      "",
    );
    if (post) return `${postName(post)}姓名`;
    const title = TITLE.exec(rest)?.[0];
    if (title) return `${BODY.exec(head)?.[1] ?? ""}${title}姓名`;
    const titleBefore = /(书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|负责人)[ \u3000]*$/.exec(head);
    if (titleBefore) {
      const lead = head.slice(0, titleBefore.index).replace(/.*(?:请|由|，|,|、)/, "");
      const body = BODY.exec(lead)?.[1] ?? /((?:[县市区镇])?[\u4e00-\u9fff]{2,3}[局委办])$/.exec(lead)?.[1] ?? "";
      return `${body}${titleBefore[1]}姓名`;
    }
    if (/讲话/.test(text.slice(Math.max(0, p.offset - 40), p.offset)) && /^[（(]/.test(rest)) return "讲话人姓名";
    return "姓名";
  }
  if (p.kind === "place") {
    // 位于张北县XX部: a direction.
    if (/^部/.test(rest)) return "方位";
    const suffix = PLACE_SUFFIX.exec(rest)?.[0];
    if (suffix) return `${suffix.replace(/^县区$/, "县")}名`;
    const said = rest.split(CLAUSE_END)[0]!.split(MASK_CHAR)[0]!;
    const who = clean(headWords(said.split(/已|正在|顺利|全面|均|等|的|将|被|在|来|建设|开工|投产|进入/)[0]!, 6));
    return who.length >= 2 ? `${who}地名` : "地名";
  }
  // One of a list of names (赋予XX、XX、XX平台公司): what the last one is.
  const listed = rest.replace(LISTED_BLANKS, "");
  if (listed !== rest) return roleLabel(text, { ...p, length: p.length + (rest.length - listed.length) });
  // A name in quotes: what follows it (“XX”的产业招商和投资促进机制, “XXX”民生工程).
  if (/[“"]$/.test(head)) {
    const after = rest.replace(/^[”"]的?/, "").split(CLAUSE_END)[0]!;
    const what = clean(headWords(after.split(/[,，]/)[0]!, 12));
    if (what.length >= 2) return `${what}名称`;
  }
  if (/^(?:思想)?为指导/.test(rest)) return "指导思想名称";
  if (/^族/.test(rest)) return "民族名称";
  const clause = rest.split(CLAUSE_END)[0]!.split(MASK_CHAR)[0]!;
  // Up to the end of the first word saying what it is (XX工业集中区基础设施建设 → 工业集中区).
  NAMED_KIND.lastIndex = 0;
  const kindAt = NAMED_KIND.exec(clause);
  if (kindAt && kindAt.index + kindAt[0].length <= 12) {
    const noun = clean(clause.slice(0, kindAt.index + kindAt[0].length)).replace(/完全市场$/, "");
    if (noun.length >= 2) return `${noun}名称`;
  }
  const noun = clean(
    headWords(clause.split(/已|正在|顺利|全面|均|等|的|将|被|在|来|建设|开工|投产|进入|种植|销售/)[0]!, 6),
  );
  if (noun.length >= 2) return `${noun}名称`;
  // Nothing says what it is (XX建设发展进入国家高层视野): what is said of it.
  const said = clean(headWords(clause, 12));
  return said.length >= 2 ? `${said}的名称` : "名称";
}

/** A post as a label's words: 党委副书记、镇长 → 党委副书记镇长. */
function postName(post: string): string {
  const ws = words(post.replace(/、/g, ""));
  return ws.join("");
}

/**
 * An ordinal's label: the thing it numbers (第X次人代会 → 人代会届次; “X五” → 五年规划届次).
 */
export function ordinalLabel(text: string, p: ScannedPlaceholder): string {
  const rest = text.slice(p.offset + p.length, p.offset + p.length + 16);
  if (/^五[”"]/.test(rest)) return "五年规划届次";
  const said = rest.replace(/^[次届]/, "").split(/以来|[，,。；;：:\n上的在]/)[0]!;
  const noun = clean(headWords((/^.*?全会/.exec(said)?.[0] ?? said).replace(/、/g, ""), 8));
  return noun.length >= 2 ? `${noun}届次` : "届次";
}
