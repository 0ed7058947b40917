import type { Field, Where } from './profile-text';

// Phrases that show the *kind* of evidence a need requires (issue 16): a listening role, a group
// someone runs, a check-in they host, introductions they make, something they teach. Matched on
// whole folded words in order (plurals too), never on stems, so "organiser" never meets
// "organisation" and "Head of Community" is not a community organiser by itself.
export type CueKind =
  | 'care' // a listening role for people's working lives: therapist, counsellor, psychologist
  | 'confide' // a confidential offer or role: mediator, ombudsperson, "in confidence"
  | 'support' // a peer support circle or group
  | 'coach' // the word coach: a listener only with a qualifier and no sport (see ./people-needs.ts)
  | 'sport' // sport around a coach: a head coach of a team is no confidante
  | 'checkin' // accountability: check-ins, writing or goal groups, accountability partners
  | 'organise' // runs or founded something
  | 'group' // a community, meetup, chapter, circle, club
  | 'connect' // makes introductions, recruits, connects people
  | 'teach' // teaches, trains, runs courses or workshops
  | 'review' // reviews or edits others' work
  | 'team'; // leads people: "a team of", "managing", "my managers"

const CUES: Record<CueKind, string> = {
  care: 'therapist, psychotherapist, psychotherapeut, psychotherapeutin, psicoterapeuta, terapeuta, therapeutin, counsellor, counselor, counselling, counseling, psychologist, psicologo, psicologa, psychologe, psychologin, psychologue, chaplain, pastoral care, pastoral counselling',
  confide:
    'mediator, mediation, mediadora, mediador, mediatrice, mediateur, mediatorin, ombudsperson, ombudsman, ombuds, sounding board, in confidence, confidential, confidentially, confidential coaching, sigilo, vertraulich, confidencial, keep what you say',
  support: 'peer support, support circle, support group, support network, circle for',
  coach: 'coach, coaching, coaches',
  sport:
    'head coach, football, soccer, volleyball, volei, basketball, handball, rugby, hockey, tennis, athletes, players, fc, u19, u17, sports, fitness, swimming',
  checkin:
    'accountability partner, accountability buddy, accountability group, accountability coach, accountability check, check in, check ins, checking in, checkin, checkins, writing group, co writing, cowriting, write together, shut up write, mastermind, co working sessions, goal group, goals group, body doubling',
  organise:
    'organiser, organizer, organising, organizing, organise, organize, organises, organizes, co organiser, co organizer, founder, co founder, cofounder, founded, host, hosts, hosting, we host, we run, i run, runs, volunteer coordinator, chapter lead, community lead, grunderin, grunder, fundadora, fundador, fondatrice, fondateur, organisatorin, organisator, organizadora, organizador',
  group:
    'community, communities, meetup, meetups, group, chapter, circle, club, collective, network, association, society, comunidade, comunidad, communaute, gemeinschaft, verein',
  connect:
    'introduce, introduces, introducing, introduction, introductions, connect, connecting, connects, connector, recruiter, recruiting, headhunter, talent acquisition, executive search, roundtables, investor, angel investor, venture capital',
  teach:
    'teach, teaches, teaching, trainer, training, trainings, train, course, courses, workshop, workshops, lecturer, instructor, educator, professor, mentor, mentoring, bootcamp, masterclass, programmes that teach, formador, formadora, dozent, dozentin, formateur, formatrice, treinamento, curso',
  review:
    'reviewer, review for, reviews for, i review, peer reviewer, editor, editorial board, programme committee, program committee, referee, drafts',
  team: 'team of, lead a team, leading a team, led a team, manage a team, managing a team, my managers, grew the team, built the team, people leadership, people management, managing people, manager of, hiring for',
};

interface Cue {
  kind: CueKind;
  text: string;
  words: string[];
}

// First word → cues starting with it, longest first: every word of a profile is looked up once.
const byFirst = new Map<string, Cue[]>();
for (const [kind, list] of Object.entries(CUES) as [CueKind, string][]) {
  for (const text of list.split(', ')) {
    const words = text.split(' ');
    const cue = { kind, text, words };
    for (const first of [words[0]!, `${words[0]}s`]) {
      const had = byFirst.get(first) ?? [];
      had.push(cue);
      had.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(first, had);
    }
  }
}

function at(ws: string[], i: number, cue: Cue): boolean {
  for (let k = 0; k < cue.words.length; k++) {
    const w = ws[i + k];
    if (w !== cue.words[k] && w !== `${cue.words[k]}s`) return false;
  }
  return true;
}

export interface CueHit {
  kind: CueKind;
  text: string;
  where: Where;
  /** Index of the cue's first word in its field's words. */
  at: number;
}

/** The cues in one field, in order; a word starts at most one cue (the longest). */
export function cuesIn(f: Field): CueHit[] {
  const out: CueHit[] = [];
  const ws = f.words;
  for (let i = 0; i < ws.length; i++) {
    const list = byFirst.get(ws[i]!);
    if (!list) continue;
    for (const cue of list) {
      if (!at(ws, i, cue)) continue;
      out.push({ kind: cue.kind, text: cue.text, where: f.where, at: i });
      // Another kind may start at the same word ("community lead" organises and names a group).
      if (cue.words.length > 1) i += cue.words.length - 1;
      break;
    }
  }
  return out;
}

/** Every cue of the profile by kind (skills carry no words: cues are read from what people write). */
export function readCues(fields: Field[]): Map<CueKind, CueHit[]> {
  const out = new Map<CueKind, CueHit[]>();
  for (const f of fields) {
    for (const hit of cuesIn(f)) {
      const had = out.get(hit.kind);
      if (had) had.push(hit);
      else out.set(hit.kind, [hit]);
    }
  }
  return out;
}
