import { FILL_GLOBAL, type FillRequest, type FillResult } from '../content/fill-box';
import type { BrowserPort } from './port';

/**
 * Fills the message box open in `tabId`; never sends. The fill code goes into the tab only now, on
 * the user's click (fill.js), and the request travels as an argument to our own function in our
 * isolated world, not as a message that anything else in the tab could imitate.
 */
export async function fillMessageBoxIn(
  scripting: BrowserPort['scripting'],
  tabId: number,
  request: FillRequest,
): Promise<FillResult | null> {
  try {
    const target = { tabId, frameIds: [0] };
    await scripting.executeScript({ target, files: ['/fill.js'] });
    const [run] = await scripting.executeScript({
      target,
      // Runs in the tab, serialized: it may use only its arguments.
      func: (name: string, req: FillRequest) =>
        (globalThis as unknown as Record<string, ((r: FillRequest) => unknown) | undefined>)[name]?.(req) ??
        null,
      args: [FILL_GLOBAL, request],
    });
    const answer = run?.result as FillResult | null | undefined;
    return answer && typeof answer.filled === 'boolean' ? answer : null;
  } catch {
    // The tab closed or moved on, or it is a page the browser will not let us script.
    return null;
  }
}
