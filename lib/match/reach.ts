// Whether a person works where the user's goal lies: in its function (data science, UX research)
// and industry (banking). A word the user wrote counts by how specific it is: "data" or "design"
// alone reaches nowhere; "machine learning" or "user research" does (issue 16).
import { findRun } from './phrase-match';
import { compilePhrase, type Phrase } from './phrases';
import type { Field, Where } from './profile-text';
import { fold, weightOf } from './text';

// Neighbouring words of common fields, so a "VP, Data & Analytics" is in data science. Small on
// purpose: a family is added only when the user's own field or goal names it.
const FAMILIES: [RegExp, string][] = [
  [
    /\bdata\b|machine learning|\bml\b|\bai\b|statistic|analytics/,
    'data science, data scientist, machine learning, ml, ai, analytics, statistics, artificial intelligence',
  ],
  [
    /\bux\b|user research|user experience|design/,
    'ux, user research, user experience, product design, usability',
  ],
  [/software|engineer|developer|programming/, 'software engineering, software, developer, engineering'],
  [/biostatistic|epidemiolog/, 'biostatistics, epidemiology, statistics, clinical research'],
  [/marketing|brand/, 'marketing, brand, growth marketing'],
  [/clinical|nurs|health|medic/, 'clinical, healthcare, health, medicine'],
  [/climate|energy|sustainab/, 'climate, energy, sustainability, decarbonisation'],
];

/** The family words of a field or goal the user wrote. */
export function familyOf(text: string): Phrase[] {
  const t = fold(text);
  const out: Phrase[] = [];
  for (const [when, list] of FAMILIES) {
    if (!when.test(t)) continue;
    for (const w of list.split(', ')) {
      const p = compilePhrase(w);
      if (p) out.push(p);
    }
  }
  return out;
}

export interface Reach {
  /** 1 or more: clearly there. Each specific word counts 1, each broad word 0.35, a whole phrase 1. */
  score: number;
  /** The user's words found, for reasons. */
  found: string[];
}

const BROAD = 0.35;

/** How much of `phrases` a person's `fields` show, each matched word counted once. */
export function reachIn(phrases: Phrase[], fields: Field[], where: readonly Where[]): Reach {
  const got = new Map<string, number>();
  const found: string[] = [];
  let whole = false;
  for (const f of fields) {
    if (!where.includes(f.where)) continue;
    const w = f.where === 'skills' ? 0.5 : 1;
    for (const p of phrases) {
      const present = p.stems.filter((s) => f.stemSet.has(s));
      if (!present.length) continue;
      const all =
        present.length === p.stems.length && (p.stems.length === 1 || findRun(f.stems, p.needle) >= 0);
      // Part of a phrase counts only through its specific words: "data" of "data science" is not
      // data science, but "ux" of "ux research" is UX.
      const counted = all ? present : present.filter((s) => weightOf(s) === 1);
      if (!counted.length) continue;
      if (all && p.stems.length > 1) whole = true;
      if (!found.includes(p.text) && found.length < 3 && (all || counted.length)) found.push(p.text);
      for (const s of counted) {
        const v = (weightOf(s) === 1 ? 1 : BROAD) * w;
        got.set(s, Math.max(got.get(s) ?? 0, v));
      }
    }
  }
  let score = 0;
  for (const v of got.values()) score += v;
  // A whole phrase of two or more words ("product design") is there, even when each word is broad.
  return { score: whole ? Math.max(1, score + 0.3) : score, found };
}
