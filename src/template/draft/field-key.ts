import { firstWords } from "./words.js";

/** Characters a key segment keeps: letters, digits, _ and Chinese characters (a valid Handlebars path). */
const NOT_KEY = /[^A-Za-z0-9_\u3400-\u9fff]/g;
const MAX_KEY = 24;

/**
 * A field key from its label and its section: 上半年工作回顾.一般公共预算收入. Chinese keys read as the labels
 * do, and the same document imported twice gives the same keys. `taken` holds the keys handed out so far; a
 * label told apart by words in brackets keeps them in its key when the words before the brackets are taken
 * (地区生产总值 → 地区生产总值下半年工作安排), and only a key still taken gets 2, 3 ….
 */
export function fieldKey(label: string, section: string | undefined, taken: Set<string>): string {
  const base = (segment: string) => {
    let s = segment.replace(/(\d)[-—－~](\d)/g, "$1至$2").replace(NOT_KEY, "");
    s = [...s].length > MAX_KEY ? firstWords(s, MAX_KEY) : s;
    if (!s) s = "字段";
    if (/^[0-9]+$/.test(s)) s = `第${s}项`;
    return section ? `${section}.${s}` : s;
  };
  let key = base(label.replace(/（[^）]*）/g, ""));
  if (taken.has(key)) key = base(label);
  const first = key;
  for (let n = 2; taken.has(key); n++) key = `${first}${n}`;
  taken.add(key);
  return key;
}
