import { describe, expect, test } from "vitest";
import { scanText } from "../../src/scan/scan-text.js";
import { scanToJson } from "../../src/scan/scan-json.js";

/** A scan written compactly: `text@column kind unit` per placeholder, `text@column reason` per ignored match. */
function brief(source: string) {
  const r = scanText(source);
  return {
    found: r.placeholders.map((p) => [`${p.text}@${p.column}`, p.kind, p.unit].filter(Boolean).join(" ")),
    ignored: r.ignored.map((i) => `${i.text}@${i.column} ${i.reason}`),
  };
}

describe("placeholder styles seen in real templates", () => {
  test.each([
    ["one X", "全县规模工业总产值X亿元", ["X@10 amount 亿元"]],
    ["a run XX is one placeholder", "新建XX个村级活动室", ["XX@3 count 个"]],
    ["a run XXX is one placeholder", "XXX同志宣读了表彰决定", ["XXX@1 person"]],
    ["lower-case x", "全县实现地区生产总值x亿元", ["x@11 amount 亿元"]],
    ["lower-case xx", "增速xx%", ["xx@3 percent %"]],
    ["lower-case xxx", "新增就业xxx人", ["xxx@5 count 人"]],
    ["full-width Ｘ", "奋力谱写Ｘ县新篇章", ["Ｘ@5 county"]],
    ["full-width ＸＸ (a town's own name in its own report)", "ＸＸ镇党委书记", ["ＸＸ@1 county"]],
    ["times sign ×", "×县人民政府", ["×@1 county"]],
    ["times signs ××", "××同志作了重要讲话", ["××@1 person"]],
    ["某 for a person", "某同志对全县经济工作作了安排", ["某@1 person"]],
    ["某某 for a person", "某某同志宣读了通报", ["某某@1 person"]],
    ["某 for the county", "某县召开全会", ["某@1 county"]],
    ["某年 is a date", "某年全县生产总值", ["某年@1 date"]],
    ["某年某月某日 is one date", "某年某月某日召开会议", ["某年某月某日@1 date"]],
    ["○○ for the county", "○○县委员会", ["○○@1 county"]],
    [
      "masked decimal with a real tail",
      "全县实现地区生产总值xx.51亿元，增长x.x%",
      ["xx.51@11 amount 亿元", "x.x@21 percent %"],
    ],
    ["fully masked decimal percent", "增速为xx.xx%", ["xx.xx@4 percent %"]],
    ["masked amount to three places", "完成投资x.xxx亿元", ["x.xxx@5 amount 亿元"]],
    ["partly masked percent", "同比增长xx0.9%", ["xx0.9@5 percent %"]],
    ["real digits before the masks", "增长12.xx%", ["12.xx@3 percent %"]],
    ["masked year 20xx年", "20xx年全县经济平稳增长", ["20xx年@1 date"]],
    ["masked year 202x年", "202x年是决胜之年", ["202x年@1 date"]],
    ["slashed date 201X/X/XX", "签订日期：201X/X/XX", ["201X/X/XX@6 date"]],
    ["X月X日 is one placeholder", "自X月X日后无新增确诊病例", ["X月X日@2 date"]],
    ["a whole masked date is one placeholder", "会议定于20xx年x月x日召开", ["20xx年x月x日@5 date"]],
    ["X年X月X日 is one placeholder", "X年X月X日，县委召开常委会", ["X年X月X日@1 date"]],
    ["a month range x-x月 is one placeholder", "x-x月，全县规模工业增加值增长x%", ["x-x月@1 date", "x@17 percent %"]],
    ["a month after a real year", "2020年X月，全县启动创建", ["X月@6 date"]],
    ["a day alone", "X日上午召开会议", ["X日@1 date"]],
    ["glued to Latin letters", "GDPxxxx万元", ["xxxx@4 amount 万元"]],
    ["a Latin unit after", "新建道路Xkm", ["X@5 amount km"]],
    [
      "ASCII comma and semicolon",
      "完成投资X亿元,增长X%;其中:X县",
      ["X@5 amount 亿元", "X@11 percent %", "X@17 county"],
    ],
    ["a space before %", "增速X %", ["X@3 percent %"]],
    ["full-width percent sign", "增长X％", ["X@3 percent %"]],
  ])("%s: %s", (_name, source, found) => {
    expect(brief(source)).toEqual({ found, ignored: [] });
  });
});

