// A crude, consistent English stem for matching the user's words with a profile's: suffixes
// stripped longest first, never below a few characters, doubled consonants undone.

// Longest first; the replacement keeps a stem of at least four characters, so short words survive.
const SUFFIXES: [string, string][] = [
  ['ational', 'ate'],
  ['ologists', 'olog'],
  ['ologist', 'olog'],
  ['ological', 'olog'],
  ['ations', ''],
  ['ntists', 'nc'],
  ['ntist', 'nc'],
  ['ation', ''],
  ['ology', 'olog'],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ists', ''],
  ['isms', ''],
  ['ians', ''],
  ['ical', ''],
  ['ing', ''],
  ['ist', ''],
  ['ism', ''],
  ['ian', ''],
  ['ial', ''],
  ['ics', ''],
  ['ies', 'y'],
  ['ers', ''],
  ['ors', ''],
  ['ive', ''],
  ['ic', ''],
  ['er', ''],
  ['or', ''],
  ['es', ''],
  ['ed', ''],
  ['al', ''],
  ['ly', ''],
  ['s', ''],
  ['e', ''],
  ['y', ''],
];
// Stems keep five characters, so short words survive and "statistics" never shrinks into "state";
// "-ing"/"-er" may leave four ("writing", "writer" → "writ"), a plural three.
const MIN_STEM = 5;
const SHORT_OK = new Set(['ing', 'ings', 'er', 'ers']);

function stripOnce(word: string): string {
  if (word.endsWith('ss')) return word;
  const plural = !/(is|us)$/.test(word);
  for (const [suffix, by] of SUFFIXES) {
    if (!word.endsWith(suffix) || (suffix === 's' && !plural)) continue;
    const stem = word.slice(0, word.length - suffix.length) + by;
    if (stem.length < (suffix === 's' ? 3 : SHORT_OK.has(suffix) ? 4 : MIN_STEM)) continue;
    // "modelling" → "modell" → "model"
    const last = stem[stem.length - 1]!;
    if (stem.length > MIN_STEM && last === stem[stem.length - 2] && /[b-df-hj-np-rt-z]/.test(last)) {
      return stem.slice(0, -1);
    }
    return stem;
  }
  return word;
}

const stems = new Map<string, string>();

/** A crude, consistent stem: good enough to meet "coaching" with "coach", not a linguist. */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  if (stems.size > 20_000) stems.clear();
  let out = word;
  if (word.length > 3 && !/\d/.test(word)) {
    for (let i = 0; i < 4; i++) {
      const next = stripOnce(out);
      if (next === out) break;
      out = next;
    }
  }
  stems.set(word, out);
  return out;
}
