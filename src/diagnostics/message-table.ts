import type { MessageCode } from "./messages-zh.js";

export type { MessageCode } from "./messages-zh.js";

/** A locale's messages: one template with `{name}` slots for every code of the Chinese table, and no other. */
export type MessageTable = Readonly<Record<MessageCode, string>>;
