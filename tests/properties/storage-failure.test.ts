import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { readableError } from '../../lib/background/router';
import type { Backup } from '../../lib/backup/types';
import { Store } from '../../lib/store/store';
import { clock, freshStore, profile } from '../store/helpers';
import { recordFigures } from './figures';

// Storage full or IndexedDB unavailable: the error reaches the person as a sentence they can act
// on, nothing crashes, and nothing is half-written. The failure is injected into fake-indexeddb's
// object store: on the Nth put of an import, the write fails the way browsers fail it.

const realPut = IDBObjectStore.prototype.put;
let armed: { failAt: number; puts: number; mode: 'abort' | 'throw' } | null = null;

// 'abort': a browser out of quota fails the transaction once the writes are issued (Chrome checks
// quota at commit), so every pending write rejects. 'throw': put throws synchronously, the other
// shape the spec allows (a value that cannot be stored, a transaction already finished).
IDBObjectStore.prototype.put = function put(
  this: IDBObjectStore,
  ...args: Parameters<IDBObjectStore['put']>
) {
  if (armed && ++armed.puts === armed.failAt) {
    if (armed.mode === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = realPut.apply(this, args);
    const tx = this.transaction;
    queueMicrotask(() => tx.abort());
    return request;
  }
  return realPut.apply(this, args);
} as IDBObjectStore['put'];

afterEach(() => {
  armed = null;
});

const strip = (b: Backup) => ({
  ...b,
  exportedAt: undefined,
  settings: { ...b.settings, lastExportAt: undefined },
});

/** A backup with enough records that a failure can land in the middle of its import. */
async function backupText(): Promise<string> {
  const { store } = freshStore();
  for (let i = 0; i < 12; i++) await store.savePerson(profile(`person-${i}`), ['networks']);
  for (let i = 0; i < 12; i += 2)
    await store.moveStage(`person-${i}`, 'sent', { channel: 'message', text: `Hi ${i}` });
  await store.saveSettings({ followUpDays: 4, display: 'page' });
  return JSON.stringify(await store.exportBackup());
}

async function targetStore() {
  const { store } = freshStore(clock('2026-06-01T08:00:00.000Z').now);
  await store.savePerson(profile('already-here'), ['community']);
  await store.saveSettings({ followUpDays: 9 });
  return store;
}

async function failEverywhere(mode: 'abort' | 'throw') {
  const text = await backupText();
  let tried = 0;
  let halfWritten = 0;
  const messages = new Set<string>();
  // Every position: the first write, each one in the middle, and the last.
  for (let failAt = 1; ; failAt++) {
    const store = await targetStore();
    const before = strip(await store.exportBackup());
    armed = { failAt, puts: 0, mode };
    // "Replace" chosen: the writes themselves are under test, not the preview before them.
    const outcome = await store.importFile('backup.json', text, { conflicts: 'replace' }).then(
      (result) => ({ ok: result.ok, error: null as unknown }),
      (error: unknown) => ({ ok: false, error }),
    );
    const reached = armed.puts >= failAt;
    armed = null;
    if (!reached) break; // the import needs fewer writes than this: every position was tried
    tried++;
    if (outcome.ok) halfWritten++;
    else messages.add(readableError(outcome.error));
    const after = strip(await store.exportBackup());
    if (JSON.stringify(after) !== JSON.stringify(before)) halfWritten++;
    // …and the store still works afterwards.
    await store.savePerson(profile('after-failure'), []);
    expect((await store.listPeople()).some((p) => p.slug === 'after-failure')).toBe(true);
    await store.close();
  }
  recordFigures(`storage-failure-${mode}`, { positionsTried: tried, halfWritten, messages: [...messages] });
  expect(tried).toBeGreaterThan(10);
  for (const message of messages) expect(message).toMatch(/no room left|storage refused the change/);
  expect(halfWritten).toBe(0);
}

describe('storage failure during an import', () => {
  it('quota exceeded at any write: the import is refused with a clear message, the store exactly as it was', () =>
    failEverywhere('abort'));

  // A put that throws synchronously once left the puts issued before it to commit.
  it('a write that throws at once: nothing is half-written', () => failEverywhere('throw'));
});

describe('IndexedDB unavailable', () => {
  it('every call rejects with a sentence a person can act on, and nothing crashes', async () => {
    const broken = new IDBFactory();
    broken.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    const store = new Store(broken);
    const calls = [
      () => store.getConfig(),
      () => store.listPeople(),
      () => store.savePerson(profile('nobody'), []),
      // A file that reads as a plan: a refused one is answered without the database.
      () =>
        store.importFile(
          'b.json',
          JSON.stringify({ format: 'constellation-backup', version: 1, self: {}, needs: [] }),
        ),
      () => store.exportBackup(),
    ];
    const messages: string[] = [];
    for (const call of calls) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeNull();
      messages.push(readableError(error));
    }
    recordFigures('indexeddb-unavailable', { calls: calls.length, messages: [...new Set(messages)] });
    for (const message of messages)
      expect(message).toMatch(/storage refused the change \(InvalidStateError\)/);
  });
});
