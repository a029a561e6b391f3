import type { Diagnostic } from "./diagnostic.js";

/**
 * The one result shape of the library: the result carries its diagnostics. `ok: true` means the values are
 * there (warnings, and for some operations errors about single entries, may still be in `diagnostics`);
 * `ok: false` means a problem stopped the operation, `diagnostics` says which, and values made so far may
 * be present. Diagnostics hold codes and places; wording is chosen by whoever shows them.
 */
export type Result<T extends object = object> = ((T & { ok: true }) | (Partial<T> & { ok: false })) & {
  diagnostics: Diagnostic[];
};

/** A result that stopped on these problems. */
export function failure(...diagnostics: Diagnostic[]): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics };
}
