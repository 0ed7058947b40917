import type { BuiltInNeedId } from '../domain';
import type { Hit } from './phrase-match';
import { WHERE_NAME } from './profile-text';
import { ROLE_HINT } from './roles';
import { SENIORITY_NAME } from './seniority';
import type { Signals } from './signals';

/** One piece of evidence for a tag: how much it adds, why, and the key feedback weights it by. */
export interface Contribution {
  value: number;
  reason: string;
  key: string;
}

const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function quoteHit(h: Hit): string {
  return h.full ? `'${h.phrase.text}'` : `'${h.found.join("', '")}'`;
}

/** "Lists 'grant writing', which you want to learn" and friends. */
export function wantReason(h: Hit): string {
  if (h.full && h.where === 'skills') return `Lists '${h.phrase.text}', which you want to learn`;
  return `${WHERE_NAME[h.where]} ${h.full ? 'mentions' : 'touches on'} ${quoteHit(h)}, which you want to learn`;
}

/**
 * What the shape of the person (rank, organisation, field, reach, roles) adds to each built-in need.
 * Numbers are calibrated against tests/match/calibration.test.ts: one strong signal alone stays
 * under 0.5; "worth your attention" takes two that agree, or one the user asked for by name.
 */
const ROLE_STRENGTH: Record<BuiltInNeedId, number> = {
  'professional-development': 0.3,
  'emotional-support': 0.42,
  community: 0.4,
  accountability: 0.35,
  sponsorship: 0.3,
  networks: 0.4,
  'project-feedback': 0.22,
  'role-models': 0.25,
  'safe-space': 0.3,
};

export function structural(need: BuiltInNeedId, s: Signals): Contribution[] {
  const out: Contribution[] = [];
  function add(value: number, key: string, reason: string) {
    out.push({ value, reason, key: `signal:${need}:${key}` });
  }
  const rel = s.relative;
  const above = rel?.rel === 'more-senior';
  const peer = rel?.rel === 'peer';
  const levelName = s.level ? SENIORITY_NAME[s.level] : '';
  const seniorReason = `${levelName}: more senior than you`;
  const peerReason = `${levelName}, like you: a peer`;
  const confidante = s.org === 'different' && s.field === 'different';
  const topLevel = s.level === 'director' || s.level === 'executive';

  // A second role word for the same need ("recruiter", "talent acquisition") adds a little.
  for (const [i, role] of (s.roles.get(need) ?? []).entries()) {
    const value = ROLE_STRENGTH[need] * (role.strong ? 1 : 0.45) * (i === 0 ? 1 : 0.35);
    out.push({
      value,
      key: `role:${role.role}`,
      reason: `${WHERE_NAME[role.where]} says '${role.role}': ${ROLE_HINT[need]}`,
    });
  }

  switch (need) {
    case 'professional-development':
      if (above && s.field === 'same') add(0.3, 'more-senior-same-field', `${seniorReason}, in your field`);
      else if (above && (rel?.gap ?? 0) >= 2) add(0.1, 'more-senior', seniorReason);
      for (const w of s.wants) out.push({ value: 0.5 * w.score, key: w.phrase.key, reason: wantReason(w) });
      for (const g of s.goal) out.push({ value: 0.25 * g.score, key: g.phrase.key, reason: goalReason(g) });
      if (s.offersSought.length) add(0.15, 'reciprocal', reciprocalReason(s));
      break;
    case 'emotional-support':
      if (confidante) add(0.15, 'confidante', 'Outside your organisation and field: a possible confidante');
      else if (s.org === 'different')
        add(0.08, 'outside-org', 'Outside your organisation: nothing at stake at work');
      if (peer) add(0.1, 'peer', peerReason);
      break;
    case 'community':
      if (peer) add(0.15, 'peer', peerReason);
      if (s.field === 'same') add(0.15, 'same-field', 'Works in your field');
      if (s.offersSought.length) add(0.15, 'reciprocal', reciprocalReason(s));
      break;
    case 'accountability':
      if (peer) add(0.22, 'peer', peerReason);
      if (s.offersSought.length) add(0.15, 'reciprocal', reciprocalReason(s));
      break;
    case 'sponsorship': {
      // Sponsorship is institutional: rank counts most inside the user's organisation or field.
      const near = s.org === 'same' ? 1 : s.field === 'same' ? 0.8 : 0.5;
      if (above && (rel?.gap ?? 0) >= 2) add(0.25 * near, 'more-senior', seniorReason);
      if (topLevel && (above || !rel))
        add(0.2 * near, 'top-level', `${levelName}: has the standing to sponsor`);
      if (above && s.org === 'same')
        add(0.3, 'same-org', 'Inside your organisation and more senior: can put your name forward');
      else if (above && s.field === 'same') add(0.12, 'same-field', 'More senior in your field');
      break;
    }
    case 'networks':
      if (s.followers >= 10_000) add(0.3, 'reach', `${thousands(s.followers)} followers: wide reach`);
      else if (s.followers >= 2_000) add(0.15, 'reach', `${thousands(s.followers)} followers: good reach`);
      if (s.manyConnections) add(0.08, 'connections', '500+ connections');
      if (s.degree === 2 && s.mutual >= 3)
        add(
          s.mutual >= 10 ? 0.15 : 0.08,
          'warm-path',
          `2nd degree with ${thousands(s.mutual)} mutual connections: ask for an introduction`,
        );
      if (above && (rel?.gap ?? 0) >= 2) add(0.1, 'more-senior', seniorReason);
      break;
    case 'project-feedback':
      if (s.field === 'same') add(0.1, 'same-field', 'Works in your field');
      if (above && s.field === 'same') add(0.1, 'more-senior', seniorReason);
      break;
    case 'role-models':
      if (above && s.field === 'same')
        add(0.35, 'more-senior-same-field', `${seniorReason}, in your field: a few steps ahead`);
      else if (above && (rel?.gap ?? 0) >= 2) add(0.1, 'more-senior', seniorReason);
      if (s.followers >= 5_000) add(0.1, 'reach', `${thousands(s.followers)} followers: a visible voice`);
      for (const g of s.goal) out.push({ value: 0.45 * g.score, key: g.phrase.key, reason: goalReason(g) });
      break;
    case 'safe-space':
      if (confidante) add(0.28, 'confidante', 'Outside your organisation and field: a possible confidante');
      break;
  }
  // Safe space means away from work: a role inside the user's organisation does not give it.
  if (need === 'safe-space' && s.org === 'same') for (const c of out) c.value *= 0.4;
  return out;
}

function goalReason(h: Hit): string {
  return `${WHERE_NAME[h.where]} ${h.full ? 'matches' : 'touches on'} where you want to go: ${quoteHit(h)}`;
}

export function reciprocalReason(s: Signals): string {
  const o = s.offersSought[0];
  return o ? `${WHERE_NAME[o.where]} mentions wanting '${o.phrase.text}', which you offer` : '';
}
