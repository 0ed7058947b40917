import type { NeedId, Profile, Tag } from '../domain';
import { clean, clipWords, hash, headlineRole, joinList, lowerFirst } from './text';

// Why this person, in words one would send: the matcher's reasons are written for the user
// ("outside your organisation and field: confidante"), so they are turned around, never quoted.

export interface Why {
  /** One sentence naming something specific about them. */
  core: string;
  /** A second sentence from the matcher's signals (more senior, outside, peer); may be ''. */
  detail: string;
  /** A compact form for connection notes. */
  short: string;
  /** False when nothing about them is known: the sentence is then a marked gap. */
  known: boolean;
}

const QUOTED = /(?:^|[\s(])['‘"“]([^'‘’"“”]{2,60})['’"”](?!\p{L})/gu;
const SIGNALS: [RegExp, string][] = [
  [/outside/i, "Coming from outside my organisation and field, you'd see it without our blind spots."],
  [
    /senior|ahead|director|executive|head of|experienced/i,
    "You've already made the kind of move I'm working toward.",
  ],
  [/peer|similar|same level/i, "We're at a similar stage, so I think this could work both ways."],
];

function keywords(tags: Tag[]): string[] {
  const found: string[] = [];
  for (const tag of tags)
    for (const reason of tag.reasons)
      for (const m of reason.matchAll(QUOTED)) {
        const kw = clean(m[1]);
        if (kw && !found.some((f) => f.toLowerCase() === kw.toLowerCase())) found.push(kw);
      }
  return found.slice(0, 2);
}

export function whyThisPerson(person: Partial<Profile>, tags: Tag[], lead: NeedId | undefined): Why {
  // Reasons for the need being asked about come first; others still say something true.
  const ordered = [...tags].sort((a, b) => Number(b.need === lead) - Number(a.need === lead));
  const kws = keywords(ordered)
    .map((k) => clipWords(k, 40))
    .filter(Boolean);
  let role = headlineRole(person.headline);
  const company = clipWords(clean(person.company), 40);
  if (role && company && !role.toLowerCase().includes(company.toLowerCase())) role = `${role} at ${company}`;
  role = clipWords(role, 80);
  const as = role ? (/^\p{L}+ing\b/u.test(role) ? `on ${lowerFirst(role)}` : `as ${role}`) : '';
  const kw = joinList(kws);
  const seed = hash(person.slug ?? '');
  const reasons = ordered.flatMap((t) => t.reasons).join(' ');
  const detail = SIGNALS.find(([re]) => re.test(reasons))?.[1] ?? '';
  if (!as && !kw) {
    const gap = '[one specific thing from their profile]';
    return { core: `I'm writing because of ${gap}.`, detail, short: `I noticed ${gap}.`, known: false };
  }
  const cores = [
    as && kw ? `Your work ${as}, especially with ${kw}, is why I'm writing to you.` : '',
    as && kw ? `I'm writing because of your work ${as} and your experience with ${kw}.` : '',
    as && !kw ? `Your work ${as} is why I'm writing to you.` : '',
    as && !kw ? `I'm writing because of your work ${as}.` : '',
    !as && kw ? `Your experience with ${kw} is why I'm writing to you.` : '',
    !as && kw ? `I'm writing because of your experience with ${kw}.` : '',
  ].filter(Boolean);
  const core = cores[seed % cores.length]!;
  const short = kw ? `Your experience with ${kws[0]} stood out to me.` : `Your work ${as} stood out to me.`;
  return { core, detail, short, known: true };
}
