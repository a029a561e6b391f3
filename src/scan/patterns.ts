/**
 * Every regular expression the scanner uses, in one place so the rules can be read together. The sticky
 * (`y`) ones are tried at one offset only, which keeps each check constant-time however long the text is.
 */

/** Mask characters of the Latin kind, ASCII and full-width. */
const MASK = "XxＸｘ";
/** Any character that can stand inside a masked date: a digit, a mask, 某, ○ or ×. */
const DATE_MASK = `[0-9${MASK}某○×]`;

/** The characters a blank is written with: X in its forms, ×, 某, ○, and a line to write on (_ ＿). */
export const MASK_CHARS = "XxＸｘ×某○_＿";
/** Any candidate character (spaces are blanks only by what stands around them); the one global pass looks for nothing else. */
export const CANDIDATE = new RegExp(`[${MASK_CHARS} \\u3000]`, "g");

/** What continues a masked figure after its first mask: digits, masks, and `. / -` between them. */
export const FIGURE_TAIL = /(?:[0-9XxＸｘ]|[./-](?=[0-9XxＸｘ]))*/y;

/** Date suffixes that belong to the placeholder: `年X月X日`, `月X日`, `月`, `日`, or a bare `年`. */
export const DATE_TAIL = new RegExp(
  `年(?:${DATE_MASK}{1,2}月(?:${DATE_MASK}{1,2}[日号])?)?|月(?:${DATE_MASK}{1,2}[日号])?|日`,
  "y",
);

/** A masked year: 20XX, 202X, 19XX, XXXX (the last only before 年). */
export const YEAR_LIKE = /^(?:(?:19|20)[0-9XxＸｘ]{2}|[XxＸｘ]{4})$/;
/** A masked year that needs no 年 after it to be one: 20XX, 202X, 19XX. */
export const YEAR_DIGITS = /^(?:19|20)[0-9XxＸｘ]{2}$/;
/** What follows 年 when years are counted, not named: X年来, X年间, X年多. */
export const YEARS_COUNTED = /来|间|内|多|余|以[来上内]|时间|前|后|里|左右|之久|半|的时间/y;
/** What follows 年 when a year is named: X年工作总结, X年度, X年上半年, X年底. */
export const YEAR_NAMED = /工作|度|上半年|下半年|全年|底|初|春|夏|秋|冬|元旦|新年|政府工作|计划|总结/y;
/** A speech's title right before a mask, on its line or the one above: the speaker (…上的讲话 XXX). */
export const SPEAKER_BEFORE = /(?:讲话|致辞|发言)稿?[ \u3000\r\n]+$/;
/** Titles before a name: 党委书记XX, 镇长：XX, 职务：XX. */
export const TITLE_BEFORE =
  /(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|委员|干部|秘书长|经理|董事长|站长|所长|院长|校长|队长|代表|负责人|联系人|主持人|讲话人|职务|姓名)[:：]?$/;
/** Verbs of moving in a ranking: 前移X, 上升X个位次 — a count of places. */
export const RANK_MOVE_BEFORE = /(?:上升|提升|前移|后移|下降|前进|进位|上移|晋升|提高)了?$/;
/** Words around a 名 that make X名 a place in a ranking, not a count of people. */
export const RANKING_NEAR = /排名|名次|排位|第[XxＸｘ\d]+名/;
/** Neighbours: 北接XX镇, 南与XX县交界 — another place, not the document's own. */
export const NEIGHBOUR_BEFORE = /(?:[东南西北][接临界邻连与靠]|毗邻|接壤|相邻|比邻|交界)$/;
/** 与XX乡、XX县相邻: neighbours named between 与 and a word of bordering, later in the clause. */
export const NEIGHBOUR_AFTER = /^[^，。；,;]{0,30}?(?:相邻|接壤|交界|毗邻|相连|为邻)/;
/** A township's own institutions, named after it: xx中心校, xx卫生院 (the town itself, in a town's report). */
export const TOWNSHIP_UNIT_AFTER = /中心校|中心小学|中心学校|中心幼儿园|卫生院|派出所|财政所|农技站|文化站/y;
/** Where people come from after a verb of attracting: 吸引XX各类投资商, 来自XX的客商 — a place. */
export const ATTRACT_BEFORE = /(?:吸引|引进|来自|汇聚|吸纳)$/;
export const VISITORS_AFTER = /(?:各类|各地|各界|的)?(?:投资商|投资者|客商|企业家|商户|游客|人才|宾客)/y;
/** Campaigns named after the jurisdiction itself: 平安XX, 美丽XX, 幸福XX. */
export const CAMPAIGN_BEFORE = /(?:平安|美丽|幸福|健康|法治|智慧|文明|魅力|活力|和谐)$/;
/** Before a mask and 部: a place and the part of it (张北县XX部: 东部, 西北部), or 位于/地处. */
export const PART_OF_PLACE_BEFORE = /(?:[县市省镇乡区州]|位于|地处)$/;
/** A figure that is a multiplication or a size, like 3x4 or 1920x1080. */
export const TIMES_FIGURE = /^[0-9]+[XxＸｘ][0-9]+$/;
/** A figure of people after a mask (XX730万人民): the mask is the place they live in, not masked digits. */
export const PEOPLE_COUNTED_AFTER = /\d+(?:\.\d+)?[万亿](?:人民|群众|干部群众|父老乡亲|各族|儿女)/y;
/** A figure that is a product code, like x86 or X5. */
export const CODE_FIGURE = /^[XxＸｘ]+[0-9]+$/;

