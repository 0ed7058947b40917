import { act, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { ApiProvider } from '../../../components/shared/ApiContext';
import { MemoryApi } from './memory-api';

/** Renders UI under an ApiProvider backed by `api`. */
export function renderWithApi(ui: ComponentChildren, api = new MemoryApi()) {
  const view = render(<ApiProvider api={api.asApi()}>{ui}</ApiProvider>);
  return { ...view, api };
}

/** Lets timers and the promise chains they start run (fake timers must be on). */
export async function settle(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}
