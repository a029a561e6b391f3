/**
 * Bytes → text for the files clerks have: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
 * GB18030/GBK (what Windows Notepad and WPS save in China). Anything else is reported, not guessed.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: "binary" | "encoding" };

/** Decodes a file's bytes, detecting the encoding from its BOM or, failing UTF-8, as GB18030. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), "utf-8-bom");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  if (looksBinary(bytes)) return { ok: false, reason: "binary" };
  const asUtf8 = utf8(bytes, "utf-8");
  if (asUtf8.ok) return asUtf8;
  return decodeWith("gb18030", bytes);
}

function utf8(bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: "encoding" };
  }
}

function decodeWith(label: "utf-16le" | "utf-16be" | "gb18030", bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    if (label === "gb18030" && /[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, reason: "binary" };
    return { ok: true, text, encoding: label };
  } catch {
    return { ok: false, reason: "encoding" };
  }
}

/** A NUL byte in the first 8 KiB means a binary file (text in UTF-16 without BOM is not supported). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
