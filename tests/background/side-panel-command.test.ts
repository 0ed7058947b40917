import { describe, expect, it } from 'vitest';
import { OPEN_SIDE_PANEL, onCommand } from '../../lib/background/side-panel-command';

describe('the side panel shortcut (Chrome)', () => {
  const panel = () => {
    const opened: number[] = [];
    return {
      opened,
      api: { open: async ({ windowId }: { windowId: number }) => void opened.push(windowId) },
    };
  };

  it('opens the panel in the window where the key was pressed', () => {
    const p = panel();
    onCommand(p.api, OPEN_SIDE_PANEL, { windowId: 4 });
    expect(p.opened).toEqual([4]);
  });

  it('ignores other commands, a missing window and a browser without sidePanel', () => {
    const p = panel();
    onCommand(p.api, 'something-else', { windowId: 4 });
    onCommand(p.api, OPEN_SIDE_PANEL, undefined);
    onCommand(undefined, OPEN_SIDE_PANEL, { windowId: 4 });
    expect(p.opened).toEqual([]);
  });

  it('a refusal stays quiet (no unhandled rejection)', async () => {
    onCommand({ open: () => Promise.reject(new Error('no gesture')) }, OPEN_SIDE_PANEL, { windowId: 1 });
    await new Promise((r) => setTimeout(r, 0));
  });
});
