import { browser } from 'wxt/browser';
import { followedTab, SIDE_PANEL_CONNECTION } from '../messages/side-panel-connection';
import { Store } from '../store/store';
import { contentScripts, type ScriptingRegistry } from './content-scripts';
import { BackgroundHost } from './host';
import type { BrowserPort } from './port';
import { createRouter, type Sender } from './router';
import { onCommand, type SidePanelApi } from './side-panel-command';
import { createTabFollower, READING_SCRIPTS, type TabChange } from './tabs';

type Listenable = { addListener(listener: () => void): void };

export const REFRESH_ALARM = 'constellation-refresh';
/** Hourly is enough for day-based follow-ups, and alarms wake the worker without polling. */
export const REFRESH_MINUTES = 60;

/**
 * Wires the background: every listener is registered synchronously on start, as MV3 service
 * workers require (a worker woken by an event must find its listener already there).
 */
export function startBackground(): BackgroundHost {
  const b = browser as unknown as BrowserPort & typeof browser & { browserAction?: BrowserPort['action'] };
  const port: BrowserPort = {
    action: (b.action ?? b.browserAction) as BrowserPort['action'],
    tabs: b.tabs as unknown as BrowserPort['tabs'],
    runtime: b.runtime as unknown as BrowserPort['runtime'],
    notifications: b.notifications as unknown as BrowserPort['notifications'],
    scripting: b.scripting as unknown as BrowserPort['scripting'],
    // Firefox's manifest declares the content script; Chrome's leaves it to the background.
    contentScripts: browser.runtime.getManifest().content_scripts?.length
      ? undefined
      : contentScripts(b.scripting as unknown as ScriptingRegistry),
  };
  // The background is the only writer, so its Store may keep the pipeline lists between writes.
  const host = new BackgroundHost(new Store(indexedDB, { cache: true }), port);
  const route = createRouter(host, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: unknown) =>
    route(message, sender as Sender),
  );
  // Our side panels, each connected while open (from our own pages only: a content script's
  // connection names a LinkedIn URL and is dropped), say which tab they show.
  browser.runtime.onConnect.addListener((connection) => {
    const from = connection.sender?.url ?? '';
    if (connection.name !== SIDE_PANEL_CONNECTION || !from.startsWith(browser.runtime.getURL('/')))
      return connection.disconnect();
    connection.onMessage.addListener((message: unknown) => {
      const tabId = followedTab(message);
      if (tabId !== undefined) host.tabPages.follow(connection, tabId);
    });
    connection.onDisconnect.addListener(() => host.tabPages.leave(connection));
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.tabs.onRemoved.addListener((tabId) => void host.tabPages.forget(tabId, true));
  const follow = createTabFollower({
    tell: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    runs: (tabId, kind) => host.tabPages.runs(tabId, kind),
    inject: (tabId) =>
      port.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: READING_SCRIPTS }),
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A tab that moved to another page (or to a site whose URL we may not see) leaves its state.
    if (change.url !== undefined || change.status === 'loading')
      void host.tabPages.navigated(tabId, tab.url ?? change.url);
    void follow(tabId, change as TabChange, tab);
  });
  // Chrome's side panel shortcut; Firefox has no sidePanel (its sidebar shortcut is the browser's).
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  browser.commands?.onCommand.addListener((command: string, tab?: { windowId?: number }) =>
    onCommand(sidePanel, command, tab),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void host.refresh(true).catch(() => {});
  });
  void browser.alarms.get(REFRESH_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: REFRESH_MINUTES });
  });
  // Chrome 130+: pinning or unpinning our button changes whether a profile's badge shows.
  (port.action as { onUserSettingsChanged?: Listenable }).onUserSettingsChanged?.addListener(
    () => void host.tabPages.syncScript(),
  );
  void host.tabPages.syncScript();
  void host.refresh().catch(() => {});
  return host;
}
