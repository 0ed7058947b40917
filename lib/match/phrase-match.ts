// Where the user's phrases are found in a profile: the whole phrase in order, or enough of its
// telling words to count as partial evidence (compiling them: ./phrases.ts).
import type { Phrase } from './phrases';
import type { Field, Where } from './profile-text';
import { weightOf } from './text';

/** How well a phrase matched one field: 1 is the whole phrase. */
export interface Hit {
  phrase: Phrase;
  where: Where;
  score: number;
  full: boolean;
  /** The phrase's words found, for a partial match's reason. */
  found: string[];
}

/**
 * `stems.indexOf(needle)` for a needle " s1 s2 ", looked for without its leading space: a space
 * follows every word of a field, and a needle starting with one is found about three times slower.
 */
export function findRun(stems: string, needle: string): number {
  const body = needle.slice(1);
  for (let at = stems.indexOf(body, 1); at >= 0; at = stems.indexOf(body, at + 1)) {
    if (stems.charCodeAt(at - 1) === 32) return at - 1;
  }
  return -1;
}

/** The score of the whole phrase found: the most any match of it scores. */
function wholeScore(phrase: Phrase): number {
  // One word ("python") is weaker evidence than a phrase the user wrote ("web scraping").
  const generic = phrase.total <= phrase.stems.length * 0.25;
  return generic ? 0.6 : phrase.stems.length === 1 ? 0.8 : 1;
}

/** The best match of a phrase in one field, or null when it is not worth mentioning. */
export function matchIn(phrase: Phrase, f: Field): Hit | null {
  // Word look-ups first: the text search runs only when every word (or a pair) is there.
  let got = 0;
  let present = 0;
  let specific = false;
  for (const s of phrase.stems) {
    if (!f.stemSet.has(s)) continue;
    const w = weightOf(s);
    got += w;
    present++;
    if (w === 1) specific = true;
  }
  // A single word present is the whole phrase present: no text search.
  const whole = present === phrase.stems.length && (present === 1 || findRun(f.stems, phrase.needle) >= 0);
  if (whole) return { phrase, where: f.where, score: wholeScore(phrase), full: true, found: [] };
  // Generic words alone ("risk", "manager") are no evidence: an insurance risk manager is not an
  // expert in clinical risk models.
  if (phrase.stems.length < 2 || !specific) return null;
  const coverage = got / phrase.total;
  // A two-word phrase's one pair is its needle, already looked for above: not searched twice.
  const ordered =
    present >= 2 && phrase.pairs.some((pair) => pair !== phrase.needle && findRun(f.stems, pair) >= 0);
  const score = coverage * coverage * (ordered ? 0.6 : 0.35);
  // Half of a two-word phrase, out of order, is no evidence: "web" alone is not "web scraping".
  if (score < 0.12) return null;
  const found = phrase.words.filter((_, i) => f.stemSet.has(phrase.stems[i]!));
  return { phrase, where: f.where, score, full: false, found };
}

/** The best hit of a phrase over several fields, each field weighted by how telling it is. */
export function bestHit(
  phrase: Phrase,
  fields: Field[],
  weights: Partial<Record<Where, number>>,
): Hit | null {
  let best: Hit | null = null;
  const top = wholeScore(phrase);
  for (const f of fields) {
    const w = weights[f.where];
    if (!w) continue;
    // A field that cannot beat the best so far even with the whole phrase is not searched (a
    // partial match scores at most 0.6, never more than the whole phrase).
    if (best && best.score >= top * w) continue;
    const hit = matchIn(phrase, f);
    if (!hit) continue;
    hit.score *= w;
    if (!best || hit.score > best.score) best = hit;
  }
  return best;
}

/** What a hit found, quoted for a reason: the whole phrase, or the words of it that were there. */
export function quoteHit(h: Hit): string {
  return h.full ? `'${h.phrase.text}'` : `'${h.found.join("', '")}'`;
}
