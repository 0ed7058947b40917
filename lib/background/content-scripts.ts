import { JOB_PAGE_MATCHES } from '../linkedin-url';
import type { BrowserPort } from './port';
import { READING_SCRIPTS } from './tabs';

/** The registration's id (Chrome keeps it across restarts of the worker and the browser). */
const ID = 'constellation-linkedin';

/** The slice of Chrome's `scripting` that registers content scripts at run time. */
export interface ScriptingRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/**
 * The content script as Chrome runs it by itself, registered at run time instead of in the
 * manifest, so the background can keep it off LinkedIn while nobody could see what it reads
 * (lib/background/tab-pages.ts). Where it runs when registered is the manifest's old line: the
 * profiles and people lists, at document_idle; with its reader, since a page loaded while the
 * script is registered is usually read.
 */
export function contentScripts(registry: ScriptingRegistry): NonNullable<BrowserPort['contentScripts']> {
  return {
    registered: async () => (await registry.getRegisteredContentScripts({ ids: [ID] })).length > 0,
    register: () =>
      registry.registerContentScripts([
        {
          id: ID,
          matches: JOB_PAGE_MATCHES,
          js: READING_SCRIPTS.map((file) => file.slice(1)),
          runAt: 'document_idle',
        },
      ]),
    unregister: () => registry.unregisterContentScripts({ ids: [ID] }),
  };
}

/** Brings the registration to what `want` says, each call after the one before. */
export type Registrar = (want: () => Promise<boolean>) => Promise<void>;

/** A registrar over `scripts` (absent in Firefox: nothing to do). */
export function registrar(scripts: BrowserPort['contentScripts']): Registrar {
  // Whether the script is registered now (null: not known yet, asked of the browser).
  let registered: boolean | null = null;
  let queue = Promise.resolve();
  return (want) => {
    if (!scripts) return queue;
    queue = queue
      .then(async () => {
        const on = await want();
        registered ??= await scripts.registered();
        if (on === registered) return;
        await (on ? scripts.register() : scripts.unregister());
        registered = on;
      })
      .catch(() => {
        registered = null; // asked again next time
      });
    return queue;
  };
}
