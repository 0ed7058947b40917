import { describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/types';
import { type Person, STAGES } from '../../lib/domain';
import { pageOf } from '../../lib/pipeline/pipeline-page';
import type { PipelineQuery } from '../../lib/pipeline/types';
import { bigBackup } from '../bench/store-chromium';
import { clock, freshStore } from './helpers';

// pipelinePage answers from the [stage, updatedAt] index when nothing is filtered, and from the
// whole list otherwise: both must give what pageOf gives over every pipeline person.

async function seeded(backup: Backup) {
  const { store } = freshStore(clock().now);
  expect((await store.importFile('b.json', JSON.stringify(backup))).ok).toBe(true);
  return store;
}

const slugs = (people: Person[]) => people.map((p) => p.slug);

describe('pipelinePage', () => {
  const backup = bigBackup(200, 50);
  // Some names with accents and a need other than networks, so find and filter have work.
  backup.people[3] = { ...backup.people[3]!, name: 'José Müller', needs: ['sponsorship'] };
  backup.people[10] = { ...backup.people[10]!, needs: ['sponsorship', 'networks'] };
  // A connection never acted on is not a pipeline row.
  backup.people.push({
    ...backup.people[0]!,
    slug: 'only-known',
    inPipeline: false,
    source: 'connections-csv',
  });

  const queries: [string, PipelineQuery][] = [
    ['first screen', { limit: 8 }],
    ['one stage, more rows', { stage: 'sent', limit: 20 }],
    ['limit 0: counts only', { limit: 0 }],
    ['more than there are', { limit: 1000 }],
    ['find, accent-blind', { query: 'jose', limit: 8 }],
    ['find by slug part', { query: 'person-19', limit: 8 }],
    ['need filter', { need: 'sponsorship', limit: 8 }],
    ['need and stage', { need: 'networks', stage: 'closed', limit: 3 }],
    ['find nothing', { query: '<img src=x onerror=alert(1)>', limit: 8 }],
    ['blank find is no find', { query: '   ', limit: 8 }],
  ];

  it.each(queries)('%s: same as over the full list', async (_name, query) => {
    const store = await seeded(backup);
    const all = await store.listPeople();
    const page = await store.pipelinePage(query);
    const expected = pageOf(all, query);
    expect(page.counts).toEqual(expected.counts);
    expect(slugs(page.people).sort()).toEqual(slugs(expected.people).sort());
    expect(slugs(page.people)).not.toContain('only-known');
    // Each stage's rows come most recent first.
    for (const stage of STAGES) {
      const rows = page.people.filter((p) => p.stage === stage).map((p) => p.updatedAt);
      expect(rows).toEqual([...rows].sort().reverse());
    }
    await store.close();
  });

  it('counts every pipeline person once, per stage', async () => {
    const store = await seeded(backup);
    const { counts } = await store.pipelinePage({ limit: 1 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(200);
    expect(counts.identified).toBe(29);
    await store.close();
  });

  it('a person moved shows first in the new stage, and the counts follow', async () => {
    const store = await seeded(backup);
    const before = await store.pipelinePage({ limit: 2 });
    const moved = await store.moveStage('person-0', 'ongoing');
    const after = await store.pipelinePage({ limit: 2 });
    expect(after.counts.identified).toBe(before.counts.identified - 1);
    expect(after.counts.ongoing).toBe(before.counts.ongoing + 1);
    expect(after.people.find((p) => p.stage === 'ongoing')?.slug).toBe(moved.slug);
    await store.close();
  });

  it('an empty store answers zeros', async () => {
    const { store } = freshStore();
    const page = await store.pipelinePage({ limit: 8 });
    expect(page).toEqual({ counts: Object.fromEntries(STAGES.map((s) => [s, 0])), people: [] });
    await store.close();
  });
});
