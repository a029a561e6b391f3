// Types of word-document.mjs for the TypeScript tests.
import type { IPropertiesOptions, Paragraph, Table } from "docx";
import type { ZipOptions } from "fflate";

export declare function wordDocument(
  content: { header: Paragraph; footer: Paragraph; children: (Paragraph | Table)[] } & Omit<
    IPropertiesOptions,
    "sections"
  >,
  edits?: Record<string, (xml: string) => string>,
  zipOptions?: ZipOptions,
): Promise<Uint8Array>;
