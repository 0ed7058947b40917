import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/types';
import type { Person } from '../../lib/domain';
import { cleanEvent, cleanNeed, cleanPerson, cleanSelf } from '../../lib/text/clean-records';
import { recordFigures } from '../properties/figures';
import { clock, freshStore, profile } from './helpers';

// One rule at the background's door (issue 14): whatever way text comes in (a page's savePerson,
// a backup, Connections.csv, a note typed in the popup), what the store gives back shows what it
// says. Each hostile string goes in through each door and is read back out of the store.

/** What each string is, what arrives, what a one-line field keeps, what a note keeps (default: the same). */
const HOSTILE: [what: string, raw: string, clean: string, lines?: string][] = [
  ['bidi override (a file name that reads backwards)', 'Ada \u202Eexe.fdp', 'Ada exe.fdp'],
  ['bidi isolates and marks', '\u2066Ines\u2069 \u200FRuiz\u200E', 'Ines Ruiz'],
  ['zero-width space and non-joiner', 'Zo\u200Be\u200C Quist', 'Zoe Quist'],
  ['byte order mark and soft hyphen', '\uFEFFKai\u00AD Mensah', 'Kai Mensah'],
  ['C0 controls and an escape sequence', 'Pat\u0000\u0007 Q\u001B[31m', 'Pat Q[31m'],
  ['DEL and C1 controls', 'Lee\u007F\u0091\u009B Novak', 'Lee Novak'],
  ['tag characters (invisible ASCII)', 'Sam\u{E0049}\u{E0047}\u{E004E} Lind', 'Sam Lind'],
  [
    'line breaks: folded in a name, kept in a note',
    'Dana\r\nvan\u2028Dijk',
    'Dana van Dijk',
    'Dana\nvan\nDijk',
  ],
  ['emoji with joiners, kept whole', '👩‍💻 Eli 🏳️‍🌈', '👩‍💻 Eli 🏳️‍🌈'],
  ['a joiner that glues nothing', 'Ravi\u200D Rao', 'Ravi Rao'],
];

/** Anything a person would not see, or that reorders what they see. */
// Built from a string: the linter (rightly, elsewhere) refuses control characters in regex literals.
const INVISIBLE_CHARS =
  '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u{E0000}-\\u{E007F}';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u');

const slugOf = (i: number) => `hostile-${i}`;

function backupOf(raw: string, i: number): Backup {
  const at = '2026-03-01T09:00:00.000Z';
  return {
    format: 'constellation-backup',
    version: 1,
    self: {
      name: raw,
      organization: raw,
      field: raw,
      seniority: '',
      goal: `${raw}\n${raw}`,
      success: raw,
      offers: [raw],
      wants: [raw],
      location: raw,
      formats: ['video'],
      premium: false,
    },
    needs: [
      {
        id: 'project-feedback',
        status: 'unmet',
        ask: raw,
        request: raw,
        keywords: [raw],
        name: raw,
        metBy: raw,
      },
    ],
    people: [
      {
        slug: slugOf(i),
        name: raw,
        headline: raw,
        company: raw,
        degree: 2,
        stage: 'sent',
        needs: ['project-feedback'],
        snapshot: { name: raw, headline: raw, location: raw, about: raw, skills: [raw] },
        tags: [{ need: 'project-feedback', strength: 0.7, reasons: [raw], because: raw }],
        labels: [],
        rejected: [],
        confirmed: [],
        notes: `${raw}\n\n${raw}`,
        source: 'import',
        inPipeline: true,
        createdAt: at,
        updatedAt: at,
      },
    ],
    outreach: [
      {
        id: `e-${i}`,
        slug: slugOf(i),
        stage: 'sent',
        at,
        needs: [],
        text: raw,
        note: raw,
        channel: 'message',
      },
    ],
  };
}

const csvOf = (raw: string) => {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    [q(raw), q(raw), 'https://www.linkedin.com/in/csv-hostile', '', q(raw), q(raw), '01 Mar 2026'].join(','),
  ].join('\r\n');
};

/** Stored strings read back and checked for invisible characters, over the whole file. */
let checked = 0;
let dirty = 0;
const invisibleIn = (strings: string[]) => {
  checked += strings.length;
  const bad = strings.filter((s) => INVISIBLE.test(s));
  dirty += bad.length;
  return bad;
};
afterAll(() =>
  recordFigures('clean-door', {
    hostileStrings: HOSTILE.length,
    doors: ['savePerson', 'backup import', 'Connections.csv', 'stage move and touch'],
    storedStringsChecked: checked,
    storedWithInvisible: dirty,
  }),
);

