/**
 * Traditional characters that decide a blank's kind, folded one for one to their simplified forms, so that
 * 億元, 萬畝, 縣長 and 個 give the same cues as 亿元, 万亩, 县长 and 个. One character for one keeps every
 * offset: the folded copy is read for cues only, and labels still come from the text as written.
 */
const PAIRS =
  "億亿萬万畝亩噸吨縣县鎮镇鄉乡區区個个項项戶户屆届號号處处條条場场臺台輛辆輪轮種种隻只張张頭头間间" +
  "釐厘時时幾几餘余書书記记長长員员協协會会黨党幹干標标準准達达實实現现總总產产額额點点較较歲岁務务業业" +
  "範范檔档載载評评論论廣广閱阅讀读頁页權权費费註注冊册購购車车廠厂園园莊庄灣湾嶺岭溝沟壩坝運运動动戰战擔担計计開开設设級级資资發发屆届辦办聯联絡络衛卫";

const MAP = new Map<number, number>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));

/** Quick test: does the text hold any character the fold changes? */
const ANY = new RegExp(`[${[...MAP.keys()].map((c) => String.fromCharCode(c)).join("")}]`);

/** The text with traditional cue characters made simplified, or the text itself when it has none. */
export function foldTraditional(text: string): string {
  if (!ANY.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = MAP.get(text.charCodeAt(i));
    if (to === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return out + text.slice(from);
}
