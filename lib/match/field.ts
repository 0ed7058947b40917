import type { Same } from './organisation';
import { matchIn } from './phrase-match';
import { compilePhrase } from './phrases';
import type { Prepared, Where } from './profile-text';
import { weightOf } from './text';

// Titles and skills say what someone's field is; an About section mentions many fields in passing.
const FIELD_WHERE: Where[] = ['headline', 'title', 'past', 'skills'];

/**
 * Whether the person works in the user's field ("Biostatistics, epidemiology": any of them).
 * "different" only when none of the field's specific words appear in their titles or skills.
 */
export function compareField(selfField: string, p: Prepared): Same {
  const phrases = selfField
    .split(/[,;/|]| and | & /)
    .map((part) => compilePhrase(part))
    .filter((x) => x !== null);
  const fields = FIELD_WHERE.map((w) => p.byWhere[w]).filter((f) => f !== undefined);
  if (!phrases.length || !fields.length) return 'unknown';
  let related = false;
  for (const phrase of phrases) {
    for (const f of fields) {
      const hit = matchIn(phrase, f);
      if (hit && (hit.full || hit.score >= 0.15)) return 'same';
      if (phrase.stems.some((s) => weightOf(s) === 1 && f.stemSet.has(s))) related = true;
    }
  }
  return related ? 'unknown' : 'different';
}
