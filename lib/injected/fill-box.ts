/** What the popup asks for: the draft as plain text, and the subject for an InMail. */
export interface FillRequest {
  text: string;
  subject?: string;
}

export interface FillResult {
  filled: boolean;
  /** 'filled', 'no-box' (nothing open to fill) or 'too-long' (the box allows fewer characters). */
  reason: 'filled' | 'no-box' | 'too-long';
}

// Bounds well above any channel's limit (InMail body 2,000, subject 200): larger is not a draft.
const MAX_TEXT = 10_000;
const MAX_SUBJECT = 1_000;

/** `{text, subject?}`, checked by hand: no zod in the page. */
export function fillRequest(message: unknown): FillRequest | null {
  if (!message || typeof message !== 'object') return null;
  const { text, subject } = message as { text?: unknown; subject?: unknown };
  if (typeof text !== 'string' || !text.trim() || text.length > MAX_TEXT) return null;
  if (subject !== undefined && (typeof subject !== 'string' || subject.length > MAX_SUBJECT)) return null;
  return subject ? { text, subject } : { text };
}

/** The global (in our isolated world, never the page's) through which the popup calls a fill. */
export const FILL_GLOBAL = 'constellationFill';

/**
 * What `fill.js` does when injected: leaves `globalThis.constellationFill(request)` for the popup's
 * next `executeScript` call, which passes the request as an argument (see lib/background/fill-message-box.ts).
 */
export function defineFill(doc: Document = document): void {
  (globalThis as Record<string, unknown>)[FILL_GLOBAL] = (message: unknown): FillResult | null => {
    const request = fillRequest(message);
    return request ? fillMessageBox(doc, request) : null;
  };
}

// LinkedIn's message boxes: the messaging overlay's editor, a textbox inside a messaging form, the
// connection note. Only boxes that are open (rendered, enabled) count.
const BODY =
  'div.msg-form__contenteditable[contenteditable="true"],form [role="textbox"][contenteditable="true"],[class*="msg-form"] [role="textbox"][contenteditable="true"],textarea[name="message"],textarea#custom-message';
const SUBJECT = 'input[name="subject"],input.msg-form__subject';

/**
 * Puts `request` into the message box the user has open, as text, and focuses it. It never sends:
 * the user reviews and presses Send. With several boxes open, the focused one, else one in a dialog
 * (it sits on top), else the first.
 */
export function fillMessageBox(doc: Document, { text, subject }: FillRequest): FillResult {
  const boxes = [...doc.querySelectorAll<HTMLElement>(BODY)].filter(usable);
  const box =
    boxes.find((b) => b.contains(doc.activeElement)) ??
    boxes.find((b) => b.closest('[role="dialog"]')) ??
    boxes[0];
  if (!box) return { filled: false, reason: 'no-box' };
  const area = box instanceof HTMLTextAreaElement;
  if (area && box.maxLength > 0 && text.length > box.maxLength) return { filled: false, reason: 'too-long' };
  const field =
    subject && (box.closest('form,[role="dialog"]') ?? doc).querySelector<HTMLInputElement>(SUBJECT);
  if (field && usable(field)) setValue(field, subject);
  if (area) setValue(box, text);
  else {
    // One paragraph per line, as LinkedIn's editor writes them; text nodes only, never parsed HTML.
    box.replaceChildren(
      ...text.split('\n').map((line) => {
        const p = doc.createElement('p');
        p.append(line || doc.createElement('br'));
        return p;
      }),
    );
    notify(box, text);
  }
  box.focus();
  return { filled: true, reason: 'filled' };
}

// A closed overlay may stay in the DOM, hidden: filling it would put the text where nobody sees it.
function usable(el: HTMLElement): boolean {
  const input = el as HTMLTextAreaElement;
  return (
    !input.disabled &&
    !input.readOnly &&
    !el.closest('[hidden],[aria-hidden="true"]') &&
    (el.checkVisibility?.() ?? true)
  );
}

// Through the prototype's setter, so frameworks that track the value property notice the change.
function setValue(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, text);
  notify(el, text);
}

function notify(el: HTMLElement, text: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
