// The public API of xfill, grouped by pipeline stage (ARCHITECTURE.md). The CLI imports only from here;
// importing this module loads no CLI code. Every operation that can meet bad input returns a Result: `ok`,
// what it made, and `diagnostics` (codes and places; wording is chosen by formatMessage / reportDiagnostic).

// ── Kinds: the ten kinds of blank and their value rules ─────────────────────────────────────────────────
/** The ten kinds, their Chinese and English names, and a guard for a kind name. */
export { KINDS, KIND_LABELS_ZH, KIND_LABELS_EN, isKind, type Kind } from "./kinds/kind-names.js";
/** 15 ⇄ 十五, as session numbers are printed. */
export { toChineseNumeral, parseChineseNumeral } from "./kinds/chinese-numerals.js";
/** Dates as clerks write them (3月15日, 2020-03-15) and the days of a month. */
export { parseDate, formatDate, daysInMonth, type CalendarDate } from "./kinds/dates.js";
/** The zod schema that turns a typed value of a kind into its printed text, with our problem codes. */
export { kindSchema, type KindOptions, type ValueProblemCode } from "./kinds/kind-schemas.js";
/** Whether a value still holds a placeholder (X, XX, 某某, 待填) and so counts as unfilled. */
export { isPlaceholderValue } from "./kinds/normalize.js";
/** Control characters shown as visible symbols, so no file name or value can steer a terminal. */
export { visibleControls } from "./kinds/control-chars.js";

// ── Diagnostics: problems as data, and their wording in each language ───────────────────────────────────
/** A problem found in a user's file: a typed code, a place, the field, the values its message needs. */
export { error, warning, type Diagnostic, type Severity } from "./diagnostics/diagnostic.js";
/** The result shape of every library operation that can meet bad input. */
export { failure, type Result } from "./diagnostics/result.js";
/** Every diagnostic's message code and every interface word's code (the keys of the Chinese tables), and the shapes of a locale's tables. */
export type { MessageCode, MessageTable, UiTextCode, UiTextTable } from "./diagnostics/message-table.js";
/** A diagnostic's sentence in a language, and any message of the tables by its code. */
export { formatMessage, message, type MessageParams } from "./diagnostics/format-message.js";
/** A field as named in a list: its label, and its key in brackets only when the key is not Chinese words. */
export { fieldTitle } from "./diagnostics/field-title.js";
/** A diagnostic for people: `file:line:column: message`, an excerpt, a caret under the spot. */
export { reportDiagnostic } from "./diagnostics/report-text.js";
/** Chinese unless --lang or an English locale asks for English. */
export { resolveLang, type Lang } from "./diagnostics/lang.js";
/** Offsets ⇄ 1-based line and code-point column of one text. */
export { LineCounter, type Position } from "./diagnostics/line-counter.js";
/** Terminal columns a string takes (汉字 take two), for aligning text under Chinese lines. */
export { displayWidth } from "./diagnostics/display-width.js";

// ── Source: reading files safely ─────────────────────────────────────────────────────────────────────────
/** Bytes → text for UTF-8 (with or without BOM), UTF-16 with BOM and GB18030. */
export { decodeText, type Encoding } from "./source/decode-text.js";
/** A text file read within the size limit and decoded. */
export { readTextFile, type TextFile, type ReadResult } from "./source/read-text-file.js";
/** A regular file's bytes, with the size cap enforced while reading (never a device or a FIFO). */
export { readRegularFile, type BytesResult, type ReadFileOptions } from "./source/read-regular-file.js";
/** Named parts of a zip package, under decompression limits. */
export { readZipParts, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipResult, type ZipEntry } from "./source/read-zip.js";
/** The text of any document xfill scans: .txt/.md in any supported encoding, or a .docx's paragraphs. */
export { readDocument, type ReadDocumentResult } from "./ooxml/read-document.js";
/** The paragraphs of a .docx as text. */
export { readDocxText, readWordText, type DocxTextResult } from "./ooxml/read-docx-text.js";
/** Where a line of a Word file is, in words (paragraph, table cell, header, footer). */
export { placeText } from "./ooxml/place-text.js";
/** A Word package with each blank turned into its slot (import keeps the original this way). */
export { slotWordPackage } from "./ooxml/slot-word.js";

// ── Scan: finding and classifying "X" blanks ─────────────────────────────────────────────────────────────
/** Every placeholder in a text (line, column, kind, unit, label, key) and the look-alikes it ignored. */
export { scanText, type ScanResult, type ScannedPlaceholder, type IgnoredMatch } from "./scan/index.js";
/** One line summing up a scan, in a language. */
export { summarizeScan } from "./scan/summary.js";
/** The `scan --json` document of one file, explanations in a language. */
export { scanToJson, type ScanJson } from "./scan/scan-json.js";
/** What a finished document still holds: placeholders, draft marks, template slots. */
export { findLeftovers, type Leftover } from "./scan/find-leftovers.js";
/** A placeholder shown in its clause with a marker around it (brackets, or colour on a terminal). */
export { highlightInClause, bracketMarker, ansiMarker, type Marker } from "./scan/highlight.js";

// ── Clean: a raw document's speech told from web chrome and adverts ──────────────────────────────────────
/** The speech of a raw document: web, advert and watermark lines dropped, hard-wrapped lines re-joined. */
export { cleanSource, type CleanedSource, type DroppedLine } from "./clean/clean-source.js";
/** Lines of a finished document that look like web-page or advert text. */
export { findWebLines, type WebLine } from "./clean/find-web-lines.js";

