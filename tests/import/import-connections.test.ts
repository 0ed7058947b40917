import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../lib/store/db';
import { clock, freshStore, profile } from '../store/helpers';
import { bigConnectionsCsv } from './connections-fixtures';

vi.mock('../../lib/match', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/match')>();
  return { ...real, ...(await import('../store/fake-matcher')) };
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/csv', name), 'utf8');

describe('importFile: Connections.csv', () => {
  it('creates 1st-degree people outside the pipeline, shown as network suggestions', async () => {
    const { store } = freshStore(clock().now);
    await store.saveNeeds([
      { id: 'project-feedback', status: 'unmet', ask: 'grant feedback', keywords: ['grant writing'] },
    ]);
    const result = await store.importFile('Connections.csv', fixture('connections-basic.csv'));
    expect(result).toMatchObject({ ok: true, kind: 'connections', counts: { people: 8, skipped: 0 } });
    expect(result.message).toBe('Connections imported: 8 new, 0 updated, 0 unchanged.');
    expect(await store.listPeople()).toEqual([]);
    const network = await store.listNetwork();
    expect(network.total).toBe(8);
    expect(network.suggestions.map((s) => s.person.slug)).toEqual(['eli-oconnor-md']);
    expect(network.suggestions[0]).toMatchObject({
      person: {
        name: 'Eli O\'Connor "Doc"',
        headline: 'Physician; Grant Writing Mentor at Saint Brigid Clinic',
        company: 'Saint Brigid Clinic',
        degree: 1,
        source: 'connections-csv',
        inPipeline: false,
        stage: 'identified',
      },
      tags: [expect.objectContaining({ need: 'project-feedback' })],
    });
  });

  it('importing again updates without duplicates, and an unchanged file writes nothing', async () => {
    const c = clock();
    const { store } = freshStore(c.now);
    await store.importFile('Connections.csv', fixture('connections-basic.csv'));
    const first = await store.exportBackup();
    c.advanceDays(1);
    const again = await store.importFile('Connections (1).csv', fixture('connections-basic.csv'));
    expect(again.message).toBe('Connections imported: 0 new, 0 updated, 8 unchanged.');
    expect((await store.exportBackup()).people).toEqual(first.people);
    const moved = fixture('connections-basic.csv').replace(
      'Kaizen Robotics,VP Engineering',
      'Kaizen Robotics,CTO',
    );
    expect((await store.importFile('c.csv', moved)).message).toBe(
      'Connections imported: 0 new, 1 updated, 7 unchanged.',
    );
    const hana = (await store.exportBackup()).people.find((p) => p.slug === 'hana-sato-tokyo');
    expect(hana).toMatchObject({ headline: 'CTO at Kaizen Robotics', updatedAt: '2026-03-03T09:00:00.000Z' });
    expect((await store.exportBackup()).people).toHaveLength(8);
  });

  it('people acted on between imports keep their own record; the chunk copies go, nobody is doubled', async () => {
    const c = clock();
    const { store, factory } = freshStore(c.now);
    await store.importFile('Connections.csv', fixture('connections-basic.csv'));
    await store.savePerson({ slug: 'hana-sato-tokyo' }, []);
    await store.feedback('eli-oconnor-md', 'networks', 'reject');
    // Between imports the copies left in chunks are shadowed, never listed twice.
    expect((await store.exportBackup()).people).toHaveLength(8);
    expect((await store.listNetwork()).total).toBe(7);
    c.advanceDays(1);
    const moved = fixture('connections-basic.csv').replace(
      'Kaizen Robotics,VP Engineering',
      'Kaizen Robotics,CTO',
    );
    expect((await store.importFile('c.csv', moved)).message).toBe(
      'Connections imported: 0 new, 1 updated, 7 unchanged.',
    );
    const people = (await store.exportBackup()).people;
    expect(people).toHaveLength(8);
    expect(people.find((p) => p.slug === 'hana-sato-tokyo')).toMatchObject({
      headline: 'CTO at Kaizen Robotics',
      inPipeline: true,
    });
    expect(people.find((p) => p.slug === 'eli-oconnor-md')?.rejected).toEqual(['networks']);
    expect((await store.listPeople()).map((p) => p.slug)).toEqual(['hana-sato-tokyo']);
    // Physically: each person in exactly one place.
    const db = await openDb(factory);
    const chunked = (await db.getAll('connections')).flat().map((p) => p.slug);
    const own = [...(await db.getAllKeys('people')), ...(await db.getAllKeys('network'))];
    expect(own.sort()).toEqual(['eli-oconnor-md', 'hana-sato-tokyo']);
    expect(chunked.filter((slug) => own.includes(slug))).toEqual([]);
    expect(chunked).toHaveLength(6);
    db.close();
  });

  it('a connection already in the pipeline keeps its stage and page snapshot, and becomes 1st degree', async () => {
    const { store } = freshStore(clock().now);
    await store.savePerson(profile('chiamaka-eze', { headline: 'Read from her page', degree: 2 }), [
      'networks',
    ]);
    await store.moveStage('chiamaka-eze', 'sent');
    await store.importFile('Connections.csv', fixture('connections-basic.csv'));
    const [person] = await store.listPeople();
    expect(person).toMatchObject({
      slug: 'chiamaka-eze',
      stage: 'sent',
      headline: 'Read from her page',
      degree: 1,
      source: 'page',
    });
    expect((await store.listNetwork()).total).toBe(7);
  });

  it('bad rows: refused and listed until the user agrees, then only those are skipped', async () => {
    const { store } = freshStore(clock().now);
    const text = fixture('connections-bad-rows.csv');
    const refused = await store.importFile('Connections.csv', text);
    expect(refused).toMatchObject({ ok: false, kind: 'connections', goodRows: 3, counts: { skipped: 3 } });
    expect(refused.message).toMatch(/^3 of 6 rows cannot be read, so nothing was imported/);
    expect(refused.problems).toHaveLength(3);
    expect((await store.listNetwork()).total).toBe(0);
    const taken = await store.importFile('Connections.csv', text, { skipBadRows: true });
    expect(taken).toMatchObject({ ok: true, counts: { people: 3, skipped: 3 } });
    expect(taken.message).toMatch(/3 new.*3 bad rows skipped/);
  });

  it.each([
    ['connections-missing-columns.csv', /missing the columns Company, Position.*Nothing was imported/],
    ['connections-german.csv', /not LinkedIn's English ones.*Nothing was imported/],
  ])('%s: a clear message, nothing imported', async (file, message) => {
    const { store } = freshStore();
    const result = await store.importFile(file, fixture(file));
    expect(result).toMatchObject({ ok: false, kind: 'connections' });
    expect(result.message).toMatch(message);
    expect((await store.exportBackup()).people).toEqual([]);
  });

  it('garbage is neither a backup nor Connections.csv', async () => {
    const { store } = freshStore();
    const result = await store.importFile('Connections.csv', fixture('connections-garbage.csv'));
    expect(result).toMatchObject({ ok: false, kind: 'unknown' });
    expect((await store.exportBackup()).people).toEqual([]);
  });

  it('every row bad: nothing to skip to', async () => {
    const { store } = freshStore();
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,C,D,E\n';
    expect(await store.importFile('c.csv', text, { skipBadRows: true })).toMatchObject({ ok: false });
    expect(await store.importFile('c.csv', text)).toMatchObject({ ok: false, goodRows: 0 });
  });

  it('a large export imports in one go, reporting progress up to the total', async () => {
    const { store } = freshStore(clock().now);
    const progress: [number, number][] = [];
    const result = await store.importFile('Connections.csv', bigConnectionsCsv(5000), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toMatchObject({ ok: true, counts: { people: 5000 } });
    expect(progress.at(-1)).toEqual([5000, 5000]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect((await store.listNetwork(10)).total).toBe(5000);
  });
});
