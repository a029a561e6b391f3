import { expect, test } from "vitest";
import { titleLine } from "../../src/source/title-line.js";
import { documentMeta } from "../../src/render/document-meta.js";
import { parseSpeech } from "../../src/render/structure/parse-speech.js";

// One rule for the title: the speech's layout, the document properties and an imported template all use it.
test.each([
  ["\uFEFF\n\n　　在县委全会上的讲话　\n同志们：", "在县委全会上的讲话"],
  ["\r\n \t\r\n标题\r\n正文", "标题"],
  ["\r\r标题\r正文", "标题"],
  ["　\n \n", ""],
])("titleLine(%j) is %j, as parseSpeech and documentMeta see it", (text, title) => {
  expect(titleLine(text)).toBe(title);
  expect(parseSpeech(text).title).toBe(title);
  const meta = documentMeta({ fields: [] } as never, [], text);
  expect(meta.title ?? "").toBe(title);
});
