import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/scan-text.js";

/** Kind (and unit) of the placeholder at the marked position: 【…】 marks the blank meant. */
function kindAt(marked: string): string {
  const at = marked.indexOf("【");
  const text = marked.replace(/[【】]/g, "");
  const p = scanText(text).placeholders.find((q) => q.offset <= at && at < q.offset + q.length);
  return p ? [p.kind, p.unit].filter(Boolean).join(" ") : "none";
}

// Sentences written for these rules (the corpus under test/corpus holds the real ones): each the kind a clerk
// would fill in, read from the sentence.
describe("kinds from context", () => {
  test.each([
    // A mask before a unit of quantity is a figure whatever its length; a year only before 年 or in a date.
    ["小麦平均亩产达【xxxx】斤以上", "amount 斤"],
    ["全年粮食总产量【XXXX】万斤", "amount 万斤"],
    ["总人口【x】万人", "amount 万人"],
    ["共有耕地面积【x】余亩", "amount 余亩"],
    ["考核总分终于突破【XX】分", "amount 分"],
    // Where investors come from, after a verb of attracting: a place (corpus 01, 吸引XXXX各类投资商).
    ["吸引【XXXX】各类投资商来区创业", "place"],
    ["热情欢迎来自【XX】的客商", "place"],
    ["【XXXX】年底前全面完成", "date"],
    // Titles: before 书记, 县长, 同志; after a post and a colon; a spaced mask reads the same.
    ["【XX】书记在会上强调", "person"],
    ["【X】 县长主持会议", "person"],
    ["党委书记：【xx】党委副书记、镇长：xx", "person"],
    ["市委书记【XXX】在对口支援座谈会上的讲话", "person"],
    // Any title of a post after the mask, and 总 as the boss is addressed (issue 10).
    ["联系人：办公室【X】科长", "person"],
    ["请【X】处长牵头落实", "person"],
    ["【XX】副科长负责", "person"],
    ["【X】总在签约仪式上致辞", "person"],
    // The speaker named under a speech's title: 在…上的讲话 XXX (X年X月X日).
    ["在对口支援花垣县座谈会上的讲话 【XXX】 (X年X月X日,根据录音整理)", "person"],
    ["在全县经济工作会议上的讲话\n【XXX】\n（20XX年X月X日）", "person"],
    ["【X】总经理介绍了项目", "person"],
    ["【XX】厂长汇报了生产情况", "person"],
    // Rank: 第X / 前X after 全市、全省、全县, even without 位 or 名; moving up a ranking is a count of places.
    ["工业增速列全市第【xx】，前移xx", "rank"],
    ["工业增速列全市第xx，前移【xx】", "count"],
    ["综合考核进入全省前【X】", "rank"],
    ["排名上升【X】个位次", "count 个"],
    ["民调从上半年的【XX】名提升到第X名", "rank"],
    ["第 【X】 名", "rank"],
    // A year at the start of a sentence or a list item, and before 工作/度; 时隔X年 still counts years.
    ["【XX】年，全县经济平稳增长", "date"],
    ["一、【xx】年工作总结", "date"],
    ["乡镇【xx】年工作总结和xx年工作计划", "date"],
    ["【20xx】 年全县上下克难攻坚", "date"],
    ["时隔【X】年再次召开", "count 年"],
    ["【X】年来，全县上下", "count 年"],
    // Sessions: X届X次全会 are ordinals; X次 otherwise counts.
    ["县委【X】届X次全会", "ordinal"],
    ["县委X届【X】次全会", "ordinal"],
    ["中央电视台深度报道【X】次", "count 次"],
    ["我用【X】张报表来盘点", "count 张"],
    ["完成土地供应【X】宗", "count 宗"],
    // The document's own jurisdiction, whatever its level; another county or town is a place.
    ["全镇上下团结一心，【xx】镇人民政府", "county"],
    // Ranking against the body above (位居全市第1位, 高于全市X个百分点) is not the document naming itself: a district's
    // report that ranks itself in its city often says 全市 more than 全区 (Word corpus 05's header XX区发展和改革局).
    [
      "【XX】区发展和改革局\n三季度，全区生产总值增长X%，增速位居全市第1位；全区社会消费品零售总额增长X%，高于全市X个百分点，" +
        "位居全市第2位；需求额均位于全市前列，增速位居全市第X位",
      "county",
    ],
    ["全镇概况：xx镇位于【xx】市最南端", "place"],
    ["全镇概况：南与【xx】县交界，北接xx镇", "place"],
    ["全镇概况：南与xx县交界，北接【xx】镇", "place"],
    ["全县上下，【X】县人民", "county"],
    ["全县工作中，【X】镇的产业园", "place"],
    ["（一）工业产值：【XX】区2023年1-3月", "county"],
    ["在【XX】发展的史册上", "county"],
    ["过去的一年，【XX】人用辛勤汗水", "county"],
    ["是【xx】在应对挑战中负重前行的五年", "county"],
    ["更高起点推进【xxx】新跨越", "county"],
    // The place whose people are counted: XX730万人民 is XX's 7.3 million people, not a masked figure.
    ["带着 【XX】730万人民对湘西人民的深情厚谊", "county"],
    ["全县【XX】万人民群众", "amount 万"],
    // Traditional characters give the same cues.
    ["實現地區生產總值【x】億元", "amount 亿元"],
    ["夏糧總播面積【x】萬畝", "amount 万亩"],
    ["【xx】鎮黨委書記，全鎮", "county"],
    // A township's own institutions carry its name (xx中心校, xx卫生院): in a town's report the town itself.
    ["全镇上下，【xx】中心校及卫生院建设项目", "county"],
    ["全县上下，【xx】中心校", "place"],
    // An office kept in another city: the city it is in (corpus 10, xx招商辦事處).
    ["完善【xx】招商办事处管理机制", "place"],
    ["完善【xx】招商辦事處管理機制", "place"],
    // Held-out templates (issue 10 trial): a part of a place (县XX部: 东部, 西北部) is a place, not a count of 部.
    ["乡(镇)位于张北县 【XX】 部，政府驻地", "place"],
    ["共拍摄【X】部专题片", "count 部"],
    // Neighbours named before 相邻 (与XX乡、XX县相邻).
    ["全乡概况：与 【XX】 乡(镇)、XX 县相邻", "place"],
    // Units of weather.
    ["年平均气温 【XX】 度", "amount 度"],
    ["年均降水量 【XX】 毫米", "amount 毫米"],
    ["年均降水量 【XX】 毫升", "amount 毫升"],
    // The jurisdiction's own name in a campaign: 平安XX, 美丽XX.
    ["全乡继续创建“平安【xx】”", "county"],
    ["全县加快建设美丽【XX】", "county"],
    // One masked digit before 年 is a number of years, not a year (“三年跨千亿”).
    ["圆满兑现“【X】年跨X亿”庄严承诺", "count 年"],
    // A blank line to write on.
    ["合隆经济开发区和【__】工业集中区", "name"],
    // Full-width underscores, as a Chinese input method types them: a line to write a figure on.
    ["因事因病请假【＿＿】名，出席会议的代表＿＿名", "count 名"],
    ["全年完成投资【＿＿＿】亿元", "amount 亿元"],
  ])("%s → %s", (marked, kind) => {
    expect(kindAt(marked)).toBe(kind);
  });
});

