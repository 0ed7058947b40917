import { act, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { ApiProvider } from '../../../components/shared/ApiContext';
import { TestApi } from './store-api';

/** Renders UI under an ApiProvider backed by `api`. */
export async function renderWithApi(ui: ComponentChildren, given?: TestApi) {
  const api = given ?? (await TestApi.create());
  const view = render(<ApiProvider api={api.asApi()}>{ui}</ApiProvider>);
  return { ...view, api };
}

/**
 * Moves the fake clock by `ms`, then lets the work it started finish: IndexedDB (fake-indexeddb)
 * answers on real setImmediate turns, so a few of those run too. Fake time does not move here.
 */
export async function settle(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    for (let i = 0; i < 40; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(0);
    }
  });
}
