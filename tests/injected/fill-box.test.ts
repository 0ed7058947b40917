// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineFill, FILL_GLOBAL, fillMessageBox, fillRequest } from '../../lib/injected/fill-box';

afterEach(() => {
  document.body.textContent = '';
});

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const OVERLAY =
  '<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div><button type="submit" class="msg-form__send-button">Send</button></form>';
const TEXTBOX =
  '<form><div role="textbox" contenteditable="true"></div><button type="submit">Send</button></form>';
const NOTE =
  '<div role="dialog"><textarea name="message" maxlength="300"></textarea><button type="button">Send</button></div>';
const CUSTOM =
  '<div role="dialog"><textarea id="custom-message"></textarea><button type="button">Send</button></div>';
const INMAIL =
  '<form class="msg-form"><input name="subject"><div class="msg-form__contenteditable" contenteditable="true"></div><button type="submit">Send</button></form>';

/** Builds the fixture with DOM calls from a fixed, trusted template (test markup, not page text). */
function page(markup: string): { sends: () => number; inputs: () => number } {
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.append(template.content);
  let sends = 0;
  let inputs = 0;
  for (const b of document.querySelectorAll('button')) b.addEventListener('click', () => sends++);
  for (const f of document.querySelectorAll('form'))
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      sends++;
    });
  document.body.addEventListener('input', () => inputs++);
  return { sends: () => sends, inputs: () => inputs };
}

const boxText = (el: Element | null) =>
  el instanceof HTMLTextAreaElement
    ? el.value
    : [...(el?.children ?? [])].map((p) => p.textContent).join('\n');

describe('fillMessageBox', () => {
  it.each([
    ['the messaging overlay', OVERLAY, '.msg-form__contenteditable'],
    ['a textbox in a messaging form', TEXTBOX, '[role="textbox"]'],
    ['the connection note', NOTE, 'textarea[name="message"]'],
    ['the custom-message note', CUSTOM, '#custom-message'],
  ])('fills %s as text, focuses it, fires input, never sends', (_, markup, selector) => {
    const counts = page(markup);
    const result = fillMessageBox(document, { text: 'Hello Ada,\n\nWould you have 20 minutes?' });
    expect(result).toEqual({ filled: true, reason: 'filled' });
    const box = document.querySelector(selector);
    expect(boxText(box)).toBe('Hello Ada,\n\nWould you have 20 minutes?');
    expect(document.activeElement).toBe(box);
    expect(counts.inputs()).toBeGreaterThan(0);
    expect(counts.sends()).toBe(0);
  });

  it('says so when no box is open, changing nothing', () => {
    page('<main><p>Feed</p><button>Send</button></main>');
    const before = document.body.outerHTML;
    expect(fillMessageBox(document, { text: 'Hi' })).toEqual({ filled: false, reason: 'no-box' });
    expect(document.body.outerHTML).toBe(before);
  });

  it.each([
    ['hidden', '<div hidden><textarea name="message"></textarea></div>'],
    [
      'aria-hidden',
      '<div aria-hidden="true"><div class="msg-form__contenteditable" contenteditable="true"></div></div>',
    ],
    ['disabled', '<textarea name="message" disabled></textarea>'],
    ['read-only', '<textarea name="message" readonly></textarea>'],
    ['not editable', '<div class="msg-form__contenteditable" contenteditable="false"></div>'],
  ])('ignores a %s box', (_, markup) => {
    page(markup);
    expect(fillMessageBox(document, { text: 'Hi' }).filled).toBe(false);
  });

  it('refuses text longer than the box allows rather than cutting it', () => {
    page(NOTE);
    expect(fillMessageBox(document, { text: 'x'.repeat(301) })).toEqual({
      filled: false,
      reason: 'too-long',
    });
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('');
  });

  it('puts hostile text in as text: no element but the paragraphs', () => {
    page(OVERLAY);
    fillMessageBox(document, { text: HOSTILE });
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(document.querySelector('.msg-form__contenteditable p')?.textContent).toBe(HOSTILE);
  });

  it('replaces what the box held, and keeps empty lines as empty paragraphs', () => {
    page(OVERLAY);
    const box = document.querySelector('.msg-form__contenteditable') as HTMLElement;
    box.append(document.createElement('p'));
    box.firstElementChild?.append('old text');
    fillMessageBox(document, { text: 'One\n\nTwo' });
    expect([...box.children].map((p) => [p.textContent, p.querySelector('br') !== null])).toEqual([
      ['One', false],
      ['', true],
      ['Two', false],
    ]);
  });

  it('fills the InMail subject beside the body', () => {
    page(INMAIL);
    fillMessageBox(document, { text: 'Body', subject: 'A 20-minute question about forecasting' });
    expect((document.querySelector('input[name="subject"]') as HTMLInputElement).value).toBe(
      'A 20-minute question about forecasting',
    );
  });

  it('prefers the focused box, then one in a dialog', () => {
    page(OVERLAY + NOTE);
    fillMessageBox(document, { text: 'to the dialog' });
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('to the dialog');
    (document.querySelector('.msg-form__contenteditable') as HTMLElement).focus();
    fillMessageBox(document, { text: 'to the focused one' });
    expect(boxText(document.querySelector('.msg-form__contenteditable'))).toBe('to the focused one');
  });
});

describe('fillRequest', () => {
  it.each([
    [{ text: 'Hi' }, { text: 'Hi' }],
    [
      { text: 'Hi', subject: 'S' },
      { text: 'Hi', subject: 'S' },
    ],
    [{ text: 'Hi', subject: '' }, { text: 'Hi' }],
  ])('accepts %j', (message, expected) => {
    expect(fillRequest(message)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'fill'],
    ['an Api call', { constellation: 1, method: 'getConfig', args: [] }],
    ['no text', {}],
    ['blank text', { text: '  \n' }],
    ['text not a string', { text: ['Hi'] }],
    ['huge text', { text: 'x'.repeat(10_001) }],
    ['subject not a string', { text: 'Hi', subject: 3 }],
  ])('refuses %s', (_, message) => {
    expect(fillRequest(message)).toBeNull();
  });
});

describe('defineFill (what fill.js leaves for the popup to call)', () => {
  const call = (request: unknown) =>
    (globalThis as unknown as Record<string, (r: unknown) => unknown>)[FILL_GLOBAL]?.(request);

  it('fills through the global with a valid request, and refuses any other shape', () => {
    document.body.innerHTML =
      '<form><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></form>';
    defineFill(document);
    expect(call({ text: 42 })).toBeNull();
    expect(boxText(document.querySelector('.msg-form__contenteditable'))).toBe('');
    expect(call({ text: 'Hello' })).toEqual({ filled: true, reason: 'filled' });
    expect(boxText(document.querySelector('.msg-form__contenteditable'))).toBe('Hello');
  });
});