// ── Templates: template folders ──────────────────────────────────────────────────────────────────────────
/** Loads a built-in template by name or a template folder by path, checking template.hbs against fields.yaml. */
export { loadTemplate, type LoadTemplateResult, type LoadTemplateOptions } from "./template/load-template.js";
/** The built-in templates' names, and the folder a template name or path stands for. */
export { builtinTemplateNames, findTemplateDir } from "./template/find-template.js";
/** A loaded template, and one field of it as fields.yaml defines it. */
export type { Template } from "./template/template.js";
export type { FieldDef } from "./template/field-def.js";
/** The sentence of the template a slot sits in, the slot marked. */
export { slotContext } from "./template/slot-context.js";
/** A template folder drafted from a raw document (import). */
export {
  draftTemplate,
  MAX_DROPPED_SHARE,
  type DraftTemplate,
  type DraftResult,
  type DraftOptions,
} from "./template/draft-template.js";

// ── Data files: the county's YAML file ───────────────────────────────────────────────────────────────────
/** Reads a data file keeping each value's source text and place; never throws on bad input. */
export { loadData } from "./data/load-data.js";
export type { DataFile, DataEntry, Place } from "./data/data-file.js";
/** The commented data-file skeleton of a template (`init`). */
export { buildSkeleton, fieldComments, fieldsInSpeechOrder } from "./data/skeleton.js";
/** The JSON Schema of a template's data file (`schema`). */
export { dataJsonSchema } from "./data/data-json-schema.js";
/** Sets scalars in a data file's text, keeping every comment, blank line and key order. */
/** The next period's data file: names kept, figures emptied, last period's values noted. */
/** A data file read from disk and loaded, or why it could not be. */
export { readDataFile } from "./data/read-data-file.js";
export { nextPeriod, CARRIED_KINDS, type NextPeriod } from "./data/next-period.js";
/** Brings a data file in line with a changed template, losing nothing. */
export { syncData, type SyncResult } from "./data/sync.js";
/** Data in spreadsheets: one row per county, a header per field. */
export { sheetRows, keyForHeader, sheetRowRef, parseSheetRowRef, type SheetRow } from "./data/sheet-data.js";
export { sheetSkeleton } from "./data/sheet-skeleton.js";
/** The schema modeline an editor reads at the top of a data file. */
export { withSchemaModeline, defaultSchemaPath } from "./data/schema-modeline.js";
/** Spreadsheets read: .csv and .xlsx. */
export { readSheet, isSheetPath } from "./source/read-sheet.js";
export { parseCsv } from "./source/parse-csv.js";
export { readXlsx } from "./source/read-xlsx.js";
/** Values taken back out of a finished document (extract). */
export { extractValues, type ExtractedField, type ExtractProblem } from "./extract/extract-values.js";
export { extractedDataFile } from "./extract/extracted-data-file.js";
export { setScalar, setScalars, yamlScalarText, type YamlEdit, type YamlEditResult } from "./data/yaml-edit.js";
export {
  setInlineComment,
  addEntry,
  removeEntry,
  renameKey,
  commentsAbove,
  type EntryEditResult,
} from "./data/yaml-edit.js";

// ── Check: a data file against a template ────────────────────────────────────────────────────────────────
/** Unfilled, invalid and unknown fields of a loaded data file, in one pass. */
export { checkData, type CheckResult, type FieldStatus } from "./check/check-data.js";
/** Reads a data file from disk and checks it. */
export { checkDataFile, type CheckFileOutcome } from "./check/check-data-file.js";
/** The `check --json` document, messages in a language. */
export { checkToJson, type CheckJson, type CheckJsonEntry } from "./check/check-json.js";
/** The human `check` report: fields grouped by section, each problem with its place, a summary line. */
export { formatCheckText } from "./check/format-check-text.js";

// ── Render: documents ────────────────────────────────────────────────────────────────────────────────────
/** The speech's text with every slot filled (final, draft with 【待填】 marks, or blank). */
export { renderText, type RenderMode } from "./render/render-text.js";
/** Text → the bytes of a format (txt, md, html, docx laid out to GB/T 9704). */
export { encodeDocument, type DocumentMeta } from "./render/encode-document.js";
/** Checks a data file and renders it in one step; nothing is rendered while a field is open (unless draft). */
export { renderDataFile, type RenderOutcome } from "./render/render-data-file.js";
/** The output format for a path and an explicit --format, and the Word layout asked for. */
export { layoutOf } from "./render/output-format.js";
export { formatFor, FORMATS, type OutputFormat } from "./render/output-format.js";
/** Writes a file atomically (temp file + rename), never replacing one without `force`. */
export { writeOutput } from "./render/write-output.js";
/** Cancelling writes in progress (on an interrupt, say): be told when writing starts and stops, cancel, clean up. */
export { watchWrites, cancelWrites, removeTempFiles } from "./render/write-output.js";

// ── Batch: one document per data file ────────────────────────────────────────────────────────────────────
/** Renders many data files, in worker threads, each to its own document. */
export { renderBatch, DEFAULT_CONCURRENCY, type BatchOptions } from "./batch/render-batch.js";
export type { BatchItem, BatchResult, BatchStatus } from "./batch/batch-result.js";
/** Each row of a data sheet as a batch item (`counties.xlsx#3`). */
export { expandSheetRows } from "./batch/expand-sheet-rows.js";
/** Creates the output folder of a batch. */
export { ensureOutDir } from "./batch/ensure-out-dir.js";
/** Where a data file's document goes in the output folder. */
export { outputPathFor } from "./batch/output-path.js";
/** The `batch --json` document, messages in a language. */
export { batchToJson, type BatchJson, type BatchJsonItem } from "./batch/batch-json.js";

// ── Serve: the local browser form ────────────────────────────────────────────────────────────────────────
/** Starts the local form over a template and its data files, on the loopback address. */
export { startServer, type ServeOptions, type RunningServer, type StartOutcome } from "./serve/server.js";
