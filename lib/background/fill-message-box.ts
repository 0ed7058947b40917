import { FILL_GLOBAL, type FillRequest, type FillResult } from '../injected/fill-box';
import type { BrowserPort } from './port';
import { runInTab } from './run-in-tab';

/**
 * Fills the message box open in `tabId`; never sends. The fill code goes into the tab only now, on
 * the user's click (fill.js), with the request as an argument.
 */
export async function fillMessageBoxIn(
  scripting: BrowserPort['scripting'],
  tabId: number,
  request: FillRequest,
): Promise<FillResult | null> {
  const answer = (await runInTab(scripting, tabId, '/fill.js', FILL_GLOBAL, [request])) as
    | FillResult
    | null
    | undefined;
  return answer && typeof answer.filled === 'boolean' ? answer : null;
}
