import { diagnose } from '../reader/diagnose';

/** The global (in our isolated world, never the page's) through which the background asks. */
export const DIAGNOSE_GLOBAL = 'constellationDiagnose';

/**
 * What `diagnose.js` does when injected: leaves `globalThis.constellationDiagnose()` for the
 * background to call. Only when the user asks for a diagnostic: the profile panel's "Copy
 * diagnostic" on a page it could not read. Every other page is spared the code.
 */
export function defineDiagnose(doc: Document = document): void {
  (globalThis as Record<string, unknown>)[DIAGNOSE_GLOBAL] = (): string => diagnose(doc, location.href);
}