/** Every string a person record holds, wherever it sits in it. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];

describe('text is cleaned at the store door, however it arrives', () => {
  it.each(HOSTILE)('savePerson: %s', async (_, raw, clean, lines = clean) => {
    const { store } = freshStore(clock().now);
    await store.savePerson(
      profile('page-hostile', {
        name: raw,
        headline: raw,
        company: raw,
        location: raw,
        about: raw,
        skills: [raw, '\u200B'],
        experience: [{ title: raw, company: raw, dates: raw }],
      }),
      [],
    );
    const [person] = await store.listPeople();
    expect(person).toMatchObject({ name: clean, headline: clean, company: clean });
    expect(person!.snapshot).toMatchObject({
      name: clean,
      location: clean,
      about: lines,
      skills: [clean],
      experience: [{ title: clean, company: clean, dates: clean }],
    });
    expect(invisibleIn(stringsOf(person))).toEqual([]);
  });

  it.each(HOSTILE)('backup import: %s', async (_, raw, clean, lines = clean) => {
    const { store } = freshStore(clock().now);
    const result = await store.importFile('backup.json', JSON.stringify(backupOf(raw, 0)));
    expect(result.ok).toBe(true);
    const out = await store.exportBackup();
    const need = out.needs.find((n) => n.id === 'project-feedback')!;
    expect(need).toMatchObject({ ask: lines, request: lines, name: clean, metBy: clean, keywords: [clean] });
    expect(out.self).toMatchObject({
      name: clean,
      field: clean,
      goal: `${lines}\n${lines}`,
      offers: [clean],
    });
    const person = out.people[0]!;
    expect(person).toMatchObject({
      name: clean,
      headline: clean,
      company: clean,
      notes: `${lines}\n\n${lines}`,
    });
    expect(person.tags[0]).toMatchObject({ reasons: [clean], because: clean });
    expect(person.snapshot).toMatchObject({ name: clean, about: lines, skills: [clean] });
    expect(out.outreach[0]).toMatchObject({ text: lines, note: lines });
    const seen = stringsOf([out.self, need, person, out.outreach]);
    expect(invisibleIn(seen)).toEqual([]);
  });

  it.each(HOSTILE)('Connections.csv import: %s', async (_, raw, clean) => {
    const { store } = freshStore(clock().now);
    const result = await store.importFile('Connections.csv', csvOf(raw));
    expect(result).toMatchObject({ ok: true, counts: { people: 1 } });
    const person = (await store.exportBackup()).people.find((p) => p.slug === 'csv-hostile')!;
    expect(person).toMatchObject({
      name: `${clean} ${clean}`,
      company: clean,
      headline: `${clean} at ${clean}`,
    });
    expect(invisibleIn(stringsOf(person))).toEqual([]);
  });

  it.each(HOSTILE)('a note and a message typed in the popup: %s', async (_, raw, _line, clean = _line) => {
    const { store } = freshStore(clock().now);
    await store.savePerson(profile('noted'), []);
    await store.moveStage('noted', 'sent', { channel: 'message', text: `${raw}\n${raw}`, note: raw });
    await store.logTouch('noted', { kind: 'follow-up', text: raw, note: `${raw}\r\n${raw}` });
    const events = (await store.listEvents('noted')).filter((e) => e.text);
    expect(invisibleIn(stringsOf(events))).toEqual([]);
    expect(events.map((e) => [e.text, e.note]).sort()).toEqual(
      [
        [`${clean}\n${clean}`, clean],
        [clean, `${clean}\n${clean}`],
      ].sort(),
    );
  });

  it('text that is only invisible characters is no text', async () => {
    const { store } = freshStore(clock().now);
    await store.savePerson(profile('blank', { name: 'Known Name' }), []);
    await store.savePerson({ slug: 'blank', name: '\u200B\u202E\u0007' }, []);
    await store.logTouch('blank', { kind: 'follow-up', note: '\u200B\u2066' });
    expect((await store.listPeople())[0]!.name).toBe('Known Name');
    expect((await store.listEvents('blank')).some((e) => 'note' in e)).toBe(false);
  });

  it('a cleaned backup imported again changes nothing (the round trip is stable)', async () => {
    const c = clock();
    const { store } = freshStore(c.now);
    for (const [i, [, raw]] of HOSTILE.entries()) {
      const backup = backupOf(raw, i);
      await store.importFile('backup.json', JSON.stringify({ ...backup, needs: [], self: backup.self }));
    }
    const first = await store.exportBackup();
    const { store: again } = freshStore(c.now);
    await again.importFile('backup.json', JSON.stringify(first));
    expect(await again.exportBackup()).toEqual(first);
  });
});

describe('cleaning a cleaned record changes nothing', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc
      .array(fc.constantFrom(...HOSTILE.map(([, raw]) => raw), ' ', '\n', 'a', '\u200D', '\uFE0F', '💻'), {
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
  );
  it('people, needs, self-profiles and history steps', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const backup = backupOf(`${a}${b}`, 0);
        const person = backup.people[0] as Person;
        expect(cleanPerson(cleanPerson(person))).toEqual(cleanPerson(person));
        expect(cleanNeed(cleanNeed(backup.needs[0]!))).toEqual(cleanNeed(backup.needs[0]!));
        expect(cleanSelf(cleanSelf(backup.self))).toEqual(cleanSelf(backup.self));
        expect(cleanEvent(cleanEvent(backup.outreach[0]!))).toEqual(cleanEvent(backup.outreach[0]!));
      }),
      { numRuns: 300 },
    );
  });
});