/**
 * What may follow a placeholder and decides its kind, in priority order (the first that matches wins:
 * 县长 is a title before 县 is the county). Each entry is [cue, source, whether its group 1 is a unit].
 */
export const SUFFIX_CUES = [
  // A percentage, a space allowed before the sign (`X %`).
  ["percent", "[ \\u00a0\\u3000]*([%％‰]|个百分点)", true],
  // Units of a measured quantity, Latin ones too (Xkm, XkW).
  [
    "amount",
    "[ \\u3000]?([余多]?(?:[十百千]?[万亿]?(?:元|美元|欧元)|万?亩|万?公顷|平方(?:公里|千米|米)|立方米|公里|千米|毫米|厘米|毫升|摄氏度|℃|度(?![假过])|米(?![粮面饭])|万?吨|[千兆]瓦时?|公斤|千克|倍|万?[斤担]|分(?![之钟别配批类析解工布享管散局会院行子])|(?:km²?|m[²³]|kg|kWh|kW|MW|GW|mm|cm|ha|m|t)(?![A-Za-z])))",
    true,
  ],
  // Session numbers: X届, and X次 of a meeting (X次全会, X次党代会); other X次 are counted.
  ["ordinal", "届|次(?=(?:全体)?(?:全会|会议|党代会|人代会|代表大会|全委|常委会))", false],
  // Measure words of a count. The lookaheads keep out words that merely start with one: X项目 is a
  // project's name, X人民 the people of a place, X条例 a regulation.
  [
    "count",
    "[ \\u3000]?([十百千]?[万亿]?[余多]?大?(?:个(?![人体性])|名(?![称单牌])|人次|人(?![民才大员社用])|户(?!籍)|天(?![然气])|件|项(?!目)|批(?![复准])|年(?![度轻])|类(?!型)|家(?![园庭居乡])|所(?![长在有以属])|座(?!谈)|条(?![例件])|场(?![所馆景])|栋|台(?![账湾])|辆|篇|轮|份(?!额)|种(?![植养子])|只|艘|株|棵|张|宗|次|例|起(?![来步])|套|对|支(?![持出部])|部(?![门署分])|册|期(?![间待望])|处(?![理置长])|头|匹|口))",
    true,
  ],
  // A figure in ten-thousands or hundred-millions with no unit after (人口X万, 总量X亿).
  ["big", "([十百千]?[万亿])(?![户个名元亩吨]|人(?!民))", true],
  // Titles and forms of address after a name, and names in a list of disciplinary cases
  // (以X和X等严重违纪违法案, 结合X等严重违纪违法案).
  [
    "person",
    "同志|先生|女士|副?(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|部长|厅长|主席|院长|校长|所长|科长|处长|股长|站长|队长|厂长|社长|会长|行长|委员(?!会)|总经理|经理|董事长|理事长|秘书长)|总(?=[，,。、；;：:的在说讲表和与及向对为致])|(?:[和与及、][XxＸｘ×某○]+)*(?:等(?:同志|人)|等?(?:严重)?(?:违纪违法|违法违纪))",
    false,
  ],
  // A jurisdiction: the document's own (the level it speaks for) or another one. Group 1 is the suffix.
  ["locality", "[ \\u3000]?(县区|县|市(?![场值民])|镇|乡|区(?![域块别分]))", true],
  // Nouns that make it another place.
  [
    "place",
    "街道|社区|招商办事处|办事处|联络处|水库|湿地|流域|村|河|江|湖|山|岭|省|州|湾|岛|峡|渠|沟|塬|峪|坝|圩|堤|竹海|景区|城市",
    false,
  ],
  // Something of the place a clerk's document speaks for: its score, its people, its model (XX发展, XX人民).
  [
    "own",
    "\\d+(?:\\.\\d+)?[万亿](?:人民|群众|干部群众|父老乡亲|各族|儿女)|发展(?!进入)|人民|干部群众|广大|大地|儿女|的明天|的未来|新跨越|模式|农特产品|经济社会|高质量|事(?=[、，,])|人(?=[用在把将以的都也要])|作为|在(?=[^，。,；;]{2,8}中)",
    false,
  ],
  // The object of a visit, 来X考察, when a verb of coming stands before it.
  ["visit", "考察|调研|视察|指导|慰问", false],
  // The masked digit of a five-year plan, “X五” or 十X五, when a quote or 十 stands before it.
  ["five", "五", false],
] as const;

/** The masked digit of a five-year plan when the words after it say so: X五”, X五规划. */
export const FIVE_YEAR_AFTER = /五(?:[”"」』]|规划|计划)/y;

/** Words that begin with X but are not blanks: X光, X射线, X线, X染色体, X轴. */
export const X_WORD_AFTER = /光(?![伏明荣辉大])|射线|线(?!路)|染色体|轴/y;
/** Words about the letter X itself: a finished text that discusses it (“X”代表未知数) has no blank there. */
export const LETTER_TALK = /字母|未知|罗马数字|读作|读音|发音|不读|符号|代替|代表|表示|指代|确立为|身份证/;
/** What follows an X used as a letter: X代表…, 用X代替, 将x确立为. */
export const LETTER_AFTER = /代表|代替|表示|指代|确立为|是个|是一个|字母/y;

/** Everyday words with 某 that are not blanks: 某些, 某种, 某一, 某个, 某方面, 某人, 某处. */
export const MOU_WORD_AFTER = /些|种|一|个|方面|人|处/y;

/** Latin letters, digits and operators around an X: the extent of `3+X`, `Xbox`, `X-ray`, `x86` when reported. */
export const EXPRESSION_CHAR = /[0-9A-Za-z+＋×XxＸｘ.\-]/;
