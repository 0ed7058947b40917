// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { daysAgo, now, person, type Seed, seededStore, stored } from './seed';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const needs = defaultNeeds().map((n) =>
  n.id === 'project-feedback' ? { ...n, ask: 'feedback on my paper on clinical risk models' } : n,
);
const ada = person('ada-north', {
  headline: 'Director of Clinical Research at Harbor Health',
  company: 'Harbor Health',
  needs: ['project-feedback'],
  tags: [{ need: 'sponsorship', strength: 0.9, reasons: ['Director: more senior than you'] }],
});

async function openDraft(seed: Seed = {}, hash = '#draft?slug=ada-north&need=project-feedback') {
  const api = await seededStore({
    needs,
    people: [ada],
    self: { goal: 'lead a clinical data team' },
    ...seed,
  });
  render(<Popup api={api} now={now} hash={hash} />);
  const area = (await screen.findByLabelText('Your request')) as HTMLTextAreaElement;
  await waitFor(() => expect(area.value.length).toBeGreaterThan(0));
  return { api, area };
}

const type = (area: HTMLTextAreaElement, value: string) => fireEvent.input(area, { target: { value } });
const kinds = () =>
  [...document.querySelectorAll('#draft-findings [data-kind]')].map((e) => e.getAttribute('data-kind'));

describe('Draft view', () => {
  it('opens from #draft?slug=&need= with the person and need chosen', async () => {
    const { area } = await openDraft();
    expect(screen.getByRole('tab', { name: 'Draft' }).getAttribute('aria-selected')).toBe('true');
    expect((document.querySelector('[data-picker="person"]') as HTMLSelectElement).value).toBe('ada-north');
    expect((document.querySelector('[data-picker="need"]') as HTMLSelectElement).value).toBe(
      'project-feedback',
    );
    expect(area.value).toMatch(/Ada/);
    // The person's tagged needs come first.
    const order = [...document.querySelectorAll('[data-picker="need"] option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(order.slice(0, 2).sort()).toEqual(['project-feedback', 'sponsorship']);
  });

  it('counts against the limit as the user types, and warns when over', async () => {
    const { area } = await openDraft();
    type(area, 'Hello Ada');
    await waitFor(() => expect(document.getElementById('draft-counter')?.textContent).toContain('9 / 200'));
    expect(document.getElementById('draft-counter')?.getAttribute('data-over')).toBe('false');
    type(area, 'word '.repeat(60));
    await waitFor(() =>
      expect(document.getElementById('draft-counter')?.getAttribute('data-over')).toBe('true'),
    );
    expect(kinds()).toContain('too-long');
  });

  it('lists and marks the coach findings on every input', async () => {
    const { area } = await openDraft();
    type(area, 'Sorry to bother you, I know you are busy. Will you be my mentor?');
    await waitFor(() => expect(kinds()).toContain('hedge'));
    expect(kinds()).toContain('mentor-opener');
    const mark = document.querySelector('.editor-marks mark[data-kind="hedge"]');
    expect(mark?.textContent?.toLowerCase()).toContain('sorry');
    type(
      area,
      'Hi Ada, your work on risk models at Harbor Health is why I ask: could we have 20 minutes on a call next week about my paper? I can share our dataset notes in return.',
    );
    await waitFor(() => expect(kinds()).not.toContain('hedge'));
    expect(document.querySelector('.editor-marks mark[data-kind="hedge"]')).toBeNull();
  });

  it('keeps hostile text inert in the marks layer', async () => {
    const { area } = await openDraft();
    type(area, '<img src=x onerror=alert(1)> just <b>checking</b>');
    await waitFor(() => expect(document.querySelector('.editor-marks')?.textContent).toContain('<img'));
    expect(document.querySelector('.editor-marks img, .editor-marks b')).toBeNull();
  });

  it('writes another version on request', async () => {
    const { area } = await openDraft({}, '#draft?slug=ada-north&need=project-feedback');
    const first = area.value;
    fireEvent.click(screen.getByText('Another version'));
    await waitFor(() => expect(area.value).not.toBe(first));
  });

  it('copies what is in the box and says so', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { area } = await openDraft();
    type(area, 'Hi Ada, 20 minutes next week?');
    fireEvent.click(screen.getByText('Copy'));
    await screen.findByText('Copied ✓');
    expect(writeText).toHaveBeenCalledWith('Hi Ada, 20 minutes next week?');
  });

  it.each([
    ['Save as drafted', 'drafted', 'connection-note'],
    ['Mark as sent', 'sent', 'message'],
  ] as const)('%s moves the person with the text and channel', async (button, stage, channel) => {
    const { api, area } = await openDraft();
    fireEvent.click(document.querySelector(`input[data-channel="${channel}"]`) as HTMLElement);
    await waitFor(() =>
      expect((document.querySelector(`input[data-channel="${channel}"]`) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    type(area, 'Hi Ada, could we talk for 20 minutes next week?');
    fireEvent.click(screen.getByText(button));
    await screen.findByRole('status');
    expect(area.value).toBe('Hi Ada, could we talk for 20 minutes next week?');
    expect((await stored(api, 'ada-north'))?.stage).toBe(stage);
    const [event] = await api.listEvents('ada-north');
    expect(event).toMatchObject({
      stage,
      channel,
      text: 'Hi Ada, could we talk for 20 minutes next week?',
      needs: ['project-feedback'],
    });
  });

  it('suggests connecting without a note when the month’s notes are spent', async () => {
    const sent = Array.from({ length: 5 }, (_, i) => ({
      id: `n${i}`,
      slug: `p-${i}`,
      stage: 'sent' as const,
      channel: 'connection-note' as const,
      text: 'Hi, a note',
      at: daysAgo(i + 1),
      needs: [],
    }));
    await openDraft({ events: sent, people: [ada, ...sent.map((e) => person(e.slug, { stage: 'sent' }))] });
    await waitFor(() =>
      expect(document.querySelector('[data-constellation="note-budget"]')?.textContent).toMatch(
        /without a note/,
      ),
    );
    fireEvent.click(document.querySelector('input[data-channel="message"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[data-constellation="note-budget"]')).toBeNull());
  });

  it('drafts for the profile in the active tab even before it is saved, and saves it on Mark as sent', async () => {
    const api = await seededStore({ needs });
    render(
      <Popup
        api={api}
        now={now}
        hash="#draft"
        activeTabUrl={async () => 'https://www.linkedin.com/in/kim-park/'}
      />,
    );
    const area = (await screen.findByLabelText('Your request')) as HTMLTextAreaElement;
    await waitFor(() =>
      expect((document.querySelector('[data-picker="person"]') as HTMLSelectElement).value).toBe('kim-park'),
    );
    type(area, 'Hi Kim, 20 minutes next week?');
    fireEvent.click(screen.getByText('Mark as sent'));
    await screen.findByRole('status');
    expect((await stored(api, 'kim-park'))?.stage).toBe('sent');
  });

  it('says what to do when there is nobody to write to', async () => {
    render(<Popup api={await seededStore()} now={now} hash="#draft" />);
    expect(await screen.findByText(/Nobody to write to yet/)).toBeTruthy();
  });
});
