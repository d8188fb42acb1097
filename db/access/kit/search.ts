// Turns what a person typed into an ILIKE pattern that matches it literally (% and _ escaped).
// PostgreSQL text cannot hold a NUL byte (the query would fail), so control characters go first.
export function containsPattern(query: string): string {
  return `%${withoutControlCharacters(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
