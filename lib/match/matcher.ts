import type { BuiltInNeedId, Card, Label, MatchResult, NeedId, Profile, Tag, UserConfig } from '../domain';
import { DEFAULT_SETTINGS, EMPTY_SELF, LABELS } from '../domain';
import { type Compiled, type CompiledNeed, compile } from './compile';
import type { Contribution, Evidence, Rule } from './evidence';
import { noWeights, weightFor, weightReason } from './feedback';
import { labelsFor } from './labels';
import { bestHit, quoteHit } from './phrase-match';
import { cardToProfile, type Prepared, prepareProfile, WHERE_NAME } from './profile-text';
import { accountability, community, emotionalSupport, networks, safeSpace } from './rules-people';
import { development, feedback, roleModels, sponsorship } from './rules-work';
import { readSignals, type Signals } from './signals';

/** A tag with the evidence keys that made it: pass them to `applyFeedback` on confirm/reject. */
export interface DetailedTag extends Tag {
  evidence: string[];
}

export interface DetailedMatch {
  tags: DetailedTag[];
  labels: Label[];
  /** Why each label applies, in plain words. */
  labelReasons: Partial<Record<Label, string>>;
}

export interface Matcher {
  profile(p: Profile, rejected?: NeedId[]): MatchResult;
  card(c: Card): MatchResult;
  detailed(p: Profile, rejected?: NeedId[]): DetailedMatch;
  detailedCard(c: Card): DetailedMatch;
}

/** Below this a tag is not shown at all; 0.5 and above is "worth your attention". */
export const FLOOR = 0.3;
const MAX_REASONS = 4;
// Where a topic word is most telling: a headline or title says what someone does all day.
const TOPIC_WEIGHTS = { headline: 1, title: 1, past: 0.8, skills: 0.85, about: 0.75 };

const RULES: Record<BuiltInNeedId, Rule> = {
  sponsorship,
  'role-models': roleModels,
  'professional-development': development,
  'project-feedback': feedback,
  'safe-space': safeSpace,
  'emotional-support': emotionalSupport,
  accountability,
  community,
  networks,
};

/** A need the user added has no kind of its own: its name, keywords and ask are the evidence. */
function custom(n: CompiledNeed, p: Prepared): Evidence | null {
  const parts: Contribution[] = [];
  for (const [phrases, base] of [
    [n.keywords, 0.6],
    [n.subject, 0.55],
  ] as const) {
    for (const phrase of phrases) {
      const h = bestHit(phrase, p.fields, TOPIC_WEIGHTS);
      if (!h || h.score < 0.05 || parts.some((c) => c.key === phrase.key)) continue;
      const reason = h.full
        ? h.where === 'skills'
          ? `Lists '${phrase.text}' among skills, a keyword for ${n.name}`
          : `${WHERE_NAME[h.where]} mentions '${phrase.text}', a keyword for ${n.name}`
        : `${WHERE_NAME[h.where]} touches on ${n.name}: ${quoteHit(h)}`;
      parts.push({ value: base * h.score, reason, key: phrase.key });
    }
  }
  return parts.length ? { parts, because: `${parts[0]!.reason}.` } : null;
}

/** `weights` is null when there are none: most users have given no feedback yet. */
function tagFor(
  n: CompiledNeed,
  c: Compiled,
  s: Signals,
  weights: Record<string, number> | null,
): DetailedTag | null {
  const found = n.builtIn ? RULES[n.builtIn](n, s, c) : custom(n, s.p);
  if (!found) return null;
  let miss = 1;
  const weighed: { value: number; reason: string }[] = [];
  const extra: string[] = [];
  for (const part of found.parts) {
    const w = weights ? weightFor(weights, part.key) : 1;
    const value = Math.min(0.9, part.value * w);
    miss *= 1 - value;
    weighed.push({ value, reason: part.reason });
    const why = weights ? weightReason(part.key, w) : null;
    if (why && !extra.includes(why)) extra.push(why);
  }
  const strength = Math.round((1 - miss) * n.factor * 100) / 100;
  if (strength < FLOOR) return null;
  // The required evidence first, then the rest by how much each adds.
  const [first, ...rest] = weighed;
  rest.sort((a, b) => b.value - a.value);
  const reasons = [first!, ...rest].slice(0, MAX_REASONS).map((r) => r.reason);
  if (n.factor < 1) reasons.push(`${n.name} is partly met already`);
  return {
    need: n.id,
    strength,
    reasons: [...reasons, ...extra.slice(0, 2)],
    because: found.because,
    evidence: found.parts.map((x) => x.key),
  };
}

function run(c: Compiled, profile: Profile, rejected: readonly NeedId[]): DetailedMatch {
  const p = prepareProfile(profile);
  if (!p.hasText) return { tags: [], labels: [], labelReasons: {} };
  const s = readSignals(c, profile, p);
  const tags: DetailedTag[] = [];
  const weights = noWeights(c.weights) ? null : c.weights;
  for (const n of c.needs) {
    if (rejected.includes(n.id)) continue;
    const tag = tagFor(n, c, s, weights);
    if (tag) tags.push(tag);
  }
  // Stable order for equal strengths: the user's own order of needs.
  tags.sort((a, b) => b.strength - a.strength);
  const labelReasons = labelsFor(s, p.byWhere.skills !== undefined);
  return { tags, labels: LABELS.filter((l) => labelReasons[l]), labelReasons };
}

const plain = (d: DetailedMatch): MatchResult => ({
  tags: d.tags.map(({ need, strength, reasons, because }) =>
    because ? { need, strength, reasons, because } : { need, strength, reasons },
  ),
  labels: d.labels,
});

/** Works out the per-user part once; use it when tagging many profiles or cards. */
export function createMatcher(config: UserConfig): Matcher {
  let c: Compiled;
  try {
    c = compile(config);
  } catch {
    // A configuration we cannot read tags nothing rather than breaking the page.
    c = compile({ self: EMPTY_SELF, needs: [], settings: DEFAULT_SETTINGS });
  }
  const detailed = (p: Profile, rejected: NeedId[] = []) => {
    try {
      return run(c, p, Array.isArray(rejected) ? rejected : []);
    } catch {
      // Page text is untrusted and the page must never break: a profile we cannot read gets no tags.
      return { tags: [], labels: [], labelReasons: {} };
    }
  };
  const detailedCard = (card: Card) => detailed(cardToProfile(card));
  return {
    detailed,
    detailedCard,
    profile: (p, rejected) => plain(detailed(p, rejected)),
    card: (card) => plain(detailedCard(card)),
  };
}
