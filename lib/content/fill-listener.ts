import { browser } from 'wxt/browser';
import { type FillRequest, type FillResult, fillMessageBox } from './fill-box';

// Bounds well above any channel's limit (InMail body 2,000, subject 200): larger is not a draft.
const MAX_TEXT = 10_000;
const MAX_SUBJECT = 1_000;

/** `{constellation: 1, fill: {text, subject?}}`, checked by hand: no zod in the page. */
export function fillRequest(message: unknown): FillRequest | null {
  if (!message || typeof message !== 'object') return null;
  const { constellation, fill } = message as { constellation?: unknown; fill?: unknown };
  if (constellation !== 1 || !fill || typeof fill !== 'object') return null;
  const { text, subject } = fill as { text?: unknown; subject?: unknown };
  if (typeof text !== 'string' || !text.trim() || text.length > MAX_TEXT) return null;
  if (subject !== undefined && (typeof subject !== 'string' || subject.length > MAX_SUBJECT)) return null;
  return subject ? { text, subject } : { text };
}

type Listener = (message: unknown, sender: { id?: string }, reply: (answer: FillResult) => void) => undefined;

/**
 * Answers the popup's "Fill LinkedIn's message box" in this tab. Only our own extension may ask;
 * anything else, or any other shape, goes unanswered. Removed when `signal` aborts.
 */
export function listenForFill(signal: AbortSignal, doc: Document = document): void {
  const listener: Listener = (message, sender, reply) => {
    if (!browser.runtime.id || sender.id !== browser.runtime.id) return;
    const request = fillRequest(message);
    if (request) reply(fillMessageBox(doc, request));
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), {
    once: true,
  });
}
