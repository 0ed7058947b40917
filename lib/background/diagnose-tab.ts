import { DIAGNOSE_GLOBAL } from '../injected/diagnose-page';
import type { BrowserPort } from './port';
import { runInTab } from './run-in-tab';

/**
 * The reader's diagnostic of the page in `tabId` (its structure, none of its text), from
 * diagnose.js injected only now. Null when the tab cannot be reached.
 */
export async function diagnoseTab(
  scripting: BrowserPort['scripting'],
  tabId: number | undefined,
): Promise<string | null> {
  if (tabId === undefined) return null;
  const result = await runInTab(scripting, tabId, '/diagnose.js', DIAGNOSE_GLOBAL);
  return typeof result === 'string' ? result : null;
}
