import type { Kind } from "../kinds/kind-names.js";
import { suffixAt } from "./suffix.js";

/** A table cell's headers: its column's (row 1) and its row's (column 1), as the table shows them. */
export interface CellHeaders {
  column?: string;
  row?: string;
}

/** A unit in brackets at the end of a header: 产值（万元）, 增幅(%), 户数〔户〕. */
const BRACKETED_UNIT = /^(.*?)\s*[（(〔[]\s*([^（）()〔〕[\]]{1,6})\s*[）)〕\]]\s*$/;

/** A header naming a place in a ranking: 全市位次, 全省排名, 名次. */
const RANK_HEADER = /(?:位次|名次|排名|排位)$/;

/**
 * What a blank in a table cell is, read from its headers the way a clerk reads a table: the column's unit
 * gives the kind and unit (产值（万元） → amount in 万元, 增幅（%） → percent), and the label is the row's
 * name with the column's (柳河镇产值（万元）). Undefined when the headers say nothing of the kind.
 */
export function kindFromCellHeaders(h: CellHeaders): { kind?: Kind; unit?: string; label: string } | undefined {
  const column = h.column?.replace(/\s+/g, "") ?? "";
  const row = h.row?.replace(/\s+/g, "") ?? "";
  if (!column && !row) return undefined;
  const m = BRACKETED_UNIT.exec(column);
  const name = m ? m[1]! : column;
  const rawUnit = m?.[2];
  const suffix = rawUnit ? suffixAt(rawUnit, 0) : undefined;
  const label = `${row}${name}${rawUnit ? `（${rawUnit}）` : ""}` || column;
  // A column of places in a ranking: 全市位次, 名次, 排名.
  if (!suffix && RANK_HEADER.test(name)) return { kind: "rank", label };
  if (!suffix || (suffix.cue !== "percent" && suffix.cue !== "amount" && suffix.cue !== "count")) return { label };
  const unit = suffix.cue === "percent" ? "%" : suffix.unit;
  return { kind: suffix.cue, ...(unit ? { unit } : {}), label };
}
