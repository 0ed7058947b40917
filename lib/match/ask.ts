// The user's own words cut into the phrases that say what an ask is *about* (issue 16): frame
// words ("feedback on my paper on"), role words ("head of", "director") and words naming a need
// ("community", "accountability") carry no subject, so they split the text and are dropped.
import { compilePhrase, type Phrase } from './phrases';
import { STOP, weightOf, words } from './text';

const FRAME = new Set(
  (
    'feedback paper papers review reviewing advice help introduction introductions intro intros someone ' +
    'somebody anyone person people mentor mentoring mentorship guidance support ask need needs want wants ' +
    'looking look find get getting talk chat learn like would could should more better next move become ' +
    'became went go going role roles position job year years month months week weeks weekly improve grow ' +
    'career who that which about into toward towards over them they it some any most best good great ' +
    'first new way ways work working draft drafts thoughts opinion check expert experts white put name ' +
    'forward vouch advocate speak recommend open doors door sponsor champion through outside inside keep ' +
    'track run running manage managing leading difficult conflict confidante recover ' +
    'while after handle space safe think loud out group groups community communities accountability ' +
    'accountable network networks networking confidential coach coaching other others several'
  ).split(' '),
);

/** Rank and title words: they say how senior, never what about. */
export const ROLE_WORDS = new Set(
  (
    'head heads director directors directora directeur vp svp evp avp chief ceo cto cfo coo cmo cpo cdo ' +
    'lead leads leader leaders leadership manager managers senior sr junior executive officer president ' +
    'partner principal staff founder cofounder owner team teams'
  ).split(' '),
);

// Kept inside a run: "head of data science" stays one phrase once "head" has gone.
const JOINERS = new Set(['of', 'for', 'and', 'de', 'des', 'del', 'der', 'do', 'da', 'du', 'und', 'et']);
// "machine learning" is a subject; "learning to ..." is a frame.
const KEEP_LEARNING = new Set(['machine', 'deep', 'reinforcement', 'statistical', 'federated']);

const cache = new Map<string, Phrase[]>();

/** Subject phrases of a text: runs of content words, at most twelve. */
export function contentPhrases(text: string): Phrase[] {
  let out = cache.get(text);
  if (!out) {
    if (cache.size > 500) cache.clear();
    out = cut(text);
    cache.set(text, out);
  }
  return out;
}

function cut(text: string): Phrase[] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const w of words(text.slice(0, 600))) {
    const learning = w === 'learning' && KEEP_LEARNING.has(run[run.length - 1] ?? '');
    if (JOINERS.has(w) && run.length) run.push(w);
    else if (!learning && (STOP.has(w) || FRAME.has(w) || ROLE_WORDS.has(w) || JOINERS.has(w))) flush();
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

/** True when at least one word of the phrase is specific (not "data", "research", "strategy"). */
export const specific = (p: Phrase) => p.stems.some((s) => weightOf(s) === 1);

/** Subject phrases of several texts, without repeats. */
export function phrasesOf(texts: unknown[]): Phrase[] {
  const out: Phrase[] = [];
  for (const t of texts.slice(0, 40)) {
    if (typeof t !== 'string') continue;
    for (const p of contentPhrases(t)) if (!out.some((q) => q.needle === p.needle)) out.push(p);
  }
  return out;
}

/** A goal cut where it names a place: "Lead an ML team | at a bank or fintech". */
export function splitGoal(goal: string): { what: string; where: string } {
  const m = / (?:at|in|with|within|bei|chez|em|en|na|no) (?:an? |the )?(.+)$/i.exec(goal.slice(0, 400));
  return m ? { what: goal.slice(0, m.index), where: m[1]! } : { what: goal, where: '' };
}

const MANAGE = new Set(['manage', 'managing', 'management', 'lead', 'leading', 'run', 'running', 'delegate']);
const WHOM = new Set(['people', 'team', 'teams', 'staff', 'reports', 'others']);

/** The ask is about managing people ("learn to manage people", keywords "leadership"). */
export function aboutManaging(texts: unknown[]): boolean {
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const ws = words(t.slice(0, 600));
    if (ws.includes('leadership') || (ws.length <= 2 && ws.includes('management'))) return true;
    if (ws.some((w) => MANAGE.has(w)) && ws.some((w) => WHOM.has(w))) return true;
  }
  return false;
}
