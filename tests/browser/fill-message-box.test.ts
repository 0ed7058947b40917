import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, type PageProblems } from './harness';

// "Fill LinkedIn's message box" end to end in real Chromium: the popup's call to the background,
// which injects fill.js into the LinkedIn tab on the click (the popup's own button is covered by its
// component test, since a popup opened as a tab is itself the active tab). The box gets the text,
// Send is never clicked, and nothing else on the page changes. Messaging pages carry no content
// script, so this also shows the fill needs none.

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ routes: [[/^\/messaging\/thread\/fictional\/?$/, 'browser-message-box.html']] });
});
afterAll(() => harness?.close());

const TEXT = 'Hi Ada,\n\nWould you have 20 minutes next week? <b>not bold</b>';

async function openBox(query: string): Promise<Page & PageProblems> {
  const page = await harness.open(`/messaging/thread/fictional/${query}`);
  await page.waitForLoadState('load');
  return page;
}

/** What the popup's "Fill" button asks the background, for the tab at `url`. */
async function send(url: string, request: unknown): Promise<unknown> {
  const from = await harness.openExtensionPage('popup.html');
  try {
    const tabId = await from.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    return await harness.call('fillMessageBox', tabId, request);
  } finally {
    await from.close();
  }
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __sends: number; __inputs: number; __foreign(): string[] };
    return { sends: w.__sends, inputs: w.__inputs, foreign: w.__foreign() };
  });

describe('Fill LinkedIn’s message box', () => {
  it('fills the open messaging box as text, never presses Send, changes nothing else', async () => {
    const page = await openBox('');
    const answer = await send(page.url(), { text: TEXT });
    expect(answer).toEqual({ filled: true, reason: 'filled' });
    const box = page.locator('.msg-form__contenteditable');
    expect(await box.evaluate((el) => [...el.children].map((p) => p.textContent))).toEqual([
      'Hi Ada,',
      '',
      'Would you have 20 minutes next week? <b>not bold</b>',
    ]);
    expect(await box.locator('b').count()).toBe(0);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    const c = await counts(page);
    expect(c.sends).toBe(0);
    expect(c.inputs).toBeGreaterThan(0);
    expect(c.foreign).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('fills the connection note, within its limit', async () => {
    const page = await openBox('?note');
    const note = 'Hi Ada, your forecasting work caught my eye. May I ask one question?';
    expect(await send(page.url(), { text: note })).toEqual({
      filled: true,
      reason: 'filled',
    });
    expect(await page.locator('#custom-message').inputValue()).toBe(note);
    expect(await send(page.url(), { text: 'x'.repeat(301) })).toEqual({
      filled: false,
      reason: 'too-long',
    });
    expect(await page.locator('#custom-message').inputValue()).toBe(note);
    const c = await counts(page);
    expect(c.sends).toBe(0);
    expect(c.foreign).toEqual([]);
    await page.close();
  });

  it('says so when no box is open, and leaves the page alone', async () => {
    const page = await openBox('?closed');
    expect(await send(page.url(), { text: TEXT })).toEqual({
      filled: false,
      reason: 'no-box',
    });
    const c = await counts(page);
    expect(c).toEqual({ sends: 0, inputs: 0, foreign: [] });
    await page.close();
  });

  it('refuses a request of another shape before it reaches the tab', async () => {
    const page = await openBox('');
    await expect(send(page.url(), { text: 42 })).rejects.toThrow(/fillMessageBox: .*text/);
    await expect(send(page.url(), { text: 'x'.repeat(10_001) })).rejects.toThrow(/fillMessageBox/);
    expect(await page.locator('.msg-form__contenteditable').textContent()).toBe('');
    expect((await counts(page)).foreign).toEqual([]);
    await page.close();
  });

  it('answers null for a tab that is gone, and fills nothing', async () => {
    const page = await openBox('');
    const tabUrl = page.url();
    const from = await harness.openExtensionPage('popup.html');
    const tabId = await from.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, tabUrl);
    await from.close();
    await page.close();
    expect(await harness.call('fillMessageBox', tabId, { text: TEXT })).toBeNull();
  });
});
