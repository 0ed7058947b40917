import { browser } from 'wxt/browser';

/** The popup's way to the side panel: open it on the user's click, and say which key does it too. */
export interface SidePanelOpener {
  /** Called inside the click: the browsers allow opening the panel only during a user gesture. */
  open(): Promise<void>;
  /** The shortcut as the browser has it now (the user may have changed it); null when none is set. */
  shortcut(): Promise<string | null>;
}

type ChromeSidePanel = { open(options: { windowId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/**
 * Chrome/Edge `sidePanel.open({ windowId })`, Firefox `sidebarAction.open()`. The window id is
 * asked for as the popup opens, so the click itself awaits nothing before opening (an await would
 * end the user gesture).
 */
export function sidePanelOpener(): SidePanelOpener | null {
  const chromeSide = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (!chromeSide && !sidebar) return null;
  let windowId: number | undefined;
  if (!sidebar)
    void browser.windows.getCurrent().then(
      (w) => {
        windowId = w.id;
      },
      () => undefined,
    );
  return {
    open() {
      if (sidebar) return sidebar.open();
      if (windowId === undefined || !chromeSide)
        return Promise.reject(new Error('The browser has not said which window this is yet.'));
      return chromeSide.open({ windowId });
    },
    async shortcut() {
      const commands = await browser.commands.getAll();
      const ours = commands.find((c) => c.name === '_execute_sidebar_action' || c.name === 'open-side-panel');
      return ours?.shortcut || null;
    },
  };
}