describe("the kind from the Chinese around the placeholder", () => {
  test.each([
    ["amount 亿元", "固定资产投资累计完成X亿元", "amount", "亿元"],
    ["amount 万元", "落实资金X万元", "amount", "万元"],
    ["amount 元", "人均可支配收入X元", "amount", "元"],
    ["amount 亩", "占地X亩的科技产业园", "amount", "亩"],
    ["amount 万亩", "新建高标准农田X万亩", "amount", "万亩"],
    ["amount 倍", "增长X倍", "amount", "倍"],
    ["count 个", "观摩了X个镇办重点工作", "count", "个"],
    ["count 名", "全县除X名返乡人员确诊外", "count", "名"],
    ["count 人", "新增城镇就业X人", "count", "人"],
    ["amount 万人 (ten-thousands are written with decimals: 3.5万人)", "接待游客X万人", "amount", "万人"],
    ["count 户", "强化对X户规模企业的监测", "count", "户"],
    ["count 天", "空气质量优良天数X天", "count", "天"],
    ["count 件", "民生X件实事顺利推进", "count", "件"],
    ["count 项", "突出抓好X项改革任务", "count", "项"],
    ["count 批", "分X批举办专题学习班", "count", "批"],
    ["count 年", "时隔X年再次亲临考察", "count", "年"],
    ["count 大类", "聚焦X大类改革任务", "count", "大类"],
    ["count 余家", "引进企业X余家", "count", "余家"],
    ["percent %", "增速X%", "percent", "%"],
    ["percent ‰", "人口自然增长率X‰", "percent", "‰"],
    ["percent 百分之", "占比达到百分之X", "percent", undefined],
    ["percent 个百分点", "提高X个百分点", "percent", "个百分点"],
    ["rank 第X位", "位居全市第X位", "rank", undefined],
    ["rank 第X名", "位居全市第X名", "rank", undefined],
    ["rank 前X位", "综合排名可以达到前X位", "rank", undefined],
    ["rank 第X without a unit", "位居全省第X", "rank", undefined],
    ["ordinal X届", "在县委X届七次全会上的讲话", "ordinal", undefined],
    ["ordinal X次", "县委十五届X次全会", "ordinal", undefined],
    ["ordinal 第X次", "第X次党代会", "ordinal", undefined],
    ["ordinal “X五”", "编制“X五”规划", "ordinal", undefined],
    ["ordinal 十X五", "十X五时期", "ordinal", undefined],
    ["date X月", "X月底前完成", "date", undefined],
    ["county X县", "奋力谱写X县新时代追赶超越新篇章", "county", undefined],
    ["county X市", "X市委市政府高度重视", "county", undefined],
    ["person X同志", "X同志宣读了通报", "person", undefined],
    ["person X县长", "X县长作政府工作报告", "person", undefined],
    ["person X市长", "X市长来我县调研", "person", undefined],
    ["person X书记", "X书记作重要讲话", "person", undefined],
    ["person 结合X等严重违纪违法案", "结合X等严重违纪违法案", "person", undefined],
    ["place X镇 (another town in a county's speech)", "全县位于X镇的产业园", "place", undefined],
    ["place X河", "X河生态综合治理", "place", undefined],
    ["place X水库", "加快X水库水系连通", "place", undefined],
    ["place X村", "X村党支部", "place", undefined],
    ["place 来X考察", "总书记来X考察并发表重要讲话", "place", undefined],
    ["place 亲临X考察", "再次亲临X考察指导", "place", undefined],
    ["name X产业园", "加快X产业园建设", "name", undefined],
    ["name X项目 (a project's name, not a count)", "推进X项目建设", "name", undefined],
    ["name X市场 (a market, not the city)", "X市场主体活力增强", "name", undefined],
    ["name, no cue", "以X为龙头推进军民融合", "name", undefined],
    ["amount: a figure with a real digit and no unit", "增长xx.5", "amount", undefined],
  ])("%s: %s", (_name, source, kind, unit) => {
    const [p, ...rest] = scanText(source).placeholders;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind });
    expect(p!.unit).toBe(unit);
  });

  test("以X和X等严重违纪违法案: both names are people", () => {
    expect(brief("教育党员干部以X和X等严重违纪违法案为镜鉴").found).toEqual(["X@8 person", "X@10 person"]);
  });

  test("X届X次 are two ordinals", () => {
    expect(brief("在县委X届X次全会上的讲话").found).toEqual(["X@4 ordinal", "X@6 ordinal"]);
  });
});

describe("the county rule for a bare placeholder", () => {
  test("a text kept for the county claims its bare uses", () => {
    expect(brief("XX县位于秦岭南麓。XX人民勤劳勇敢，X镇山清水秀，全县完成投资X亿元").found).toEqual([
      "XX@1 county",
      "XX@11 county",
      "X@20 place",
      "X@33 amount 亿元",
    ]);
  });

  test("where one X stands for everything, a bare X stays another place or name", () => {
    expect(brief("奋力谱写X县新篇章。从今往后，在X当干部，完成投资X亿元").found).toEqual([
      "X@5 county",
      "X@17 name",
      "X@26 amount 亿元",
    ]);
  });

  test("a text also used for another named kind is not claimed", () => {
    expect(brief("XX县召开会议。XX镇、XX当干部").found).toEqual(["XX@1 county", "XX@9 place", "XX@13 name"]);
  });
});

