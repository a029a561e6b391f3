import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE } from "../helpers/cli.js";

const FIRST = [..."安宝北碧长丰凤福高古海和河宏华嘉江金锦景"];
const SECOND = [..."阿昌城丹德东峰谷湖化津靖康乐林陵岭隆罗梅宁平坪浦清泉仁善寿"];

/** Writes `count` complete data files that differ from the example only in the county's two-character name; returns the names. */
export function makeCounties(dir: string, count: number): string[] {
  const source = readFileSync(EXAMPLE, "utf8");
  const names = FIRST.flatMap((a) => SECOND.map((b) => a + b)).slice(0, count);
  for (const n of names) writeFileSync(join(dir, `${n}县.yaml`), source.replaceAll("秦川", n));
  return names;
}
