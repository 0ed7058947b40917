import type { BuiltInNeedId } from '../domain';
import type { Field } from './profile-text';
import { fold } from './text';

// Role words that suggest a person can meet a need, in the languages cheap to cover. Matched on
// whole folded words (not stems) so "organiser" never meets "organisation". A bare "coach" is
// often a trade ("Python coach", "agile coach"): it teaches and holds to plans, it is no listener.
const ROLES: Record<BuiltInNeedId, string> = {
  'professional-development':
    'mentor, coach, career coach, trainer, instructor, teacher, educator, learning and development, formateur, formatrice, formador, formadora, ausbilder, dozent, dozentin',
  'emotional-support':
    'life coach, executive coach, leadership coach, career coach, wellbeing coach, certified coach, therapist, psychotherapist, counsellor, counselor, psychologist, psychologue, psychologe, psychologin, psicologo, psicologa, therapeut, therapeutin, terapeuta, chaplain, wellbeing, well being, mental health, mentor',
  community:
    'community manager, community lead, community builder, community organiser, meetup, meetup organiser, organiser, erg lead, employee resource group, employee network, chapter lead, network lead, collective, comunidad, comunidade, communaute, community',
  accountability:
    'accountability, accountability coach, accountability partner, coach, life coach, executive coach, program manager, programme manager, project manager, scrum master, delivery manager, chef de projet, projektleiter, projektleiterin, gerente de projetos, jefe de proyecto',
  sponsorship:
    'sponsor, executive sponsor, board member, board director, non executive director, managing partner, talent development, advocate',
  networks:
    'recruiter, recruiting, talent acquisition, headhunter, executive search, investor, venture capital, vc, angel investor, venture partner, general partner, conference organiser, events, connector, business development, partnerships, reclutador, reclutadora, recrutador, recrutadora, recruteur, recruteuse, personalberater, investidor, inversor, investisseur',
  'project-feedback':
    'editor, reviewer, peer reviewer, professor, associate professor, lecturer, principal engineer, staff engineer, distinguished engineer, architect, researcher, research scientist, scientist, phd, postdoc, author, professeur, profesor, profesora, professora, redakteur, herausgeber, editora, redacteur',
  'role-models': 'speaker, keynote speaker, author, founder, fellow, award winning, board member',
  'safe-space':
    'life coach, executive coach, leadership coach, certified coach, mentor, therapist, counsellor, counselor, psychologist, facilitator, mediator, ombudsperson',
};

/** What a role says about a need, in a reason: "Headline says 'coach': used to listening". */
export const ROLE_HINT: Record<BuiltInNeedId, string> = {
  'professional-development': 'teaches the craft',
  'emotional-support': 'used to listening',
  community: 'brings people together',
  accountability: 'keeps people to their plans',
  sponsorship: 'used to putting names forward',
  networks: 'knows many people',
  'project-feedback': 'reviews work for a living',
  'role-models': 'a visible example',
  'safe-space': 'used to listening in confidence',
};

/** One role, its folded words and their plurals, and the needs it speaks to. */
interface Role {
  role: string;
  needs: BuiltInNeedId[];
  words: string[];
  plurals: string[];
}

const byRole = new Map<string, Role>();
// First word → the roles starting with it, longest first, so "life coach" wins over "coach" at one
// place. Roles and their plurals are worked out here once: every word of a profile is looked up.
const byFirst = new Map<string, Role[]>();
for (const [need, list] of Object.entries(ROLES) as [BuiltInNeedId, string][]) {
  for (const key of list.split(', ').map(fold)) {
    let role = byRole.get(key);
    if (!role) {
      const ws = key.split(' ');
      role = { role: key, needs: [], words: ws, plurals: ws.map((w) => `${w}s`) };
      byRole.set(key, role);
      for (const first of [ws[0]!, `${ws[0]}s`]) {
        byFirst.set(
          first,
          [...(byFirst.get(first) ?? []), role].sort((a, b) => b.words.length - a.words.length),
        );
      }
    }
    role.needs.push(need);
  }
}

function startsAt(ws: string[], i: number, r: Role): boolean {
  for (let k = 0; k < r.words.length; k++) {
    const w = ws[i + k];
    if (w !== r.words[k] && w !== r.plurals[k]) return false;
  }
  return true;
}

/** Roles named in one field, each with the needs it speaks to (shared: do not change them). */
export function rolesIn(f: Field): readonly { role: string; needs: readonly BuiltInNeedId[] }[] {
  const out: Role[] = [];
  const ws = f.words;
  for (let i = 0; i < ws.length; i++) {
    const candidates = byFirst.get(ws[i]!);
    if (!candidates) continue;
    const found = candidates.find((r) => startsAt(ws, i, r));
    if (!found) continue;
    if (!out.includes(found)) out.push(found);
    i += found.words.length - 1;
  }
  return out;
}
