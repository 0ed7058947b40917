import type { NeedId, Profile, Tag } from '../domain';
import { clean, clipWords, hash, headlineRole, joinList, lowerFirst, upperFirst } from './text';

// Why this person, in words one would send: the matcher's reasons are written for the user
// ("outside your organisation and field: confidante"), so they are turned around, never quoted.

export interface Why {
  /** One sentence naming something specific about them. */
  core: string;
  /** A second sentence from the matcher's signals (more senior, outside, peer); may be ''. */
  detail: string;
  /** A compact form for connection notes. */
  short: string;
  /** The shortest true thing: for a note with a long ask. */
  tiny: string;
  /** False when nothing about them is known: the sentence is then a marked gap. */
  known: boolean;
}

const QUOTED = /(?:^|[\s(,])['‘"“]([^'‘’"“”]{2,60})['’"”](?!\p{L})/gu;

// The matcher's reasons (lib/match/need-rules.ts) name what it found in quotes; where the quote
// sits says what it is: a role it read, something they want that the user offers, a step on the
// user's path, or a topic the user wants to learn.
const ROLE = /\bsays\s+['‘"“]/i;
const WANTS = /mentions wanting/i;
const PATH = /where you want to go/i;

const SIGNALS: [RegExp, string][] = [
  [
    /outside your organisation and field/i,
    "Coming from outside my organisation and field, you'd see it without our blind spots.",
  ],
  [/outside your organisation/i, "Being outside my organisation, you'd see it with fresh eyes."],
  [/more senior|a few steps ahead|standing to/i, "You've already made the kind of move I'm working toward."],
  [/\bpeer\b/i, "We're at a similar stage, so I think this could work both ways."],
  [/mutual connections/i, 'We share a few connections, so an introduction from you would be natural.'],
];

interface Read {
  learn: string[];
  path: string[];
  wants: string[];
}

function quotes(reason: string): string[] {
  return [...reason.matchAll(QUOTED)].map((m) => clipWords(clean(m[1]), 40)).filter(Boolean);
}

function readReasons(reasons: string[]): Read {
  const read: Read = { learn: [], path: [], wants: [] };
  for (const reason of reasons) {
    if (ROLE.test(reason)) continue;
    const into = WANTS.test(reason) ? read.wants : PATH.test(reason) ? read.path : read.learn;
    for (const q of quotes(reason)) if (!into.some((x) => x.toLowerCase() === q.toLowerCase())) into.push(q);
  }
  // "risk models" adds nothing beside "clinical risk models".
  const learn = read.learn.filter(
    (k, i) =>
      !read.learn.some((o, j) => j !== i && o.length > k.length && o.toLowerCase().includes(k.toLowerCase())),
  );
  return { learn: learn.slice(0, 2), path: read.path.slice(0, 1), wants: read.wants.slice(0, 1) };
}

export function whyThisPerson(person: Partial<Profile>, tags: Tag[], lead: NeedId | undefined): Why {
  // Reasons for the need being asked about; another need's reasons only when it has none.
  const relevant = tags.filter((t) => t.need === lead);
  const ordered = relevant.length ? relevant : tags;
  const reasons = ordered.flatMap((t) => t.reasons);
  const read = readReasons(reasons);
  let role = headlineRole(person.headline);
  const company = clipWords(clean(person.company), 40);
  if (role && company && !role.toLowerCase().includes(company.toLowerCase())) role = `${role} at ${company}`;
  role = clipWords(role, 80);
  const as = role ? (/^\p{L}+ing\b/u.test(role) ? `on ${lowerFirst(role)}` : `as ${role}`) : '';
  const what = read.learn.length
    ? `your experience with ${joinList(read.learn)}`
    : read.path[0]
      ? `your path into ${read.path[0]}`
      : '';
  const whatShort = read.learn[0] ? `your experience with ${read.learn[0]}` : what;
  const all = reasons.join(' ');
  const detail = read.wants[0]
    ? `You mention wanting ${read.wants[0]}, which I can offer.`
    : (SIGNALS.find(([re]) => re.test(all))?.[1] ?? '');
  if (!as && !what) {
    const gap = '[one specific thing from their profile]';
    return {
      core: `I'm writing because of ${gap}.`,
      detail,
      short: `I noticed ${gap}.`,
      tiny: '',
      known: false,
    };
  }
  const cores =
    as && what
      ? [
          `Your work ${as}, especially ${what}, is why I'm writing to you.`,
          `I'm writing because of your work ${as} and ${what}.`,
        ]
      : as
        ? [`Your work ${as} is why I'm writing to you.`, `I'm writing because of your work ${as}.`]
        : [`${upperFirst(what)} is why I'm writing to you.`, `I'm writing because of ${what}.`];
  const core = cores[hash(person.slug ?? '') % cores.length]!;
  const short = whatShort ? `${upperFirst(whatShort)} stood out to me.` : `Your work ${as} stood out to me.`;
  const bare = clipWords(headlineRole(person.headline), 40);
  const tiny = read.learn[0]
    ? `Your experience with ${clipWords(read.learn[0], 30)} stood out.`
    : bare
      ? `Your work ${/^\p{L}+ing\b/u.test(bare) ? `on ${lowerFirst(bare)}` : `as ${bare}`} stood out.`
      : '';
  return { core, detail, short, tiny: tiny.length < short.length ? tiny : '', known: true };
}
