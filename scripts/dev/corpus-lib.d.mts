// Types of corpus-lib.mjs for the TypeScript tests.
export declare const ROOT: string;
export declare const CORPUS: string;
export declare const FINISHED: string;
export declare const BIN: string;
export declare const KINDS: string[];

export interface Label {
  line: number;
  column: number;
  text: string;
  kind: string;
  context: string;
  row: number;
}
export interface CorpusEntry {
  name: string;
  file: string;
  text: string;
  labels: Label[];
  literals: Label[];
  chrome: number[];
}
export interface Found {
  line: number;
  column: number;
  text: string;
  kind: string;
  context?: string;
  key?: string;
}
export interface FileScore {
  name: string;
  labels: number;
  found: number;
  matched: number;
  kindRight: number;
  missed: Label[];
  extra: Found[];
  wrongKind: { label: Label; found: Found }[];
}
export interface Rates {
  labels: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
  kindAccuracy: number;
}
export declare function xfill(
  args: string[],
  opts?: { cwd?: string; env?: NodeJS.ProcessEnv },
): {
  code: number;
  stdout: string;
  stderr: string;
};
export declare function readLabels(path: string): Label[];
export declare function readChrome(path: string): number[];
export declare function loadCorpus(dir?: string): CorpusEntry[];
export declare function loadFinished(dir?: string): { name: string; file: string }[];
export declare function corpusProblems(entry: CorpusEntry): string[];
export declare function scanFiles(files: string[]): { file: string; placeholders: Found[] }[];
export declare function scoreFile(entry: CorpusEntry, placeholders: Found[]): FileScore;
export declare function rates(scores: FileScore[]): Rates;
export declare function scoreCorpus(corpus?: CorpusEntry[]): { scores: FileScore[]; total: Rates };
export declare function finishedAlarms(file: string): { code: number; alarms: Record<string, unknown>[] };