describe("look-alikes that are not placeholders", () => {
  test.each([
    ["3+X, a policy name", "深入实施“3+X”特色产业攻坚行动", "3+X@8 formula"],
    ["1+X证书", "推行1+X证书制度", "1+X@5 formula"],
    ["X+N, a formula the other way round", "推广X+N模式", "X+N@3 formula"],
    ["full-width plus", "实施3＋X工程", "3＋X@5 formula"],
    ["a size", "屏幕分辨率1920x1080", "1920x1080@10 formula"],
    ["multiplication with ×", "面积为3×4平方米", "3×4@5 formula"],
    ["X光", "配备X光机两台", "X光@3 word"],
    ["X射线", "开展X射线检查", "X射线@3 word"],
    ["Xbox", "玩Xbox游戏", "Xbox@2 word"],
    ["X-ray", "拍一张X-ray胸片", "X-ray@4 word"],
    ["XXL", "XXL码的服装", "XXL@1 word"],
    ["x86", "基于x86架构的服务器", "x86@3 word"],
    ["a lone × line, a page's close button", "关闭\n×\n正文开始", "×@1 close-button"],
    ["某些", "某些地方还存在形式主义", "某些@1 moumou-word"],
    ["某种", "在某种程度上", "某种@2 moumou-word"],
    ["某一", "某一时期", "某一@1 moumou-word"],
    ["○ as zero in a Chinese year", "二○○八年", "二○○八@2 chinese-zero"],
  ])("%s: %s", (_name, source, ignored) => {
    expect(brief(source)).toEqual({ found: [], ignored: [ignored] });
  });

  test.each([
    ["Excel", "用Excel表格汇总"],
    ["Linux", "迁移到Linux系统"],
    ["GDP", "绝不要污染的GDP"],
    ["5G", "积极布局5G网络"],
    ["English text", "Press X to close"],
    ["a single ○ bullet", "○ 加强组织领导"],
  ])("%s is plainly not matched: %s", (_name, source) => {
    expect(brief(source)).toEqual({ found: [], ignored: [] });
  });

  test("the lone-× rule is only for a line of its own", () => {
    expect(brief("关闭 ×").found).toEqual(["×@4 name"]);
  });

  test("a finished speech with literal X's scans clean", () => {
    const speech = [
      "在县委十五届七次全会上的讲话",
      "要深入实施“3+X”特色产业攻坚行动，推行1+X证书制度。",
      "县医院新购置X光机和X射线检测设备，信息中心完成Excel报表和x86服务器迁移。",
      "某些单位对GDP、5G等新指标认识不足，在某种程度上、某一时期影响了工作。",
      "2020年全县实现生产总值123.45亿元，增长5.6%，位居全市第3位。",
    ].join("\n");
    const r = scanText(speech);
    expect(r.placeholders).toEqual([]);
    expect(r.ignored.map((i) => i.reason)).toEqual([
      "formula",
      "formula",
      "word",
      "word",
      "word",
      "moumou-word",
      "moumou-word",
      "moumou-word",
    ]);
    // The explanation is chosen when the result is shown, in the language asked for.
    for (const i of scanToJson("s.txt", r, "zh").ignored) expect(i.message).toMatch(/不是/);
    for (const i of scanToJson("s.txt", r, "en").ignored) expect(i.message).toMatch(/not a/);
  });
});

describe("what each placeholder carries", () => {
  test("context is the clause; label names the figure; keys are per kind", () => {
    const [a, b, c] = scanText("1-5月，全县规模工业总产值X亿元，增速X%；奋力谱写X县新篇章").placeholders;
    expect(a).toMatchObject({ context: "全县规模工业总产值X亿元", label: "规模工业总产值（亿元）", key: "amount1" });
    expect(b).toMatchObject({ context: "增速X%", label: "增速（%）", key: "percent1" });
    expect(c).toMatchObject({ context: "奋力谱写X县新篇章", label: "县名", key: "county" });
  });

  test("a long clause is cut to 60 characters around the placeholder", () => {
    const long = "甲".repeat(100) + "X亿元" + "乙".repeat(100);
    const [p] = scanText(long).placeholders;
    expect([...p!.context].length).toBeLessThanOrEqual(60);
    expect(p!.context).toContain("X亿元");
  });

  test("lines and code-point columns, CRLF and characters outside the BMP included", () => {
    const [a, b] = scanText("第一行\r\n𠀋𠀋X亿元，X%").placeholders;
    expect(a).toMatchObject({ line: 2, column: 3, offset: 9, length: 1 });
    expect(b).toMatchObject({ line: 2, column: 7 });
  });
});
