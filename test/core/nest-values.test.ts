import { describe, expect, test } from "vitest";
import { nestValues } from "../../src/template/nest-values.js";

describe("nestValues", () => {
  test("dotted keys become nested objects Handlebars paths read", () => {
    expect(
      nestValues([
        ["county", "秦川"],
        ["review.economy.output", "42.36"],
        ["review.economy.growth", "5.2"],
        ["review.people", "王某"],
      ]),
    ).toEqual({
      county: "秦川",
      review: { economy: { output: "42.36", growth: "5.2" }, people: "王某" },
    });
  });

  test("keys named like prototype properties stay own properties and never reach Object.prototype", () => {
    const out = nestValues([
      ["__proto__.polluted", "yes"],
      ["constructor.name", "x"],
      ["toString", "t"],
      ["a.__proto__", "p"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ polluted: "yes" });
    expect(Object.hasOwn(out.constructor as unknown as object, "name")).toBe(true);
    expect((out.constructor as unknown as Record<string, unknown>).name).toBe("x");
    expect(out.toString).toBe("t");
    const a = out.a as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(a, "__proto__")?.value).toBe("p");
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  });
});
