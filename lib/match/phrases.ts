import { stem } from './stem';
import { STOP, snippet, weightOf, words } from './text';

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
