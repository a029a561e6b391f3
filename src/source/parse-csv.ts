/**
 * A CSV file's cells as Excel writes and reads them (RFC 4180): comma-separated, a field in double quotes may
 * hold commas, line breaks and doubled quotes (""), CRLF or LF line ends. Row i of the result is the sheet's
 * row i+1 — a quoted line break does not start a new row, as in Excel. Never throws: a quote left open runs
 * to the end of the file, which is what Excel shows too.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else if (c === "\n" || c === "\r") endRow();
    else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
