import type { NeedId, Profile, Tag } from '../../../lib/domain';

// Fictional people for the drafter's table: a colleague at the user's own organisation, someone
// senior abroad, a peer in the same city, one who wants what the user offers, and one whose long
// name and headline squeeze a connection note. Tags read like the matcher's (lib/match).

export interface CasePerson {
  id: string;
  /** Which user's organisation they share, if any. */
  colleagueOf?: string;
  person: Partial<Profile> & { slug: string };
  tags: (need: NeedId) => Tag[];
}

const tag = (need: NeedId, reasons: string[], because?: string): Tag[] => [
  { need, strength: 0.7, reasons, ...(because ? { because } : {}) },
];

export const COLLEAGUE_INES: CasePerson = {
  id: 'colleague-ines',
  colleagueOf: 'ines',
  person: {
    slug: 'rita-almeida-fictional',
    name: 'Rita Almeida',
    headline: 'Chief Data & AI Officer at Marélia Saúde',
    company: 'Marélia Saúde',
    location: 'Lisbon, Portugal',
    degree: 2,
  },
  // The report's keyword garbage: an organisation and a title word "matched" as topics.
  tags: (need) =>
    tag(need, [
      "Headline says 'Chief Data & AI Officer': could put your name forward",
      "Headline mentions 'Marélia Saúde', 'chief', which you want to learn",
      'Executive: more senior than you',
    ]),
};

export const SENIOR_ABROAD: CasePerson = {
  id: 'senior-abroad',
  person: {
    slug: 'dana-okafor-fictional',
    name: 'Dr. Dana Okafor',
    headline: 'Director of Clinical Analytics at Fjordline Health | Speaker',
    company: 'Fjordline Health',
    location: 'Oslo, Norway',
    degree: 2,
  },
  tags: (need) =>
    tag(need, [
      "Lists 'grant writing', which you want to learn",
      'Director: more senior than you, in your field',
      'Outside your organisation and field: a possible confidante',
    ]),
};

export const PEER_SAME_CITY: CasePerson = {
  id: 'peer-city',
  person: {
    slug: 'joao-pereira-fictional',
    name: 'João Pereira',
    headline: 'Senior Data Scientist · Forecasting',
    company: 'Tejo Energia',
    location: 'Greater Lisbon Area',
    degree: 3,
  },
  tags: (need) => tag(need, ['Senior, like you: a peer', 'Outside your organisation']),
};

export const WANTS_TRADE: CasePerson = {
  id: 'wants-trade',
  person: {
    slug: 'amara-diallo-fictional',
    name: 'Amara Diallo',
    headline: 'Head of Product at Baobab Ledger',
    company: 'Baobab Ledger',
    location: 'Dakar, Senegal',
    degree: 2,
  },
  tags: (need) =>
    tag(
      need,
      [
        "About mentions wanting 'help with grant applications', which you offer",
        'Head: more senior than you',
      ],
      "You've built two product teams from scratch, which is the step I'm working toward.",
    ),
};

export const LONG_NAME: CasePerson = {
  id: 'long-name',
  person: {
    slug: 'maximiliana-von-hohenstein-fictional',
    name: 'Maximiliana-Theresia von Hohenstein-Wartenberg',
    headline:
      'Vice President, Global Clinical Data Strategy and Real-World Evidence Partnerships at Kestrel Biosciences International',
    company: 'Kestrel Biosciences International',
    location: 'Basel, Switzerland',
    degree: 3,
  },
  tags: (need) =>
    tag(need, [
      'Vice president: more senior than you',
      '2nd degree with 14 mutual connections: ask for an introduction',
    ]),
};

/** Held out with Hanna: never tuned on. */
export const COLLEAGUE_HANNA: CasePerson = {
  id: 'colleague-hanna',
  colleagueOf: 'hanna',
  person: {
    slug: 'mikko-laine-fictional',
    name: 'Mikko Laine',
    headline: 'Regional Director, Southern Finland at Koivu Infra',
    company: 'Koivu Infra Oy',
    location: 'Helsinki, Finland',
    degree: 2,
  },
  tags: (need) =>
    tag(need, [
      "Headline says 'Regional Director': has the standing to sponsor",
      'Director: more senior than you',
    ]),
};

export const HELD_OUT_ENGINEER: CasePerson = {
  id: 'held-engineer',
  person: {
    slug: 'ingrid-solberg-fictional',
    name: 'Ingrid Solberg',
    headline: 'Bridge engineer and board member | Timber structures',
    company: 'Nordbru AS',
    location: 'Bergen, Norway',
    degree: 3,
  },
  tags: (need) =>
    tag(need, ["About mentions 'timber construction', which you want to learn", 'Outside your organisation']),
};

export const HELD_OUT_BARE: CasePerson = {
  id: 'held-bare',
  person: {
    slug: 'lea-fischer-fictional',
    name: 'Lea Fischer',
    headline: null,
    company: null,
    location: null,
    degree: 3,
  },
  tags: () => [],
};

export const TUNING_PEOPLE = [COLLEAGUE_INES, SENIOR_ABROAD, PEER_SAME_CITY, WANTS_TRADE, LONG_NAME];
export const HELD_OUT_PEOPLE = [COLLEAGUE_HANNA, HELD_OUT_ENGINEER, HELD_OUT_BARE];
