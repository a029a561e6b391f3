import type { MessageCode } from "./messages-zh.js";
import type { UiTextCode } from "./ui-text-zh.js";

export type { MessageCode } from "./messages-zh.js";
export type { UiTextCode } from "./ui-text-zh.js";

/** A locale's diagnostic messages: one template with `{name}` slots for every code of the Chinese table, and no other. */
export type MessageTable = Readonly<Record<MessageCode, string>>;

/** A locale's interface words (help, headings, labels, pages): every code of the Chinese table, and no other. */
export type UiTextTable = Readonly<Record<UiTextCode, string>>;
