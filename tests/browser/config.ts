import { DEFAULT_SETTINGS, type Person } from '../../lib/domain';
import { defaultNeeds } from '../../lib/needs-catalog';
import { person as basePerson } from '../pipeline/factories';

// The fictional user of the browser tests: Tova Lind, a senior data scientist who wants feedback on
// a forecasting paper, a community outside work and a sponsor. Any likeness is accidental.
export const TOVA_BACKUP = {
  format: 'constellation-backup',
  version: 1,
  self: {
    name: 'Tova Lind',
    organization: 'Harbor Analytics',
    field: 'Data Science',
    seniority: 'senior',
    goal: 'Lead a forecasting team at a public research institute',
    success: 'A paper accepted and a team of three',
    offers: ['Python training', 'dashboard design'],
    wants: ['grant writing', 'public speaking'],
    location: 'Bergen, Norway',
    formats: ['video', 'coffee'],
    premium: false,
  },
  needs: defaultNeeds().map((need) =>
    need.id === 'project-feedback'
      ? {
          ...need,
          ask: 'Feedback on my paper on flood forecasting models',
          keywords: ['time series', 'forecasting'],
        }
      : need.id === 'professional-development'
        ? { ...need, status: 'met' as const }
        : need,
  ),
  people: [],
  outreach: [],
  settings: { ...DEFAULT_SETTINGS, onboarded: true },
};

/**
 * Tova with tags drawn on LinkedIn's pages (the opt-in page display), for the tests and
 * benchmarks of the in-page panel and chips; the default display is the side panel.
 */
export const TOVA_ON_PAGE = {
  ...TOVA_BACKUP,
  settings: { ...TOVA_BACKUP.settings, display: 'page' as const },
};

export const ORIANE = { slug: 'oriane-castell-fictional', name: 'Oriane Castell' };
export const BASHIR = { slug: 'bashir-lund-fictional', name: 'Bashir Lund' };
export const HOSTILE = { slug: 'hostile-name-fictional' };

/** A fictional person as the pipeline stores them, for seeding through a backup import. */
export function person(slug: string, name: string, patch: Partial<Person> = {}): Person {
  const at = new Date().toISOString();
  return basePerson(slug, {
    name,
    headline: 'Director of Forecasting at a fictional institute',
    company: 'Fictional Institute',
    degree: 2,
    needs: ['project-feedback'],
    createdAt: at,
    updatedAt: at,
    ...patch,
  });
}
