/** Characters a key segment keeps: letters, digits, _ and Chinese characters (a valid Handlebars path). */
const NOT_KEY = /[^A-Za-z0-9_\u3400-\u9fff]/g;
const MAX_KEY = 16;

/**
 * A field key from its label and its section: 上半年工作回顾.一般公共预算收入. Chinese keys read as the labels
 * do, and the same document imported twice gives the same keys. `taken` holds the keys handed out so far;
 * a key already taken gets 2, 3 … (its label is told apart in words; the key only needs to be unique).
 */
export function fieldKey(label: string, section: string | undefined, taken: Set<string>): string {
  let segment = label.replace(/（[^）]*）/g, "").replace(NOT_KEY, "");
  segment = [...segment].slice(0, MAX_KEY).join("") || "字段";
  if (/^[0-9]+$/.test(segment)) segment = `第${segment}项`;
  const base = section ? `${section}.${segment}` : segment;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  taken.add(key);
  return key;
}
