import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Why each manifest line is here: PRODUCT.md ("minimal permissions", "invisible to the page").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Lets parallel builds (tests, benchmarks, screenshots) write to their own folder.
  outDir: process.env.CONSTELLATION_OUT ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every LinkedIn page, so it skips the polyfill (~3 KB gzipped):
    // it only calls runtime.sendMessage, which returns a Promise natively in Chrome MV3 and
    // Firefox. The background and our pages keep the polyfill (e.g. Promise-returning onMessage).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Constellation',
    description: 'Map what you need from a network, see who on LinkedIn could meet it, and ask boldly.',
    // storage: none (IndexedDB needs no permission); alarms: follow-up reminders without polling;
    // notifications: the reminder itself, switchable off in settings.
    permissions: ['alarms', 'notifications'],
    host_permissions: ['https://www.linkedin.com/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'constellation@constellation.local',
              // data_collection_permissions ("none": we collect nothing) needs 140, 142 on Android.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
