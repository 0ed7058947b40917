// Store figures on fake-indexeddb under Node: indicative only. fake-indexeddb is a pure-JS
// IndexedDB, usually slower than the browser's own, so a figure within budget here should be
// within budget in Chromium too; the browser tests measure the real thing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { OutreachEvent, Person } from '../../lib/domain';
import { STAGES } from '../../lib/domain';
import { openDb } from '../../lib/store/db';
import { Store } from '../../lib/store/store';
import { bigConnectionsCsv } from '../import/connections-fixtures';
import type { BenchRow } from './row';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

async function seedPipeline(factory: IDBFactory, people: number, events: number): Promise<void> {
  const db = await openDb(factory);
  const tx = db.transaction(['people', 'outreach'], 'readwrite');
  const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  for (let i = 0; i < people; i++) {
    const p: Person = {
      slug: `person-${i}`,
      name: `Person ${i}`,
      headline: 'Director of Research at Northwind Labs',
      company: i % 3 ? 'Northwind Labs' : 'Eastgate',
      degree: (i % 3) + 1,
      stage: STAGES[i % STAGES.length]!,
      needs: ['networks', 'project-feedback'],
      tags: [{ need: 'networks', strength: 0.6, reasons: ['Director-level: more senior than you'] }],
      labels: ['bold'],
      rejected: [],
      confirmed: [],
      notes: '',
      source: 'page',
      createdAt: at(i),
      updatedAt: at(i),
    };
    void tx.objectStore('people').put(p);
  }
  for (let i = 0; i < events; i++) {
    const e: OutreachEvent = {
      id: `${at(i)}-${String(i).padStart(9, '0')}`,
      slug: `person-${i % people}`,
      stage: STAGES[i % 6]!,
      at: at(i),
      needs: ['networks'],
      channel: 'message',
    };
    void tx.objectStore('outreach').put(e);
  }
  await tx.done;
  db.close();
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const csv = bigConnectionsCsv(30_000);
  const imports: number[] = [];
  for (let run = 0; run < 3; run++) {
    const store = new Store(new IDBFactory());
    await store.getConfig(); // open and migrate outside the timing
    imports.push(await time(() => store.importFile('Connections.csv', csv)));
  }
  rows.push({
    name: 'import 30,000 connections (fake-indexeddb)',
    value: Math.round(median(imports)),
    unit: 'ms',
    budget: 3000,
    note: `median of 3; ${(csv.length / 1e6).toFixed(1)} MB file; Node + fake-indexeddb, indicative`,
  });

  const factory = new IDBFactory();
  await seedPipeline(factory, 5000, 20_000);
  const store = new Store(factory);
  await store.getConfig();
  const lists: number[] = [];
  const popup: number[] = [];
  const first: number[] = [];
  for (let run = 0; run < 5; run++) {
    lists.push(await time(() => store.listPeople()));
    // A fresh Store each time: what a woken background answers the popup's first question with.
    first.push(await time(() => new Store(factory).pipelinePage({ limit: 8 })));
    popup.push(
      await time(() =>
        Promise.all([store.listPeople(), store.followUps(), store.needsMap(), store.boldness()]),
      ),
    );
  }
  rows.push({
    name: 'listPeople, 5,000 people + 20,000 events (fake-indexeddb)',
    value: Math.round(median(lists)),
    unit: 'ms',
    budget: 150,
    note: 'median of 5; read + validate every record; indicative',
  });
  rows.push({
    name: 'pipelinePage, the popup’s first question, 5,000 people (fake-indexeddb)',
    value: Math.round(median(first)),
    unit: 'ms',
    budget: 150,
    note: 'median of 5, cold store (no cache); Node + fake-indexeddb, indicative: store-chromium has the real figure',
  });
  rows.push({
    name: 'everything else the popup shows: people, follow-ups, needs map, boldness (fake-indexeddb)',
    value: Math.round(median(popup)),
    unit: 'ms',
    budget: null,
    note: 'median of 5; 5,000 people + 20,000 events; loaded after the first render, so no budget; indicative',
  });
  return rows;
}
