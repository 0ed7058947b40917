/**
 * The keyboard shortcut's command in Chrome (wxt.config.ts `commands`). Firefox has its own,
 * `_execute_sidebar_action`, which the browser handles without us.
 */
export const OPEN_SIDE_PANEL = 'open-side-panel';

/** The one shortcut both browsers suggest; the user can change it in the browser's shortcut settings. */
export const SIDE_PANEL_KEY = 'Alt+Shift+C';

export interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

/**
 * Opens the side panel in the window where the shortcut was pressed. A key press is a user
 * gesture, which `sidePanel.open` requires, so the call is made at once, before anything is awaited.
 */
export function onCommand(
  sidePanel: SidePanelApi | undefined,
  command: string,
  tab: { windowId?: number } | undefined,
): void {
  if (command !== OPEN_SIDE_PANEL || !sidePanel || tab?.windowId === undefined) return;
  sidePanel.open({ windowId: tab.windowId }).catch(() => {});
}
