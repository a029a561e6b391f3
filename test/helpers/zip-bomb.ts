/**
 * Hand-built zip packages for the zip-limit tests: a deflate stream of n zero bytes costs 13 bits per 258
 * bytes, so a part expanding to a gigabyte is built in milliseconds, and its declared size can lie.
 */

/** Raw deflate (one fixed-Huffman block) expanding to 1 + 258 × repeats zero bytes. */
export function deflatedZeros(repeats: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * repeats + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, width: number) => {
    // Huffman codes go most significant bit first, each bit into the next free bit of the byte, LSB first.
    for (let i = width - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  put(1, 1); // BFINAL
  put(0b10, 2); // BTYPE 01 (fixed), written LSB first
  put(0b00110000, 8); // literal 0
  for (let r = 0; r < repeats; r++) {
    put(0b11000101, 8); // length code 285: 258 bytes
    put(0, 5); // distance code 0: distance 1
  }
  put(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/** A zip holding the given parts: raw deflated bytes (method 8) or stored ones, with any declared size. */
export function zipOf(parts: { name: string; data: Uint8Array; method?: 0 | 8; declaredSize?: number }[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = enc.encode(p.name);
    const method = p.method ?? 8;
    const size = p.declaredSize ?? p.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, p.data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, p.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, p.data);
    centrals.push(central);
    offset += local.length + p.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
