// Putting the user's phrases inside a sentence (issue 18): "Expert feedback on my paper" becomes
// "expert feedback on my paper" mid-sentence, but "Python", "AI" and "Marélia Saúde" keep their
// capitals. Also the two verb forms the drafter needs: "learn" → "learning", "who runs" → "you run".

// Capitalised words that are names wherever they stand: languages, tools, days, months, places
// users often start a phrase with. Anything written with a capital mid-sentence elsewhere in the
// user's own texts joins them (see `properWords`).
const ALWAYS_PROPER = new Set(
  (
    'i python java javascript typescript rust kotlin swift scala excel linkedin github sql tableau ' +
    'english french german spanish portuguese italian dutch polish chinese japanese arabic hindi ' +
    'european asian african american british latin nordic monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april june july august september october november december ' +
    'europe asia africa america london paris berlin lisbon madrid lyon oslo'
  ).split(' '),
);

const WORD = /^[\p{L}][\p{L}\p{M}'’-]*/u;

/** Words the user capitalises mid-sentence somewhere: names to them, whatever a dictionary says. */
export function properWords(texts: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const words = text.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/gu, '');
      if (!/^\p{Lu}/u.test(w)) continue;
      // A capital after a full stop or at the start says nothing; mid-sentence it does.
      const prev = words[i - 1];
      if (i === 0 || !prev || /[.!?:]$/u.test(prev)) continue;
      out.add(w.toLowerCase());
    }
  }
  return out;
}

/** The first word lower-cased unless it is a name: an acronym, "McKinsey", or a known proper word. */
export function midSentence(text: string, proper: Set<string> = new Set()): string {
  const word = WORD.exec(text)?.[0] ?? '';
  if (!word || !/^\p{Lu}/u.test(word)) return text;
  if (/\p{Lu}/u.test(word.slice(1))) return text;
  const key = word.toLowerCase();
  if (ALWAYS_PROPER.has(key) || proper.has(key)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const NO_DOUBLE = new Set([
  'open',
  'visit',
  'edit',
  'offer',
  'enter',
  'listen',
  'happen',
  'develop',
  'gather',
]);

/** "learn" → "learning", "manage" → "managing", "get" → "getting", "lie" → "lying". */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v.endsWith('ing') && v.length > 5) return verb;
  if (v === 'be') return 'being';
  if (v.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(v) || v.endsWith('ue')) return `${verb.slice(0, -1)}ing`;
  if (v.length <= 4 && /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v) && !NO_DOUBLE.has(v))
    return `${verb}${verb.slice(-1)}ing`;
  if (v === 'begin' || v === 'commit' || v === 'submit' || v === 'admit')
    return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

const IRREGULAR_THIRD: Record<string, string> = {
  has: 'have',
  is: 'are',
  was: 'were',
  does: 'do',
  goes: 'go',
};

/** The verb of "someone who runs…" said to that someone: "runs" → "run"; past tense stays. */
export function secondPerson(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR_THIRD[v]) return IRREGULAR_THIRD[v]!;
  if (/[^aeiou]ies$/.test(v)) return `${verb.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z|o)es$/.test(v)) return verb.slice(0, -2);
  if (/[^su]s$/.test(v)) return verb.slice(0, -1);
  return verb;
}

// Verbs a need's description often starts with ("Learn to manage people"): imperative, so the
// drafter says them as an activity ("learning to manage people").
export const LEADING_VERBS = new Set(
  (
    'learn get find build become move switch lead manage write finish publish prepare start launch grow ' +
    'improve understand decide transition negotiate raise hire run make land return change develop ship ' +
    'submit pass present speak reach meet join connect create design plan apply choose explore figure ' +
    'step take go break set turn earn win secure grow scale sharpen practise practice master navigate ' +
    'handle deal balance recover rebuild restart stop quit leave pivot transfer relocate open'
  ).split(' '),
);
