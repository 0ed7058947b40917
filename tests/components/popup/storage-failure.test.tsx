// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { readableError } from '../../../lib/background/router';
import type { PagesApi } from '../../../lib/messages/pages';
import { now } from './seed';

// Storage full or IndexedDB unavailable, as the popup meets it: every call to the background comes
// back as the router's readable error. The popup must say so in words, on every tab, not go blank.

afterEach(cleanup);

const FAILURES = [
  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  new DOMException('IndexedDB is not available in this window.', 'InvalidStateError'),
];

function failingApi(error: unknown): PagesApi {
  const message = readableError(error);
  return new Proxy({} as PagesApi, {
    get: (_, method) => (method === 'then' ? undefined : () => Promise.reject(new Error(message))),
  });
}

describe('popup when storage fails', () => {
  it.each(
    FAILURES.flatMap((e) =>
      ['', '#needs', '#draft?slug=ada-north&need=networks'].map((h) => [e.name, h, e] as const),
    ),
  )('%s, tab %j: a readable message, no blank page', async (_name, hash, error) => {
    location.hash = hash;
    render(<Popup api={failingApi(error)} hash={hash} now={now} activeTabUrl={async () => null} />);
    const expected = readableError(error);
    await waitFor(() => expect(document.body.textContent).toContain(expected));
    expect(document.body.textContent?.trim().length).toBeGreaterThan(expected.length);
    expect(screen.getAllByRole('tab').length).toBe(3);
  });

  // Something other than an Error (a rejected plain object, an empty Error): words, never
  // "[object Object]" and never a blank error line.
  it.each([
    ['a plain object', { code: 7 }],
    ['an Error with no message', new Error('')],
  ])('%s thrown: the popup says something went wrong', async (_name, thrown) => {
    const api = new Proxy({} as PagesApi, {
      get: (_, method) => (method === 'then' ? undefined : () => Promise.reject(thrown)),
    });
    render(<Popup api={api} now={now} activeTabUrl={async () => null} />);
    await waitFor(() => expect(screen.getAllByRole('alert')[0]?.textContent).toBe('Something went wrong.'));
    expect(document.body.textContent).not.toContain('[object Object]');
  });
});
