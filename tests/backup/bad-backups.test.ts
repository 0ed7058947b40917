import { describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/types';
import { clock, freshStore, profile } from '../store/helpers';

async function storeWithData() {
  const { store } = freshStore(clock().now);
  await store.saveNeeds([{ id: 'networks', status: 'partly', ask: 'intros to hospital CIOs', keywords: [] }]);
  await store.savePerson(profile('ines-r'), ['networks']);
  const backup = await store.exportBackup();
  return { store, backup, snapshot: JSON.stringify(await store.exportBackup()) };
}

const mutate = (b: Backup, f: (x: Record<string, unknown>) => void) => {
  const copy = structuredClone(b) as unknown as Record<string, unknown>;
  f(copy);
  return JSON.stringify(copy);
};

const cases: [string, (b: Backup) => string, RegExp, RegExp | null][] = [
  ['not JSON', () => '{"format": "constellation-backup", "version": 1,', /not valid JSON/, null],
  ['JSON but an array', () => '[1, 2, 3]', /expected an object/, null],
  [
    'wrong format',
    (b) => mutate(b, (x) => (x.format = 'other-app')),
    /Not a Constellation backup: format is "other-app"/,
    null,
  ],
  ['no format', (b) => mutate(b, (x) => delete x.format), /format is missing/, null],
  ['wrong version', (b) => mutate(b, (x) => (x.version = 2)), /version 2.*reads version 1/, null],
  [
    'bad need status deep inside',
    (b) => mutate(b, (x) => ((x.needs as { status: string }[])[2]!.status = 'sometimes')),
    /nothing was imported/,
    /^needs\[2\]\.status: /,
  ],
  [
    'bad stage on a person',
    (b) => mutate(b, (x) => ((x.people as { stage: string }[])[0]!.stage = 'married')),
    /problem/,
    /^people\[0\]\.stage: /,
  ],
  [
    'bad date in the history',
    (b) => mutate(b, (x) => ((x.outreach as { at: string }[])[0]!.at = 'yesterday')),
    /problem/,
    /^outreach\[0\]\.at: expected a date/,
  ],
  [
    'slug with a slash',
    (b) => mutate(b, (x) => ((x.people as { slug: string }[])[0]!.slug = '../etc')),
    /problem/,
    /^people\[0\]\.slug: /,
  ],
  ['self missing', (b) => mutate(b, (x) => delete x.self), /problem/, /^self: /],
];

describe('a bad backup is refused with a clear message and changes nothing', () => {
  it.each(cases)('%s', async (_name, make, message, problem) => {
    const { store, backup, snapshot } = await storeWithData();
    // Something else in the file is new, to show that even the valid parts are not applied.
    backup.people.push({ ...backup.people[0]!, slug: 'would-be-new' });
    const result = await store.importFile('backup.json', make(backup));
    expect(result.ok).toBe(false);
    expect(result.kind).toBe('backup');
    expect(result.message).toMatch(message);
    if (problem) expect(result.problems[0]).toMatch(problem);
    const after = await store.exportBackup();
    expect(JSON.stringify({ ...after, exportedAt: '', settings: {} })).toBe(
      JSON.stringify({ ...JSON.parse(snapshot), exportedAt: '', settings: {} }),
    );
  });

  it('neither backup nor Connections.csv: says so', async () => {
    const { store } = freshStore();
    for (const text of ['', 'hello world', '\u0000\u0001binary', 'a;b;c\n1;2;3']) {
      const result = await store.importFile('notes.txt', text);
      expect(result).toMatchObject({ ok: false, kind: 'unknown' });
      expect(result.message).toMatch(/neither a Constellation backup/);
    }
  });

  it('lists at most 20 problems and says how many more', async () => {
    const { store, backup } = await storeWithData();
    const text = mutate(backup, (x) => {
      x.outreach = Array.from({ length: 30 }, (_, i) => ({
        id: `e${i}`,
        slug: 'x',
        stage: 'nope',
        at: '2026-01-01',
        needs: [],
      }));
    });
    const result = await store.importFile('b.json', text);
    expect(result.problems).toHaveLength(21);
    expect(result.problems.at(-1)).toBe('… and 10 more problems');
  });
});
