import type { IgnoreReason } from "./types.js";

/** Chinese explanations, one per stable reason code; `t` is the expression that was passed over. */
export const IGNORE_MESSAGES_ZH: Record<IgnoreReason, (t: string) => string> = {
  formula: (t) => `“${t}”是公式或乘式（如“3+X”“1+X证书”），其中的 X 不是待填空白`,
  word: (t) => `“${t}”是词语或代号（如“X光”“Xbox”“x86”），不是待填空白`,
  "close-button": () => "单独一行的“×”是网页的关闭按钮，不是待填空白",
  "moumou-word": (t) => `“${t}”是普通词语，不是“某某”式的待填空白`,
  "chinese-zero": (t) => `“${t}”中的“○”是数字零，不是待填空白`,
};
