// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenSidePanel } from '../../../components/popup/OpenSidePanel';
import type { SidePanelOpener } from '../../../components/popup/side-panel-opener';

afterEach(cleanup);

const opener = (over: Partial<SidePanelOpener> = {}): SidePanelOpener & { opened: number } => {
  const o = {
    opened: 0,
    open: async () => {
      o.opened++;
    },
    shortcut: async () => 'Alt+Shift+C',
    ...over,
  };
  return o;
};

describe('Open side panel (popup)', () => {
  it('opens the panel on the click, then closes the popup, and shows the shortcut', async () => {
    const o = opener();
    const onOpened = vi.fn();
    render(<OpenSidePanel opener={o} onOpened={onOpened} />);
    await screen.findByText('Alt+Shift+C');
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(o.opened).toBe(1); // inside the click, before anything is awaited
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
  });

  it('says when the browser refused, and where to set a shortcut when none is set', async () => {
    const o = opener({
      open: () =>
        Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.')),
      shortcut: async () => null,
    });
    render(<OpenSidePanel opener={o} />);
    await screen.findByText(/Set a shortcut for it/);
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /did not open: sidePanel.open\(\) may only/,
    );
  });
});
