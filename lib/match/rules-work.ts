// The needs about work itself: sponsorship, role models, professional development and feedback on
// a project. Each rests on the kind of evidence its need requires (issue 16, the seeds).
import { SENIORITIES, type Seniority } from '../domain';
import {
  type Contribution,
  combined,
  cue,
  type Evidence,
  found,
  goalPhrase,
  key,
  quoted,
  type Rule,
  roleAt,
  yours,
} from './evidence';

const rank = (l: Seniority | null) => (l ? SENIORITIES.indexOf(l) : -1);
const words = (list: string[]) => list.map((w) => `'${w}'`).join(', ');

/** Standing, and reach into the user's goal: their organisation, or the goal's function. */
export const sponsorship: Rule = (n, s) => {
  if (!s.standing) return null;
  const inside = s.org === 'same';
  const reaches = s.reach.score >= 1;
  if (!inside && !reaches) return null;
  const who = roleAt(s);
  const parts: Contribution[] = [];
  if (inside)
    parts.push({
      value: 0.55,
      key: key('sponsorship', 'same-org'),
      reason: `${who}, in your organisation: senior enough to speak up for you there`,
    });
  if (reaches)
    parts.push({
      value: inside ? 0.2 : 0.5,
      key: key('sponsorship', 'reach'),
      reason: `Senior in ${words(s.reach.found.slice(0, 2))}, where your goal lies: could put your name forward`,
    });
  if (s.industry.score >= 1)
    parts.push({
      value: 0.2,
      key: key('sponsorship', 'industry'),
      reason: `Works in ${words(s.industry.found)}, the industry you are aiming for`,
    });
  const where = inside ? 'in your organisation' : `in ${s.reach.found.slice(0, 2).join(' and ')}`;
  return {
    parts,
    because: `As ${who}, they have the standing ${where} to put your name forward.`,
  };
};

/** A few steps ahead on the user's stated path: its words in their titles, at a higher rank. */
export const roleModels: Rule = (_n, s, c) => {
  if (s.groupFounder || s.relative?.rel !== 'more-senior' || s.path.score < 1) return null;
  if (c.goalLevel && rank(s.level) < rank(c.goalLevel)) return null;
  const who = roleAt(s);
  const path = c.goalText ? `on your way to ${goalPhrase(c.goalText)}` : 'on your path';
  return {
    parts: [{ value: 0.55, key: key('role-models', 'path'), reason: `${who}: a few steps ahead ${path}` }],
    because: `As ${who}, they are a few steps ahead of you ${path}.`,
  };
};

// "managers", "leadership", "first-time manager": teaching that is about managing people.
const MANAGING =
  /\bmanagers\b|\bmanagement\b|\bleadership\b|\bmanaging\b|\bdelegat|\bfirst-time manager|\bnew manager|\bmanager of people|\bone-to-ones\b|\bteam leads\b/;

/** Teaches what the user wants to learn, or demonstrably does it. */
export const development: Rule = (n, s, c) => {
  const teaches = cue(s, 'teach').length > 0 || cue(s, 'coach').length > 0;
  const parts: Contribution[] = [];
  // What they show beyond a skills list, of the ask and of what the user wants to learn.
  const all = found(
    [...n.subject, ...c.wants.filter((w) => !n.subject.some((x) => x.needle === w.needle))],
    s,
  ).filter((h) => h.where !== 'skills' && (h.full || h.score >= 0.3));
  let because = '';
  if (all.length) {
    const what = quoted(all);
    const value = Math.min(0.65, 0.35 + 0.3 * combined(all));
    parts.push({
      value: teaches ? value + 0.05 : value,
      key: all[0]!.phrase.key,
      reason: teaches
        ? `Teaches ${what}: what you want to learn`
        : `Does ${what} as their work: what you want to learn`,
    });
    because = `They ${teaches ? 'teach' : 'work in'} ${what.replace(/'/g, '')}, which you want to learn.`;
  }
  if (n.managing) {
    const text = `${s.p.headline} ${s.p.byWhere.about ? aboutText(s) : ''}`.toLowerCase();
    if (teaches && MANAGING.test(text)) {
      parts.push({
        value: 0.6,
        key: key('professional-development', 'teaches-managing'),
        reason: 'Coaches or trains people in managing a team: what you want to learn',
      });
      because ||= 'They coach or train people in managing a team, which you want to learn.';
    } else if (leads(s)) {
      parts.push({
        value: 0.5,
        key: key('professional-development', 'manages'),
        reason: `${roleAt(s)}: leads people in your line of work, the managing you want to learn`,
      });
      because ||= `As ${roleAt(s)}, they manage people in your line of work, which you want to learn to do.`;
    }
  }
  return parts.length ? { parts, because } : null;
};

function aboutText(s: Parameters<Rule>[1]): string {
  return s.p.byWhere.about?.words.join(' ') ?? '';
}

/** Runs a team in (or next to) the user's field: a manager or above who says so, or heads it. */
function leads(s: Parameters<Rule>[1]): boolean {
  if (rank(s.level) < rank('lead') || s.reach.score < 1) return false;
  if (s.leadsPeople) return true;
  // A director or head of the function in their title runs a team; a partner owns a firm.
  return (
    rank(s.level) >= rank('director') && s.path.score >= 1 && !/\bpartner\b/i.test(s.p.title || s.p.headline)
  );
}

/** Expertise in the ask's subject: as a practitioner, researcher, reviewer or editor. */
export const feedback: Rule = (n, s) => {
  const hits = found(n.subject, s);
  const shown = hits.filter((h) => h.where !== 'skills');
  const score = combined(hits);
  if (!shown.length || score < 0.5) return null;
  const what = quoted(hits);
  const ask = yours(n, 'your project');
  const parts: Contribution[] = [
    {
      value: Math.min(0.75, 0.3 + 0.4 * score),
      key: hits[0]!.phrase.key,
      reason: `Works on ${what}: the expertise ${ask} needs`,
    },
  ];
  if (cue(s, 'review').length)
    parts.push({
      value: 0.15,
      key: key('project-feedback', 'reviews'),
      reason: 'Reviews or edits others’ work: used to giving useful feedback',
    });
  const evidence: Evidence = {
    parts,
    because: `They work on ${what.replace(/'/g, '')}, the subject of ${ask}.`,
  };
  return evidence;
};
