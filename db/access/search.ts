// Turns what a person typed into an ILIKE pattern that matches it literally (% and _ escaped).
export function containsPattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
