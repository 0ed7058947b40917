// What the need rules share: one piece of evidence, and the user's phrases found on a profile.
import type { BuiltInNeedId } from '../domain';
import type { Compiled, CompiledNeed } from './compile';
import type { CueHit, CueKind } from './cues';
import { bestHit, type Hit } from './phrase-match';
import type { Phrase } from './phrases';
import type { Where } from './profile-text';
import type { Signals } from './signals';
import { snippet } from './text';

/** One piece of evidence for a tag: how much it adds, why, and the key feedback weights it by. */
export interface Contribution {
  value: number;
  reason: string;
  key: string;
}

/**
 * What a need's rule found: the evidence (the first is the one the need requires) and one sentence
 * on why this person, for the drafter. A rule returns null when the required kind is missing:
 * surface words alone never make a tag (issue 16).
 */
export interface Evidence {
  parts: Contribution[];
  because: string;
}

export type Rule = (n: CompiledNeed, s: Signals, c: Compiled) => Evidence | null;

export const key = (need: BuiltInNeedId, what: string) => `signal:${need}:${what}`;

// Where a subject word is most telling: what someone does all day, then what they write about it.
const SUBJECT_WEIGHTS: Partial<Record<Where, number>> = {
  headline: 1,
  title: 1,
  about: 0.9,
  past: 0.7,
  skills: 0.4,
};

/** The user's phrases found, best first; a skills list alone is flagged (no expertise shown). */
export function found(phrases: Phrase[], s: Signals, weights = SUBJECT_WEIGHTS): Hit[] {
  const out: Hit[] = [];
  for (const ph of phrases) {
    const h = bestHit(ph, s.p.fields, weights);
    if (h && h.score >= 0.15) out.push(h);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** 1 - Π(1 - score): several phrases found add up, never past 1. */
export function combined(hits: Hit[]): number {
  let miss = 1;
  for (const h of hits) miss *= 1 - Math.min(0.95, h.score);
  return 1 - miss;
}

/** "'credit scoring models' and 'fairness'": what was found, in the user's words. */
export function quoted(hits: Hit[], max = 2): string {
  const texts: string[] = [];
  for (const h of hits) {
    const t = h.full ? h.phrase.text : h.found.join(' ');
    if (t && !texts.some((x) => x.toLowerCase() === t.toLowerCase())) texts.push(t);
    if (texts.length >= max) break;
  }
  return texts.map((t) => `'${t}'`).join(' and ');
}

export const cue = (s: Signals, kind: CueKind): CueHit[] => s.cues.get(kind) ?? [];

const ON_OWN = /^(self[- ]employed|freelance|freelancer|independent|autonomo|autonoma|selbststandig)$/i;

/** "Director, Data Science at Harbourline Bank" as a short phrase for a reason. */
export function roleAt(s: Signals): string {
  const title = snippet(s.p.title || s.p.headline.split(/[|·•]/)[0] || '', 50);
  const org = s.p.company && !ON_OWN.test(s.p.company.trim()) ? snippet(s.p.company, 40) : '';
  if (!title) return org;
  return org && !title.toLowerCase().includes(org.toLowerCase()) ? `${title} at ${org}` : title;
}

/** What the ask is for, in the user's words: "Feedback on my paper on X" → "your paper on X". */
export function yours(n: CompiledNeed, fallback: string): string {
  const m = /\bmy\s+(.+)$/i.exec(n.ask.replace(/[.!?\s]+$/, ''));
  return m ? `your ${snippet(m[1]!, 60)}` : fallback;
}

/** "become head of biostatistics at ...": the goal to follow "on your way to". */
export const goalPhrase = (goal: string) =>
  snippet(goal.replace(/[.!?\s]+$/, ''), 70).replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
