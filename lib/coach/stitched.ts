import { compareOrgs } from '../match/organisation';
import type { Context } from './checks';
import type { StitchedPhrases } from './phrases/types';
import type { Finding, FindingKind } from './types';

// Faults of a draft stitched together from the user's phrases and the matcher's keywords rather
// than written to a person (issue 18): the coach gave such drafts 95–100. Each one is something a
// reader notices at once, so each costs enough to fail the draft on its own (coach.ts).

interface Compiled {
  common: Set<string>;
  starters: Set<string>;
  dangling: Set<string>;
  titles: Set<string>;
  pastedRole: RegExp;
  beRole: RegExp;
  fragment: RegExp;
  experience: RegExp;
  selfAtOrg: string;
}

const cache = new WeakMap<StitchedPhrases, Compiled>();

function compiled(p: StitchedPhrases): Compiled {
  let c = cache.get(p);
  if (!c) {
    const re = (s: string) => new RegExp(`(?<![\\p{L}])${s.replace(/'/g, "['’]")}`, 'giu');
    c = {
      common: new Set(p.common),
      starters: new Set(p.sentenceStarters),
      dangling: new Set(p.dangling),
      titles: new Set(p.titleWords),
      pastedRole: re(p.pastedRole),
      beRole: re(p.beRole),
      fragment: re(p.fragment),
      experience: new RegExp(`${p.experienceLead}([^.?!\\n]{1,160})`, 'giu'),
      selfAtOrg: p.selfAtOrg.replace(/'/g, "['’]"),
    };
    cache.set(p, c);
  }
  return c;
}

// A capitalised word after a lower-case word, a comma or a colon on the same line.
const CAPITAL =
  /(?<=(?:(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*|(?<p>[,;:])) )(?<w>\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?![\p{L}'’-])(?: (?<next>\S+))?/gu;
const ELLIPSIS = /\p{L}[)"'”’]?\s?(?:…|\.\.\.)(?=\s*(?:$|\p{Lu}|[)"'”’?]))/gmu;

function push(out: Finding[], kind: FindingKind, text: string, start?: number, end?: number): void {
  if (out.some((f) => f.kind === kind && f.start === start)) return;
  out.push({ kind, text, severity: 'high', ...(start === undefined ? {} : { start, end }) });
}

function pasted(ctx: Context, c: Compiled, out: Finding[]): void {
  const { text, say } = ctx;
  let n = 0;
  for (const m of text.matchAll(CAPITAL)) {
    const word = m.groups!.w!;
    const key = word.toLowerCase();
    if (!c.common.has(key)) continue;
    // "a Senior Data Scientist", "at The Guardian": a run of capitals is a title or a name.
    const next = m.groups!.next;
    if (next && /^\p{Lu}/u.test(next)) continue;
    if (m.groups!.p === ':' && c.starters.has(key)) continue;
    const start = m.index ?? 0;
    push(out, 'pasted-phrase', say('pasted-phrase'), start, start + word.length);
    if (++n >= 3) break;
  }
  for (const m of text.matchAll(c.fragment)) {
    const start = m.index ?? 0;
    push(out, 'pasted-phrase', say('pasted-phrase'), start, start + m[0].length);
  }
}

function roles(ctx: Context, c: Compiled, out: Finding[]): void {
  for (const re of [c.pastedRole, c.beRole])
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index ?? 0;
      push(out, 'be-a-role', ctx.say('be-a-role'), start, start + m[0].trimEnd().length);
    }
}

function keywords(ctx: Context, c: Compiled, out: Finding[]): void {
  const { text, opts } = ctx;
  for (const m of text.matchAll(c.experience)) {
    const items = m[1]!.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/u).map((s) => s.trim());
    const title = items.length > 1 && items.some((i) => c.titles.has(i.toLowerCase()));
    const theirOwn = items.some((i) => compareOrgs(i, opts.personCompany) === 'same');
    if (!title && !theirOwn) continue;
    const start = m.index ?? 0;
    push(out, 'keyword-list', ctx.say('keyword-list'), start, start + m[0].length);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function colleague(ctx: Context, c: Compiled, out: Finding[]): void {
  const { text, opts } = ctx;
  const org = (opts.organization ?? '').trim();
  if (!org || compareOrgs(org, opts.personCompany) !== 'same') return;
  const re = new RegExp(`${c.selfAtOrg}${escapeRe(org)}(?![\\p{L}'’])`, 'giu');
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    push(out, 'colleague-org', ctx.say('colleague-org'), start, start + m[0].length);
  }
}

function cut(ctx: Context, c: Compiled, out: Finding[]): void {
  for (const m of ctx.text.matchAll(ELLIPSIS)) {
    const start = (m.index ?? 0) + 1;
    push(out, 'cut-off', ctx.say('cut-off'), start, start + m[0].length - 1);
  }
  const subject = ctx.opts.subject?.trim();
  if (!subject) return;
  const last = /([\p{L}\p{N}&'’-]+)[^\p{L}\p{N}]*$/u.exec(subject)?.[1]?.toLowerCase() ?? '';
  const open = (subject.match(/\(/g) ?? []).length > (subject.match(/\)/g) ?? []).length;
  if (/(?:…|\.\.\.)$/u.test(subject) || c.dangling.has(last) || open)
    push(out, 'cut-subject', ctx.say('cut-subject'));
}

export function checkStitched(ctx: Context, out: Finding[]): void {
  const c = compiled(ctx.c.phrases.stitched);
  pasted(ctx, c, out);
  roles(ctx, c, out);
  keywords(ctx, c, out);
  colleague(ctx, c, out);
  cut(ctx, c, out);
}
