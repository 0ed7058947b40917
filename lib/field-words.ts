/** Profile field names in words, for "Not found on this page: …" (reader's `missing` list). */
const FIELD_WORDS: Record<string, string> = {
  mutualConnections: 'mutual connections',
  degree: 'connection degree',
  about: 'About section',
};

export function fieldWords(fields: readonly string[]): string {
  return fields.map((f) => FIELD_WORDS[f] ?? f).join(', ');
}
