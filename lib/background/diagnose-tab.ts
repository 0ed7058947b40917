import { DIAGNOSE_GLOBAL } from '../content/diagnose-page';
import type { BrowserPort } from './port';

/**
 * The reader's diagnostic of the page in `tabId` (its structure, none of its text), from
 * diagnose.js injected only now. Null when the tab cannot be reached.
 */
export async function diagnoseTab(
  scripting: BrowserPort['scripting'],
  tabId: number | undefined,
): Promise<string | null> {
  if (tabId === undefined) return null;
  try {
    const target = { tabId, frameIds: [0] };
    await scripting.executeScript({ target, files: ['/diagnose.js'] });
    const [run] = await scripting.executeScript({
      target,
      // Runs in the tab, serialized: it may use only its arguments.
      func: (name: string) =>
        (globalThis as unknown as Record<string, (() => unknown) | undefined>)[name]?.() ?? null,
      args: [DIAGNOSE_GLOBAL],
    });
    return typeof run?.result === 'string' ? run.result : null;
  } catch {
    // The tab closed or moved on.
    return null;
  }
}
