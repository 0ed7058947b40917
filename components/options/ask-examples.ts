import type { NeedId } from '../../lib/domain';

// Placeholders that show what "specific" means: a concrete piece of work or moment, a person who
// could help with it, and a size of ask. Written for this product; fictional situations.
const EXAMPLES: Record<string, string> = {
  'professional-development': 'e.g. How to move from analyst to product manager within two years',
  'emotional-support': 'e.g. Someone to talk to once a month while I lead my first team through a reorg',
  community: 'e.g. A small group of early-career data people in Lyon who meet for coffee',
  accountability: 'e.g. A fortnightly check-in on finishing my thesis chapters by June',
  sponsorship: 'e.g. A senior voice who would put me forward for the regional lead role',
  networks: 'e.g. An introduction to two people who run clinical trials in Germany',
  'project-feedback': 'e.g. Feedback on my paper on clinical risk models before I submit it in March',
  'role-models': 'e.g. Someone who went from engineer to founder without an MBA',
  'safe-space': 'e.g. Someone outside healthcare to think out loud with about leaving my job',
};

export function askExample(id: NeedId): string {
  return EXAMPLES[id] ?? 'e.g. One concrete thing someone could help you with this quarter';
}
