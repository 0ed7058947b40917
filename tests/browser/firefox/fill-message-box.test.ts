import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, HAS_FIREFOX, launchFirefox, type Tab } from './harness';
import { isOurs } from './network';

// "Fill LinkedIn's message box" in real Firefox, as ../fill-message-box.test.ts does in Chromium:
// the popup's call to the background, which injects fill.js into the LinkedIn tab (scripting in
// MV2). The box gets the text as text, Send is never pressed, nothing else on the page changes.
// One Firefox for the file.

const TEXT = 'Hi Ada,\n\nWould you have 20 minutes next week? <b>not bold</b>';

let h: FirefoxHarness;
beforeAll(async () => {
  if (!HAS_FIREFOX) return;
  h = await launchFirefox({ routes: [[/^\/messaging\/thread\/fictional\/?$/, 'browser-message-box.html']] });
});
afterAll(() => h?.close());

const counts = (page: Tab) =>
  page.evaluate(() => {
    const w = window as unknown as { __sends: number; __inputs: number; __foreign(): string[] };
    return { sends: w.__sends, inputs: w.__inputs, foreign: w.__foreign() };
  });

describe.skipIf(!HAS_FIREFOX)('Fill LinkedIn’s message box in real Firefox', () => {
  it('fills the open box as text, focused, never presses Send, changes nothing else', async () => {
    const page = await h.open('/messaging/thread/fictional/');
    const answer = await h.call('fillMessageBox', await h.tabId(page), { text: TEXT });
    expect(answer).toEqual({ filled: true, reason: 'filled' });
    const box = await page.waitForSelector('.msg-form__contenteditable');
    expect(await box?.evaluate((el) => [...el.children].map((p) => p.textContent))).toEqual([
      'Hi Ada,',
      '',
      'Would you have 20 minutes next week? <b>not bold</b>',
    ]);
    expect(
      await box?.evaluate((el) => [el.querySelectorAll('b').length, el === document.activeElement]),
    ).toEqual([0, true]);
    const c = await counts(page);
    expect(c.sends).toBe(0);
    expect(c.inputs).toBeGreaterThan(0);
    expect(c.foreign).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('fills the connection note within its limit, and refuses a longer one', async () => {
    const page = await h.open('/messaging/thread/fictional/?note');
    const tabId = await h.tabId(page);
    const note = 'Hi Ada, your forecasting work caught my eye. May I ask one question?';
    expect(await h.call('fillMessageBox', tabId, { text: note })).toEqual({ filled: true, reason: 'filled' });
    expect(await h.call('fillMessageBox', tabId, { text: 'x'.repeat(301) })).toEqual({
      filled: false,
      reason: 'too-long',
    });
    expect(await page.$eval('#custom-message', (el) => (el as HTMLTextAreaElement).value)).toBe(note);
    expect(await counts(page)).toMatchObject({ sends: 0, foreign: [] });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says so when no box is open, and leaves the page alone', async () => {
    const page = await h.open('/messaging/thread/fictional/?closed');
    expect(await h.call('fillMessageBox', await h.tabId(page), { text: TEXT })).toEqual({
      filled: false,
      reason: 'no-box',
    });
    expect(await counts(page)).toEqual({ sends: 0, inputs: 0, foreign: [] });
    await h.canaries(page);
    await page.close();
  });

  it('sent nothing over the network', () => {
    expect(h.network.seen.filter(isOurs)).toEqual([]);
  });
});
