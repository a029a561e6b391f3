/**
 * Lines a distributor adds to a template: adverts, watermarks, "report resellers" notices. They are not
 * the speech, and must not become part of a template.
 */
const ADVERT = /仅供学习|禁止外传|严禁外传|请勿外传|订阅|会员|QQ群|qq群|微信群|举报倒卖|倒卖|公众号|扫码|二维码|免费领取|获取更多|原创文章|版权所有|侵权必究|淘宝|资料群|加群|下载地址|www\.|https?:\/\//;
/** How far into a document the distributor's header can reach. */
const HEADER_LINES = 30;

/** A dropped line: 1-based line number and its text. */
export interface DroppedLine {
  line: number;
  text: string;
}

/**
 * Which lines to drop: the header block at the top up to its last advert line (with the short lines and
 * blank lines between and after them, which belong to it), and any advert line further down.
 */
export function findAdvertLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  let lastInHeader = -1;
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) if (ADVERT.test(lines[i]!)) lastInHeader = i;
  if (lastInHeader >= 0) {
    // The block above the last advert line is the distributor's, provided it holds no long prose line.
    const prose = lines.slice(0, lastInHeader).some((l) => l.trim().length > 60);
    const start = prose ? lastInHeader : 0;
    for (let i = start; i <= lastInHeader; i++) if (!prose || ADVERT.test(lines[i]!)) drop.add(i);
    for (let i = lastInHeader + 1; i < lines.length && lines[i]!.trim() === ""; i++) drop.add(i);
  }
  for (let i = lastInHeader + 1; i < lines.length; i++) {
    if (ADVERT.test(lines[i]!) && lines[i]!.trim().length <= 40) drop.add(i);
  }
  return drop;
}
