/**
 * What web pages, document-sharing sites and distributors add around a speech, as regular expressions
 * read together. Gathered from copies of templates as clerks bring them (doc-sharing pages, WeChat
 * articles, PDF exports): whole-line shapes first, then words that mark a line as an advert or page chrome.
 */

/** Why a line is not part of the speech: an advert or watermark, or a piece of the page around it. */
export type WebLineReason =
  | "advert"
  | "date"
  | "size"
  | "count"
  | "report"
  | "share"
  | "copyright"
  | "nav"
  | "download"
  | "note"
  | "source";

const NUM = String.raw`\d+(?:[.,，]\d+)*\s*[万千kKwW]?\+?`;
const SEP = String.raw`[\s|｜·•/／,，、]*`;
const STAT =
  "阅读|浏览|下载|收藏|点赞|评论|分享|转发|在看|喜欢|赞|人已下载|人已阅读|人已浏览|人阅读|人浏览|次下载|次阅读|次浏览|次";

/**
 * Shapes a whole line takes (blanks trimmed): a web date, a file size, page and word counts, view and
 * download counters. Each is anchored, so a sentence that merely contains a date or a count never matches.
 */
export const WHOLE_LINE: readonly (readonly [WebLineReason, RegExp])[] = [
  // 2023-06-18, 2023/6/18 10:23, 发布时间：2023-06-18, 2023年06月18日 10:23 (a date in words alone is kept:
  // it may be the date under a title or at a signature).
  [
    "date",
    /^(?:(?:发布|上传|更新|创建|发表|提交|编辑|修改)(?:时间|日期|于)?\s*[:：]?\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/,
  ],
  [
    "date",
    /^(?:(?:发布|上传|更新|创建|发表|提交)(?:时间|日期|于)?\s*[:：]?\s*)?\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  ],
  ["date", /^(?:发布|上传|更新|创建|发表|提交)(?:时间|日期|于)\s*[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日$/],
  ["date", /^\d+\s*(?:秒|分钟|小时|天|周|个月|年)前(?:发布|上传|更新)?$/],
  // 28.6KB, 文件大小：1.2 MB
  ["size", /^(?:(?:文件|文档|资料)?大小\s*[:：]?\s*)?\d+(?:\.\d+)?\s*(?:[KMGkmg]i?[Bb]|字节|bytes?)$/],
  // 12 页, 共12页, 第1页/共12页, 1/12, 页数：12, 全文共3,456字, 字数：3456
  ["count", /^(?:共\s*)?\d+\s*页$/],
  ["count", /^第?\s*\d+\s*页?\s*[/／]\s*共?\s*\d+\s*页?$/],
  ["count", /^(?:文档)?(?:页数|页码|字数|总字数|篇幅)\s*[:：]\s*\d[\d,，]*\s*(?:页|字)?$/],
  ["count", /^(?:全文)?(?:共|约)?\s*\d[\d,，]*\s*(?:个)?字(?:数)?$/],
  ["count", new RegExp(`^(?:${SEP}(?:${NUM}\\s*(?:${STAT})|(?:${STAT})(?:量|数|次数)?\\s*[:：]?\\s*${NUM})${SEP})+$`)],
  // 举报, 投诉, 我要纠错 …, each alone on its line
  [
    "report",
    /^[【\[（(]?(?:我要)?(?:举报|投诉|侵权投诉|版权投诉|版权申诉|举报[/／]反馈|纠错|意见反馈|反馈)[】\]）)]?$/,
  ],
  ["nav", /^(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上篇|下篇)(?:\s*[:：].*)?$/],
  [
    "nav",
    /^(?:返回顶部|返回首页|返回列表|返回目录|回到顶部|首页|目录|相关推荐|猜你喜欢|热门推荐|相关文章|热门文章|推荐阅读|延伸阅读|相关阅读|最新文章|精彩推荐|更多)$/,
  ],
  ["nav", /^(?:当前位置|您的位置|所在位置)\s*[:：]/],
  ["nav", /^.{0,12}首页\s*[>»›＞]/],
  [
    "share",
    /^[【\[]?(?:打印|关闭|关闭窗口|打印本页|收藏|收藏本文|分享|转发|字体|字号)[】\]]?(?:\s*[【\[]?(?:打印|关闭|关闭窗口|打印本页|收藏|分享|大|中|小)[】\]]?)*$/,
  ],
  ["share", /^[【\[]?字[体号]\s*[:：]\s*[大中小\s]+[】\]]?$/],
  ["download", /^(?:立即|免费|点击|马上|付费)?下载(?:文档|本文|全文|此文档|本文档|资料)?$/],
  [
    "nav",
    /^(?:购物车|我的足迹|我的收藏|个人中心|会员中心|登录|注册|登录\s*[|｜/]\s*注册|搜索|正文复制|复制全文|一键复制|全文复制)$/,
  ],
  ["nav", /^[|｜×✕✖·•\-—_=*#>»]+$/],
  ["share", /^@所有人/],
];

/**
 * Words that never belong to a speech: a distributor's watermark, a reseller notice, a web address.
 * A line that holds one is dropped when it is not long prose (see MAX_ADVERT_LINE).
 */
export const ALWAYS_ADVERT: readonly (readonly [WebLineReason, RegExp])[] = [
  [
    "advert",
    /仅供学习|仅供个人|仅供交流|仅供参考|仅作参考|供参考学习|学习交流使用|禁止外传|严禁外传|请勿外传|请勿转载|禁止转载|禁止商用|举报倒卖|倒卖|QQ群|qq群|[Qq]{2}\s*[:：]?\s*\d{5,}|资料群|会员群|加群|微信号\s*[:：]|公众号\s*[:：]|关注公众号|关注微信|扫码关注|长按识别|识别二维码|免费领取|获取更多|更多(?:精品|优质)?(?:资料|范文|文档|材料)|原创文章|淘宝|店铺|开通会员|成为会员|VIP|vip|范文(?!化)|范本/,
  ],
  // A site's editor presenting the page: 小编为你整理了…，希望对你有所帮助 (a speech says 大家, never 你).
  [
    "advert",
    /小编|为(?:你|您|大家)(?:精心)?(?:整理|精选|收集|搜集)|希望(?:能|本文|以上内容)?对(?:你|您)(?:有所)?帮助|欢迎阅读[。！!]?$/,
  ],
  [
    "copyright",
    /版权所有|侵权必究|违者必究|Copyright|©|版权声明|转载请注明|未经(?:授权|许可)|本文由.{0,12}上传|如有侵权|侵权请联系|侵删|免责声明|ICP备|ICP证|公网安备/,
  ],
  ["source", /www\.|https?:\/\/|\.(?:com|cn|net|org)(?:\/|\b)/],
];

/** Words that mark a short line as page chrome or an advert, but may also stand in a sentence of a speech. */
export const SHORT_LINE_ONLY: readonly (readonly [WebLineReason, RegExp])[] = [
  [
    "advert",
    /订阅|会员|权益|公众号|微信群|粉丝|点关注|关注我们|客服|优惠|折扣|限时|领取|赠送|付费|充值|积分|金币|范文|文库|模板下载|精品|原创/,
  ],
  ["share", /扫码|扫一扫|二维码|分享到|分享至|朋友圈|转发|点赞|在看|收藏/],
  ["report", /举报|投诉|申诉|纠错/],
  ["download", /下载|阅读全文|展开全文|查看全文|继续阅读|全文阅读|点击查看|还剩.{0,8}未读|加载更多/],
  ["source", /^(?:来源|出处|作者|责任编辑|编辑|审核|校对|发布者|上传者|上传人|整理|供稿|文\s*\/|撰稿)\s*[:：]/],
];

/** Longest line that an always-advert word drops; longer lines are prose and are kept. */
export const MAX_ADVERT_LINE = 80;
/** Longest line that a short-line word drops. */
export const MAX_SHORT_LINE = 30;

/**
 * Words of a document's title: a line holding one is never dropped on a word alone (讲话, 报告, 总结 …).
 * A whole-line shape (a bare date, a size) still drops it: those cannot be a title.
 */
export const TITLE_WORD =
  /讲话|报告|总结|发言|致辞|讲稿|汇报|要点|计划|方案|意见|通知|决定|纪要|述职|述廉|主持词|贺信|公告|会议|工作/;
/** A heading of the speech: 一、 （一） 1. （1） 第一 — never dropped. */
export const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)\s*\S|第[一二三四五六七八九十]+[，、章节部条])/;
