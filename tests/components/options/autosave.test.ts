import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaver, type SaveState } from '../../../components/shared/autosave';
import { combineStates } from '../../../components/shared/SaveStatus';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (v: Record<string, number>) => Promise<void> = async () => {}) {
  const saved: Record<string, number>[] = [];
  const states: SaveState['kind'][] = [];
  const saver = createSaver<Record<string, number>>({
    save: async (value) => {
      await save(value);
      saved.push(value);
    },
    merge: (a, b) => ({ ...a, ...b }),
    onState: (s) => states.push(s.kind),
  });
  return { saver, saved, states };
}

describe('createSaver', () => {
  it('waits 300 ms after the last edit, then saves all edits as one batch', async () => {
    const { saver, saved } = setup();
    saver.push({ a: 1 });
    await vi.advanceTimersByTimeAsync(200);
    saver.push({ b: 2 });
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ a: 1, b: 2 }]);
  });

  it('a newer edit of the same key wins', async () => {
    const { saver, saved } = setup();
    for (let i = 0; i < 50; i++) saver.push({ a: i });
    await saver.flush();
    expect(saved).toEqual([{ a: 49 }]);
  });

  it('flush saves at once and the timer then has nothing left to save', async () => {
    const { saver, saved } = setup();
    saver.push({ a: 1 });
    await saver.flush();
    expect(saved).toEqual([{ a: 1 }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1);
    expect(saver.hasPending()).toBe(false);
  });

  it('keeps a failed batch and saves it with the next edit', async () => {
    let fail = true;
    const { saver, saved, states } = setup(async () => {
      if (fail) throw new Error('store closed');
    });
    saver.push({ a: 1 });
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    expect(saver.hasPending()).toBe(true);
    fail = false;
    saver.push({ b: 2 });
    await saver.flush();
    expect(saved).toEqual([{ a: 1, b: 2 }]);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves in order: an edit made during a slow save lands after it', async () => {
    const order: number[] = [];
    let release: () => void = () => {};
    const saver = createSaver<number>({
      save: (v) =>
        v === 1
          ? new Promise<void>((resolve) => {
              release = () => {
                order.push(v);
                resolve();
              };
            })
          : Promise.resolve(void order.push(v)),
    });
    saver.push(1);
    const first = saver.flush();
    saver.push(2);
    const second = saver.flush();
    await Promise.resolve();
    release();
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
  });
});

describe('combineStates', () => {
  it.each([
    [[], 'idle'],
    [['saved', 'saved'], 'saved'],
    [['saved', 'pending'], 'pending'],
    [['saving', 'pending'], 'saving'],
    [['saved', 'error', 'saving'], 'error'],
  ] as const)('%j → %s', (kinds, expected) => {
    const states = kinds.map((kind) => (kind === 'error' ? { kind, message: 'x' } : { kind })) as SaveState[];
    expect(combineStates(states).kind).toBe(expected);
  });
});
