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

// The first request, said to a person (issue 18), in the shape each need asks for: sponsorship asks
// for advice and visibility, not for sponsorship; a safe space is a confidential first conversation
// with a stated purpose; peers and accountability propose a rhythm to try; role models are asked
// how they made the step. Nobody is asked to *be* a role.
const REQUESTS: Record<string, string> = {
  'professional-development':
    'e.g. Could you tell me what you would learn first if you were moving from analyst to product manager?',
  'emotional-support':
    'e.g. Would you be open to a coffee to hear how you handled your first reorg as a new manager?',
  community:
    'e.g. Would you join three or four of us for a coffee once a month, starting with one in March to see if it clicks?',
  accountability:
    'e.g. Shall we try a 15-minute check-in every two weeks until June, each naming one goal and reporting back?',
  sponsorship:
    'e.g. Could I ask your advice on how the regional lead role will be filled and what would make me a strong candidate?',
  networks: 'e.g. Could you suggest one or two people running clinical trials in Germany I should talk to?',
  'project-feedback':
    'e.g. Would you read my draft on clinical risk models and tell me where the argument is weakest?',
  'role-models': 'e.g. How did you decide you were ready to leave engineering and found a company?',
  'safe-space':
    'e.g. Would you be open to a confidential coffee to talk through whether to leave my job? It would stay between us.',
};

export function askExample(id: NeedId): string {
  return EXAMPLES[id] ?? 'e.g. One concrete thing someone could help you with this quarter';
}

export function requestExample(id: NeedId): string {
  return REQUESTS[id] ?? 'e.g. Could I ask you one question about how you did it, over a 20-minute call?';
}
