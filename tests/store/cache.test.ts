import { describe, expect, it } from 'vitest';
import { Store } from '../../lib/store/store';
import { clock, freshStore, profile } from './helpers';

describe('Store with cache (the background, sole writer)', () => {
  it('every write through it is seen by the next read', async () => {
    const c = clock();
    const { factory } = freshStore(c.now);
    const store = new Store(factory, { now: c.now, cache: true });
    expect(await store.listPeople()).toEqual([]);
    await store.savePerson(profile('ines-r'), ['networks']);
    expect((await store.listPeople()).map((p) => p.stage)).toEqual(['identified']);
    await store.moveStage('ines-r', 'sent');
    expect((await store.listPeople()).map((p) => p.stage)).toEqual(['sent']);
    expect((await store.listEvents()).map((e) => e.stage)).toEqual(['identified', 'sent']);
    await store.logTouch('ines-r', { kind: 'follow-up' });
    expect(await store.listEvents()).toHaveLength(3);
    await store.feedback('ines-r', 'networks', 'reject');
    expect((await store.listPeople())[0]?.needs).toEqual([]);
    const backup = await store.exportBackup();
    const { store: other } = freshStore(c.now);
    await other.savePerson(profile('kai-m'), []);
    const merged = new Store(factory, { now: c.now, cache: true });
    await merged.listPeople();
    await merged.importFile('b.json', JSON.stringify({ ...(await other.exportBackup()), self: backup.self }));
    expect((await merged.listPeople()).map((p) => p.slug).sort()).toEqual(['ines-r', 'kai-m']);
  });

  it('the pipeline page follows every write through it, counts and rows', async () => {
    const c = clock();
    const { factory } = freshStore(c.now);
    const store = new Store(factory, { now: c.now, cache: true });
    expect((await store.pipelinePage({ limit: 8 })).people).toEqual([]);
    await store.savePerson(profile('ines-r'), []);
    const first = await store.pipelinePage({ limit: 8 });
    expect([first.counts.identified, first.people.map((p) => p.slug)]).toEqual([1, ['ines-r']]);
    c.advanceDays(1);
    await store.moveStage('ines-r', 'sent');
    const moved = await store.pipelinePage({ limit: 8 });
    expect([moved.counts.identified, moved.counts.sent, moved.people.map((p) => p.stage)]).toEqual([
      0,
      1,
      ['sent'],
    ]);
    // Connections imported in between never enter the pipeline page.
    await store.importFile(
      'c.csv',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://www.linkedin.com/in/a-b,,C,D,E\n',
    );
    expect((await store.pipelinePage({ limit: 8 })).counts).toEqual(moved.counts);
    moved.people.pop();
    expect((await store.pipelinePage({ limit: 8 })).people).toHaveLength(1);
  });

  it('network suggestions follow imports, feedback and every change to the needs or self', async () => {
    const { factory } = freshStore();
    const store = new Store(factory, { cache: true });
    const csv = (position: string) =>
      `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,North,https://www.linkedin.com/in/ada-north,,Northwind Labs,${position},1 Jan 2026\n`;
    await store.importFile('c.csv', csv('Analyst'));
    const need = (await store.getConfig()).needs.find((n) => n.id === 'sponsorship')!;
    const steps: [string, () => Promise<unknown>][] = [
      ['import', () => store.importFile('c.csv', csv('Chief Executive Officer'))],
      ['saveNeeds', () => store.saveNeeds([{ ...need, status: 'met' }])],
      ['saveNeeds back', () => store.saveNeeds([{ ...need, status: 'unmet' }])],
      ['feedback', () => store.feedback('ada-north', 'sponsorship', 'reject')],
      ['deleteNeed', () => store.deleteNeed('sponsorship')],
    ];
    for (const [name, step] of steps) {
      await store.listNetwork();
      await step();
      const fresh = await new Store(factory).listNetwork();
      expect([name, await store.listNetwork()]).toEqual([name, fresh]);
    }
  });

  it('hands out copies: a caller sorting its list does not reorder the cache', async () => {
    const { factory } = freshStore();
    const store = new Store(factory, { cache: true });
    await store.savePerson(profile('a'), []);
    await store.savePerson(profile('b'), []);
    const first = await store.listPeople();
    first.reverse();
    expect((await store.listPeople()).map((p) => p.slug)).not.toEqual(first.map((p) => p.slug));
  });

  it('does not see another writer: why only the sole writer may cache', async () => {
    const { factory } = freshStore();
    const cached = new Store(factory, { cache: true });
    expect(await cached.listPeople()).toEqual([]);
    await new Store(factory).savePerson(profile('elsewhere'), []);
    expect(await cached.listPeople()).toEqual([]);
    expect(await new Store(factory).listPeople()).toHaveLength(1);
  });
});
