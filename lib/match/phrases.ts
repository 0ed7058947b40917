import type { Field, Where } from './profile-text';
import { STOP, snippet, stem, weightOf, words } from './text';

/** One of the user's phrases (a keyword, a run of their ask, a thing they want to learn). */
export interface Phrase {
  /** The user's own words, for reasons. */
  text: string;
  /** Folded words: the evidence key feedback weights are stored under. */
  key: string;
  /** The folded words one by one, beside their stems. */
  words: string[];
  stems: string[];
  /** " s1 s2 " for a whole-phrase look-up. */
  needle: string;
  /** Adjacent pairs " s1 s2 ": a piece of the phrase that kept its order. */
  pairs: string[];
  total: number;
}

/** How well a phrase matched one field: 1 is the whole phrase. */
export interface Hit {
  phrase: Phrase;
  where: Where;
  score: number;
  full: boolean;
  /** The phrase's words found, for a partial match's reason. */
  found: string[];
}

// `matchProfile` compiles the configuration on every call: the same words make the same phrase,
// so each is worked out once. Phrases are shared, never changed.
const phraseCache = new Map<string, Phrase | null>();

export function compilePhrase(text: string): Phrase | null {
  let p = phraseCache.get(text);
  if (p === undefined) {
    if (phraseCache.size > 2_000) phraseCache.clear();
    p = compileNew(text);
    phraseCache.set(text, p);
  }
  return p;
}

function compileNew(text: string): Phrase | null {
  const ws = words(text).filter((w) => !STOP.has(w));
  if (!ws.length || ws.length > 8) return null;
  const stems = ws.map(stem);
  const pairs: string[] = [];
  for (let i = 1; i < stems.length; i++) pairs.push(` ${stems[i - 1]} ${stems[i]} `);
  const total = stems.reduce((t, s) => t + weightOf(s), 0);
  return {
    text: snippet(text.trim(), 40),
    key: ws.join(' '),
    words: ws,
    stems,
    needle: ` ${stems.join(' ')} `,
    pairs,
    total,
  };
}

// Words that frame an ask without saying what it is about: they split an ask into topic runs.
const FILLER = new Set(
  (
    'feedback paper review reviewing advice help introduction introductions intro intros someone ' +
    'somebody anyone person people mentor mentoring mentorship guidance support ask need needs want ' +
    'wants looking look find get getting talk chat learn learning like would could should more better ' +
    'next move become role position job year years month months week weeks improve grow career ' +
    'who that which about into toward towards over them they it some any most best good great first ' +
    'new way ways work working draft thoughts opinion check support someone expert experts'
  ).split(' '),
);
// Kept inside a run: "head of data science" stays one phrase.
const JOINERS = new Set([
  'of',
  'de',
  'des',
  'del',
  'der',
  'do',
  'da',
  'du',
  'for',
  'and',
  'und',
  'et',
  'y',
  'e',
]);

const textCache = new Map<string, Phrase[]>();

/** An ask or goal cut into topic phrases: "feedback on my paper on clinical risk models" → "clinical risk models". */
export function phrasesFromText(text: string): Phrase[] {
  // Like `compilePhrase`, once per text; callers get their own array.
  let out = textCache.get(text);
  if (!out) {
    if (textCache.size > 500) textCache.clear();
    out = cutText(text);
    textCache.set(text, out);
  }
  return out.slice();
}

function cutText(text: string): Phrase[] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const w of words(text.slice(0, 600))) {
    if (JOINERS.has(w) && run.length) run.push(w);
    else if (STOP.has(w) || FILLER.has(w) || JOINERS.has(w)) flush();
    else run.push(w);
  }
  flush();
  const out: Phrase[] = [];
  for (const r of runs.slice(0, 12)) {
    const p = compilePhrase(r.slice(0, 8).join(' '));
    if (p && !out.some((q) => q.needle === p.needle)) out.push(p);
  }
  return out;
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
