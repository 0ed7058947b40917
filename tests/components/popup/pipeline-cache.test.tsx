// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { type PipelineSnapshot, snapshotOf, storageCache } from '../../../components/popup/pipeline-cache';
import type { Person } from '../../../lib/domain';
import { now, person, seededStore } from './seed';

afterEach(cleanup);

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 0, minute)).toISOString();

function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    length: 0,
    clear: () => data.clear(),
    key: () => null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('snapshotOf', () => {
  it('counts every stage and keeps the most recent rows of each', async () => {
    const config = await (await seededStore()).getConfig();
    const people = [
      ...Array.from({ length: 12 }, (_, i) => person(`i-${i}`, { updatedAt: at(i) })),
      person('s-1', { stage: 'sent', updatedAt: at(1) }),
    ];
    const snap = snapshotOf(config, people, 3);
    expect(snap.counts).toMatchObject({ identified: 12, sent: 1, ongoing: 0, closed: 0 });
    expect(snap.people.map((p) => p.slug)).toEqual(['i-11', 'i-10', 'i-9', 's-1']);
  });
});

describe('storageCache', () => {
  it('round-trips a snapshot and treats anything else as none', async () => {
    const storage = memoryStorage();
    const cache = storageCache(storage);
    expect(cache.load()).toBeNull();
    const snap = snapshotOf(await (await seededStore()).getConfig(), [person('ada-north')], 8);
    cache.save(snap);
    expect(cache.load()).toEqual(snap);
    for (const junk of [
      '{',
      '42',
      'null',
      '{"config":{},"counts":{},"people":[]}',
      JSON.stringify({ ...snap, people: [{}] }),
    ]) {
      storage.setItem([...storage.data.keys()][0] as string, junk);
      expect(cache.load()).toBeNull();
    }
  });

  it('survives storage that refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => storageCache(storage).save({} as PipelineSnapshot)).not.toThrow();
  });
});

describe('Popup with a cached first screen', () => {
  it('draws the cache at once, then the store, keeping a move made in between', async () => {
    const api = await seededStore({ people: [person('ada-north'), person('bo-east', { stage: 'sent' })] });
    const config = await api.getConfig();
    const cache = storageCache(memoryStorage());
    const cached: Person[] = [person('ada-north')];
    cache.save({
      config,
      people: cached,
      counts: { ...snapshotOf(config, [], 1).counts, identified: 40, sent: 9 },
    });
    // Hold the store's full answer back to look at the cached screen.
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const listPeople = api.listPeople.bind(api);
    api.listPeople = async () => {
      await gate;
      return listPeople();
    };
    const { container } = render(<Popup api={api} now={now} cache={cache} />);
    const count = (s: string) => container.querySelector(`[data-stage="${s}"] .count`)?.textContent;
    expect(count('identified')).toBe('40');
    expect(count('sent')).toBe('9');
    expect(container.textContent).toContain('Loading 39 more');
    fireEvent.click(
      container.querySelector('[data-person="ada-north"] [data-action="advance"]') as HTMLElement,
    );
    await waitFor(() => expect(count('drafted')).toBe('1'));
    expect(count('identified')).toBe('39');
    release();
    await waitFor(() => expect(count('sent')).toBe('1'));
    expect(count('identified')).toBe('0');
    expect(container.querySelector('[data-stage="drafted"] [data-person="ada-north"]')).not.toBeNull();
    // The store's answer becomes next time's first screen.
    await waitFor(() => expect(cache.load()?.counts.sent).toBe(1));
    expect(cache.load()?.counts.drafted).toBe(1);
  });
});
