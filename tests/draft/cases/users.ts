import { DEFAULT_SETTINGS, EMPTY_SELF, type Need, type NeedId, type SelfProfile } from '../../../lib/domain';

// Fictional users for the drafter's table (issue 18): different fields and countries, each with all
// nine needs filled in the way people write them for themselves (a person sought, a thing, an
// activity, a capital at the start), some with the first request written out.

export interface CaseUser {
  id: string;
  self: SelfProfile;
  needs: Need[];
}

type Row = [NeedId, string, string?];

function needs(rows: Row[]): Need[] {
  return rows.map(([id, ask, request]) => ({
    id,
    status: 'unmet',
    ask,
    keywords: [],
    ...(request ? { request } : {}),
  }));
}

/** The user of the report: a senior data scientist in Lisbon. Tuned on. */
export const INES: CaseUser = {
  id: 'ines',
  self: {
    ...EMPTY_SELF,
    name: 'Inês Carvalho',
    organization: 'Marélia Saúde',
    field: 'Data science',
    seniority: 'senior',
    goal: 'Lead an ML team in a hospital group within two years',
    success: 'A team of five shipping models clinicians trust',
    offers: ['Code review in Python', 'help with grant applications'],
    wants: ['people management'],
    location: 'Lisbon, Portugal',
    formats: ['video', 'coffee'],
  },
  needs: needs([
    ['professional-development', 'Learn to manage people (hiring, one-to-ones, giving hard feedback)'],
    ['emotional-support', 'Someone to talk to once a month while I lead my first team through a reorg'],
    ['community', 'Other women in health data science in Lisbon who meet now and then'],
    ['accountability', 'One or two peers to check in with every other week on my writing goals'],
    ['sponsorship', 'A senior leader who would advocate for me for an ML team-lead role'],
    ['networks', 'Introductions to people running data teams in Spanish hospitals'],
    ['project-feedback', 'Expert feedback on my paper draft about the calibration of readmission models'],
    ['role-models', 'Someone who went from individual contributor to head of data in healthcare'],
    [
      'safe-space',
      'A confidante outside Marélia Saúde and outside data science to talk through whether to stay in management',
    ],
  ]),
};

/** A product designer in Accra, some requests written out. Tuned on. */
export const KWAME: CaseUser = {
  id: 'kwame',
  self: {
    ...EMPTY_SELF,
    name: 'Kwame Mensah',
    organization: 'Sankofa Pay',
    field: 'Product design',
    seniority: 'mid',
    goal: 'Become a design lead at a fintech by 2027',
    success: 'Leading a team of three designers',
    offers: ['Feedback on user research plans', 'intros to the Accra design meetup'],
    wants: ['design leadership'],
    location: 'Accra, Ghana',
    formats: ['video'],
  },
  needs: needs([
    [
      'professional-development',
      'Getting better at presenting design work to executives',
      'Would you tell me how you prepare when you present design work to executives?',
    ],
    ['emotional-support', 'support while I recover from burnout'],
    ['community', 'a small circle of designers working on payments in West Africa'],
    ['accountability', 'A weekly nudge to finish my portfolio case studies by the end of May'],
    ['sponsorship', 'being put forward for the design lead position when it opens'],
    ['networks', 'An introduction to product leaders at pan-African fintechs'],
    [
      'project-feedback',
      'A critical read of the onboarding flow I redesigned',
      'Would you look at the onboarding flow I redesigned and tell me what you would cut?',
    ],
    ['role-models', 'The move from agency work into an in-house design team'],
    ['safe-space', 'Someone outside fintech to think out loud with about asking for a raise'],
  ]),
};

/** A civil engineer in Tampere. Held out: never tuned on (issue 18's "users the team never saw"). */
export const HANNA: CaseUser = {
  id: 'hanna',
  self: {
    ...EMPTY_SELF,
    name: 'Hanna Virtanen',
    organization: 'Koivu Infra Oy',
    field: 'Civil engineering',
    seniority: 'manager',
    goal: 'Move into a regional director role',
    success: 'Running the northern region with a healthy order book',
    offers: ['Advice on tendering for public projects', 'site visits for students'],
    wants: ['board governance'],
    location: 'Tampere, Finland',
    formats: ['video', 'coffee'],
    premium: false,
  },
  needs: needs([
    ['professional-development', 'Negotiating contracts with municipal clients'],
    ['emotional-support', 'Someone who has been through a difficult project failure'],
    ['community', 'engineers who care about timber construction'],
    ['accountability', 'Finishing my chartered engineer application by September'],
    [
      'sponsorship',
      'A sponsor who can vouch for me for the regional director post',
      'Could I ask how the regional director post will be filled, and what would make me a credible candidate?',
    ],
    ['networks', 'contacts in Norwegian rail infrastructure'],
    ['project-feedback', 'Review of my bridge retrofit proposal before the tender in October'],
    ['role-models', 'An engineer who moved into a board-level role'],
    ['safe-space', 'Talking through a conflict with my manager with someone neutral'],
  ]),
};

export const TUNING_USERS = [INES, KWAME];
export const HELD_OUT_USERS = [HANNA];
export { DEFAULT_SETTINGS };
