// Fictional people and a fictional user for the matcher tests. Any likeness is accidental.
import {
  DEFAULT_SETTINGS,
  EMPTY_SELF,
  type Need,
  type Profile,
  type SelfProfile,
  type UserConfig,
} from '../../lib/domain';
import { defaultNeeds } from '../../lib/needs-catalog';

export function person(over: Partial<Profile> = {}): Profile {
  return {
    slug: 'fictional-person',
    name: 'Fictional Person',
    headline: null,
    location: null,
    company: null,
    degree: null,
    followers: null,
    connections: null,
    mutualConnections: null,
    about: null,
    experience: [],
    skills: [],
    ...over,
  };
}

/** Mara Quill: a senior biostatistician at Northwind Health. */
export const MARA: SelfProfile = {
  ...EMPTY_SELF,
  name: 'Mara Quill',
  organization: 'Northwind Health',
  field: 'Biostatistics',
  seniority: 'senior',
  goal: 'Become head of biostatistics at a research hospital',
  offers: ['R programming', 'statistical consulting'],
  wants: ['grant writing', 'public speaking'],
};

export const MARA_NEEDS: Need[] = defaultNeeds().map((n) =>
  n.id === 'project-feedback'
    ? { ...n, ask: 'Feedback on my paper on clinical risk models', keywords: ['survival analysis'] }
    : n,
);

export function config(over: Partial<UserConfig> = {}, self: Partial<SelfProfile> = {}): UserConfig {
  return { self: { ...MARA, ...self }, needs: MARA_NEEDS, settings: DEFAULT_SETTINGS, ...over };
}

/** Only the given needs, with their status. */
export function needs(list: Partial<Need>[]): Need[] {
  return list.map((n) => ({ id: 'project-feedback', status: 'unmet', ask: '', keywords: [], ...n }) as Need);
}
