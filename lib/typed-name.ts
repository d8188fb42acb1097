// A name typed to confirm a decision (a sign-off's answer, a quote's acceptance): spaces collapsed,
// so "  Dana  Whitfield " is kept as "Dana Whitfield", and compared with the name on record
// regardless of case.

export const tidyName = (typed: string) => typed.replace(/\s+/g, " ").trim();

export const isSameName = (typed: string, onRecord: string) => tidyName(typed).toLowerCase() === tidyName(onRecord).toLowerCase();
