/** A locale's messages: code → template with `{name}` slots. */
export type MessageTable = Record<string, string>;
