/**
 * Every regular expression the scanner uses, in one place so the rules can be read together. The sticky
 * (`y`) ones are tried at one offset only, which keeps each check constant-time however long the text is.
 */

/** Mask characters of the Latin kind, ASCII and full-width. */
const MASK = "XxＸｘ";
/** Any character that can stand inside a masked date: a digit, a mask, 某, ○ or ×. */
const DATE_MASK = `[0-9${MASK}某○×]`;

/** Any candidate character; the one global pass over the text looks for nothing else. */
export const CANDIDATE = /[XxＸｘ×某○]/g;

/** What continues a masked figure after its first mask: digits, masks, and `. / -` between them. */
export const FIGURE_TAIL = /(?:[0-9XxＸｘ]|[./-](?=[0-9XxＸｘ]))*/y;

/** Date suffixes that belong to the placeholder: `年X月X日`, `月X日`, `月`, `日`, or a bare `年`. */
export const DATE_TAIL = new RegExp(`年(?:${DATE_MASK}{1,2}月(?:${DATE_MASK}{1,2}[日号])?)?|月(?:${DATE_MASK}{1,2}[日号])?|日`, "y");

/** A masked year: 20XX, 202X, 19XX, XXXX. */
export const YEAR_LIKE = /^(?:(?:19|20)[0-9XxＸｘ]{2}|[XxＸｘ]{4})$/;
/** A figure that is a multiplication or a size, like 3x4 or 1920x1080. */
export const TIMES_FIGURE = /^[0-9]+[XxＸｘ][0-9]+$/;
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
    "[ \\u3000]?([十百千]?[万亿]?(?:元|美元|欧元)|万?亩|万?公顷|平方(?:公里|千米|米)|立方米|公里|千米|米(?![粮面饭])|万?吨|[千兆]瓦时?|公斤|千克|倍|(?:km²?|m[²³]|kg|kWh|kW|MW|GW|mm|cm|ha|m|t)(?![A-Za-z]))",
    true,
  ],
  // Session numbers: X届, X次.
  ["ordinal", "届|次", false],
  // Measure words of a count. The lookaheads keep out words that merely start with one: X项目 is a
  // project's name, X人民 the people of a place, X条例 a regulation.
  [
    "count",
    "[ \\u3000]?([十百千]?[万亿]?[余多]?大?(?:个(?![人体性])|名(?![称单牌])|人(?![民才大员社])|户(?!籍)|天(?![然气])|件|项(?!目)|批(?![复准])|年(?![度轻])|类(?!型)|家(?![园庭居乡])|所(?![长在有以属])|座(?!谈)|条(?![例件])|场(?![所馆景])|栋|台(?![账湾])|辆|篇|轮|份(?!额)|种(?![植养子])|只|艘|株|棵))",
    true,
  ],
  // Titles and forms of address after a name, and names in a list of disciplinary cases
  // (以X和X等严重违纪违法案, 结合X等严重违纪违法案).
  [
    "person",
    "同志|先生|女士|副?(?:书记|县长|市长|区长|镇长|乡长|省长|主任|局长|部长|厅长|主席|院长|校长|所长)|(?:[和与及、][XxＸｘ×某○]+)*(?:等(?:同志|人)|等?(?:严重)?(?:违纪违法|违法违纪))",
    false,
  ],
  // The locality's own name: X县, X市 (not 市场, 市值).
  ["county", "县|市(?![场值])", false],
  // Nouns that make it another place.
  ["place", "街道|社区|水库|湿地|流域|镇|乡|村|河|江|湖|山|岭|省|区(?![域块别分])|州|湾|岛|峡|渠|沟|塬|峪|坝", false],
  // The object of a visit, 来X考察, when a verb of coming stands before it.
  ["visit", "考察|调研|视察|指导|慰问", false],
  // The masked digit of a five-year plan, “X五” or 十X五, when a quote or 十 stands before it.
  ["five", "五", false],
] as const;

/** The masked digit of a five-year plan when the words after it say so: X五”, X五规划. */
export const FIVE_YEAR_AFTER = /五(?:[”"」』]|规划|计划)/y;

/** Words that begin with X but are not blanks: X光, X射线, X线, X染色体, X轴. */
export const X_WORD_AFTER = /光(?![伏明荣辉大])|射线|线(?!路)|染色体|轴/y;
/** Everyday words with 某 that are not blanks: 某些, 某种, 某一, 某个, 某方面, 某人, 某处. */
export const MOU_WORD_AFTER = /些|种|一|个|方面|人|处/y;

/** Latin letters, digits and operators around an X: the extent of `3+X`, `Xbox`, `X-ray`, `x86` when reported. */
export const EXPRESSION_CHAR = /[0-9A-Za-z+＋×XxＸｘ.\-]/;
