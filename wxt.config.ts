import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { OPEN_SIDE_PANEL, SIDE_PANEL_KEY } from './lib/background/side-panel-command';
import { JOB_PAGE_MATCHES } from './lib/linkedin-url';
import { ICONS } from './store/icon-sizes';

// Why each manifest line is here: PRODUCT.md ("minimal permissions", "invisible to the page").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Lets parallel builds (tests, benchmarks, screenshots) write to their own folder.
  outDir: process.env.CONSTELLATION_OUT ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  // The sources zip AMO asks for: what builds the add-on (store/check-zip.ts proves it rebuilds the
  // package exactly); the tests and their fixtures are not needed for that.
  zip: { excludeSources: ['tests/**', 'coverage/**', 'web-ext-artifacts/**'] },
  hooks: {
    // WXT writes Firefox's sidebar_action from the side panel entrypoint, without an icon: ours.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = ICONS;
    },
    // Scripts that run in LinkedIn pages (the content script, the fill) skip the polyfill (~3 KB
    // gzipped): they only call runtime.sendMessage and answer onMessage by callback, both native in
    // Chrome MV3 and Firefox. The background and our pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'unlisted-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Constellation',
    description: 'Map what you need from a network, see who on LinkedIn could meet it, and ask boldly.',
    // Our own mark (public/icon/, npm run icons) in the toolbar, on the extensions page and in the
    // stores, instead of the grey letter a browser draws for an extension without one.
    icons: ICONS,
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: ICONS },
    // storage: none (IndexedDB needs no permission); alarms: follow-up reminders without polling;
    // notifications: the reminder itself, switchable off in settings; scripting: the content script
    // into a profile or list someone wants read (and, in Chrome, registered to run by itself while
    // a page load may be), its reader and page display beside it, and the fill on the user's click.
    permissions: ['alarms', 'notifications', 'scripting'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Only where a job may run (no script on the feed, messaging or jobs); in-page navigation to
    // such a page is lib/background/tabs.ts's. Chrome's is registered at run time instead, only
    // while someone could see a page read (lib/background/content-scripts.ts): a profile loaded
    // with no side panel open and our button unpinned carries nothing of ours. Firefox shows our
    // badge whether pinned or not, so its profiles are always read: the manifest's line is kept.
    ...(browser === 'firefox'
      ? { content_scripts: [{ matches: JOB_PAGE_MATCHES, js: ['linkedin.js'], run_at: 'document_idle' }] }
      : {}),
    // The side panel from the keyboard: Firefox opens its sidebar itself; in Chrome the background
    // opens the panel on the command (lib/background/side-panel-command.ts). No permission needed.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : OPEN_SIDE_PANEL]: {
        suggested_key: { default: SIDE_PANEL_KEY },
        description: 'Open Constellation’s side panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'constellation@constellation.local',
              // data_collection_permissions ("none": we collect nothing) needs 140 on desktop, 142
              // on Android; the rest is older (sidebar_action 54, scripting in MV2 102, IndexedDB in
              // add-ons). 140 is the current ESR (Debian's firefox-esr): 142 refused to install there.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The side panel is Chrome 114's; sidePanel.open() from the popup's button, 116's.
        { minimum_chrome_version: '116' }),
  }),
});
