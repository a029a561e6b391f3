// The public API of xfill. The CLI uses nothing that is not reachable from here.
export { KINDS, KIND_LABELS_ZH, KIND_LABELS_EN, isKind, type Kind } from "./kinds/kind-names.js";
export { toChineseNumeral, parseChineseNumeral } from "./kinds/chinese-numerals.js";
export { parseDate, formatDate, daysInMonth, type CalendarDate } from "./kinds/dates.js";
export { kindSchema, type KindOptions, type ValueProblemCode } from "./kinds/kind-schemas.js";
export { isPlaceholderValue } from "./kinds/normalize.js";

export { LineCounter, type Position } from "./diagnostics/line-counter.js";
export { decodeText, type Encoding } from "./source/decode-text.js";
export { readTextFile, type TextFile } from "./source/read-text-file.js";
export { readRegularFile, type BytesResult, type ReadFileOptions } from "./source/read-regular-file.js";
export { readZipParts, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipResult, type ZipEntry } from "./source/read-zip.js";

export type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
export { formatMessage } from "./diagnostics/format-message.js";
export { reportDiagnostic } from "./diagnostics/report-text.js";
export { resolveLang, type Lang } from "./diagnostics/lang.js";

export { loadTemplate, type LoadTemplateResult } from "./template/load-template.js";
export { builtinTemplateNames, findTemplateDir } from "./template/find-template.js";
export type { Template } from "./template/template.js";
export type { FieldDef } from "./template/field-def.js";
export { slotContext } from "./template/slot-context.js";

export { loadData } from "./data/load-data.js";
export type { DataFile, DataEntry } from "./data/data-file.js";
export { buildSkeleton, fieldComments, fieldsInSpeechOrder } from "./data/skeleton.js";
export { nextPeriod, CARRIED_KINDS, type NextPeriod } from "./data/next-period.js";
export { syncData, type SyncResult } from "./data/sync.js";
export { sheetRows, keyForHeader, sheetRowRef, parseSheetRowRef, type SheetRow } from "./data/sheet-data.js";
export { sheetSkeleton } from "./data/sheet-skeleton.js";
export { withSchemaModeline, defaultSchemaPath } from "./data/schema-modeline.js";
export { readSheet, isSheetPath } from "./source/read-sheet.js";
export { parseCsv } from "./source/parse-csv.js";
export { readXlsx } from "./source/read-xlsx.js";
export { extractValues, type ExtractedField, type ExtractProblem } from "./extract/extract-values.js";
export { extractedDataFile } from "./extract/extracted-data-file.js";
export { setScalar, setScalars, yamlScalarText, type YamlEdit, type YamlEditResult } from "./data/yaml-edit.js";
export { setInlineComment, addEntry, removeEntry, renameKey, commentsAbove, type EntryEditResult } from "./data/yaml-edit.js";

export { checkData, type CheckResult, type FieldStatus } from "./check/check-data.js";
export { checkDataFile } from "./check/check-data-file.js";
export { checkToJson, type CheckJson, type CheckJsonEntry } from "./check/check-json.js";
export { formatCheckText } from "./check/format-check-text.js";

export { renderText, type RenderMode } from "./render/render-text.js";
export { encodeDocument, type DocumentMeta } from "./render/encode-document.js";
export { renderDataFile, type RenderOutcome } from "./render/render-data-file.js";
export { formatFor, FORMATS, type OutputFormat } from "./render/output-format.js";
export { writeOutput } from "./render/write-output.js";

export { renderBatch, DEFAULT_CONCURRENCY, type BatchOptions } from "./batch/render-batch.js";
export type { BatchItem, BatchResult, BatchStatus } from "./batch/batch-result.js";
export { expandDataInputs, type ExpandedInputs } from "./batch/expand-inputs.js";
export { globToRegExp, hasGlobMagic } from "./batch/glob-to-regexp.js";
export { ensureOutDir } from "./batch/ensure-out-dir.js";
export { outputPathFor } from "./batch/output-path.js";
export { batchToJson, type BatchJson, type BatchJsonItem } from "./batch/batch-json.js";
export { formatBatchTable } from "./batch/format-batch-table.js";


export { scanText, summarizeScan, type ScanResult, type ScannedPlaceholder, type IgnoredMatch } from "./scan/index.js";
export { findLeftovers, type Leftover } from "./scan/find-leftovers.js";
export { scanToJson, type ScanJson } from "./scan/scan-json.js";
export { readDocument } from "./ooxml/read-document.js";
export { readDocxText, readWordText } from "./ooxml/read-docx-text.js";
export { draftTemplate, MAX_DROPPED_SHARE, type DraftTemplate, type DraftResult } from "./template/draft-template.js";
export { cleanSource, type CleanedSource, type DroppedLine } from "./clean/clean-source.js";
export { findWebLines, type WebLine } from "./clean/find-web-lines.js";
export { runCli } from "./cli/program.js";
