/**
 * Turns dot-separated keys into the nested object Handlebars paths read: a.b → { a: { b } }. The objects are
 * plain ones (V8 keeps objects without a prototype in its slow dictionary mode, which made every Handlebars
 * lookup several times dearer); a key named like a prototype property is still only ever an own property.
 */
export function nestValues(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    let node = root;
    let from = 0;
    for (let dot = key.indexOf("."); dot >= 0; dot = key.indexOf(".", from)) {
      const part = key.slice(from, dot);
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      node = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : setOwn(node, part, {});
      from = dot + 1;
    }
    setOwn(node, key.slice(from), value);
  }
  return root;
}

/** Sets an own data property, even for `__proto__` (where plain assignment would replace the prototype). */
function setOwn<T>(node: Record<string, unknown>, name: string, value: T): T {
  if (name === "__proto__")
    Object.defineProperty(node, name, { value, writable: true, enumerable: true, configurable: true });
  else node[name] = value;
  return value;
}
