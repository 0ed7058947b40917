import type { BrowserPort } from './port';

/**
 * Injects `file` into the top frame of `tabId`, then calls the function it left at
 * `globalThis[name]` (in our isolated world, never the page's) with `args`, and returns what it
 * returned. Code that only a user's click needs reaches the tab only then; the arguments travel as
 * arguments, not as a message anything else in the tab could imitate. Undefined when the tab
 * cannot be scripted (closed, moved on, a page the browser protects).
 */
export async function runInTab(
  scripting: BrowserPort['scripting'],
  tabId: number,
  file: string,
  name: string,
  args: unknown[] = [],
): Promise<unknown> {
  try {
    const target = { tabId, frameIds: [0] };
    await scripting.executeScript({ target, files: [file] });
    const [run] = await scripting.executeScript({
      target,
      // Runs in the tab, serialized: it may use only its arguments.
      func: (global: string, given: unknown[]) =>
        (globalThis as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>)[global]?.(
          ...given,
        ) ?? null,
      args: [name, args],
    });
    return run?.result;
  } catch {
    return undefined;
  }
}