describe("a run of spaces left to write in", () => {
  // Where a clerk leaves spaces instead of X: wide, after a Chinese character, before what a figure or name needs.
  test.each([
    ["因事因病请假【        】名，出席会议的代表231名", "count 名"],
    ["出席今天会议的代表【        】名，符合法定人数", "count 名"],
    ["全年完成投资【   】亿元", "amount 亿元"],
    ["同比增长【   】%", "percent %"],
    ["位居全市第【    】位", "rank"],
    ["县委【    】届三次全会", "ordinal"],
    ["下面请【　　】同志讲话", "person"],
    ["请假【　 】名", "count 名"],
  ])("%s → %s", (marked, kind) => {
    expect(kindAt(marked)).toBe(kind);
  });

  // Spaces that lay a text out: each scanned alone finds nothing.
  test.each([
    ["an indent", "　　同志们：今天召开会议"],
    ["an indent of spaces before a figure", "        3名同志请假"],
    ["two spaces", "请假  名"],
    ["one ideographic space", "请假　名"],
    ["after a figure", "共3   人参加"],
    ["after punctuation", "出席：        名单附后"],
    ["a signature before its date", "县委办公室        2020年7月15日"],
    ["two columns of names", "主持人：张三        记录人：李四"],
    ["a plain-text table's header", "部门        人数        备注"],
    ["a date left to be written by hand", "二〇二〇年    月    日"],
    ["English", "the total    is    shown"],
  ])("not a blank: %s", (_, text) => {
    expect(scanText(text).placeholders).toEqual([]);
  });
});

describe("an X discussed as a letter is not a blank", () => {
  test.each([
    ["身份证号最后一位是'X'，'X'是罗马数字中的10"],
    ["我们选择了用X代替阿拉伯数字10"],
    ["科幻电影《X战警》"],
    ["将x确立为表示未知数的标准形式"],
    ["“X”代表的不是字母，而是罗马数字"],
    ["500毫安以上X 光电视摄像系统"],
    ["某松矿生产企业负责人表示"],
  ])("%s", (text) => {
    expect(scanText(text).placeholders).toEqual([]);
  });

  test("one full-width underscore is punctuation, not a line to write on", () => {
    expect(scanText("文件名写作“报告＿定稿”即可").placeholders).toEqual([]);
  });

  test("a quoted X in a template is still a blank: “XX”的产业招商, “X五”", () => {
    expect(scanText("建立健全“XX”的产业招商机制").placeholders).toHaveLength(1);
    expect(scanText("“十X五”时期").placeholders).toHaveLength(1);
  });
});
