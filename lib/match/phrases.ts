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
