// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanel } from '../../../lib/content/ui/panel';
import type { ProfilePanelProps } from '../../../lib/content/ui/panel-props';
import type { Tag } from '../../../lib/domain';
import { user } from './user-events';

afterEach(() => {
  document.body.textContent = '';
});

/** Renders into a fresh container; the returned function re-renders the same person. */
function render(p: ProfilePanelProps): { rerender: (p: ProfilePanelProps) => void } {
  const panel = createPanel(document.body.appendChild(document.createElement('div')));
  panel.render('person', p);
  return { rerender: (next) => panel.render('person', next) };
}

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const TAGS: Tag[] = [
  {
    need: 'project-feedback',
    strength: 0.87,
    reasons: [
      "Headline mentions 'forecasting'",
      'Reviews papers for a journal',
      'Director-level: more senior',
    ],
  },
  { need: 'safe-space', strength: 0.38, reasons: ['Outside your organisation and field'] },
  { need: 'custom-grant-writing', strength: 0.5, reasons: [] },
];

function props(over: Partial<ProfilePanelProps> = {}): ProfilePanelProps {
  return {
    status: 'ready',
    name: 'Oriane Castell',
    headline: 'Director of Forecasting',
    tags: TAGS,
    labels: ['bold', 'confidante'],
    missing: [],
    needNames: { 'project-feedback': 'Project-Specific Feedback', 'custom-grant-writing': 'Grant writing' },
    collapsed: false,
    onToggle: vi.fn(),
    onSave: vi.fn(async () => 'identified' as const),
    onDraft: vi.fn(async () => {}),
    onFeedback: vi.fn(async () => {}),
    onOpenNeedsMap: vi.fn(async () => {}),
    ...over,
  };
}

const tagEls = () => [...document.querySelectorAll('[data-need]')];

describe('ProfilePanel: tags', () => {
  it('shows each tag with its need id and strength, strongest reason first', () => {
    render(props());
    expect(tagEls().map((el) => [el.getAttribute('data-need'), el.getAttribute('data-strength')])).toEqual([
      ['project-feedback', '0.87'],
      ['safe-space', '0.38'],
      ['custom-grant-writing', '0.5'],
    ]);
    expect(screen.getByText("Headline mentions 'forecasting'")).toBeTruthy();
    // The user's own name for a need; the id when there is none.
    expect(screen.getByText('Grant writing')).toBeTruthy();
    expect(screen.getByText('safe-space')).toBeTruthy();
  });

  it.each([
    [0.87, 'strong'],
    [0.5, 'worth a look'],
    [0.38, 'possible'],
  ])('says strength %s in words (%s), not only as a bar', (strength, word) => {
    render(props({ tags: [{ need: 'networks', strength, reasons: [] }] }));
    const meter = document.querySelector('meter');
    expect(meter?.getAttribute('value')).toBe(String(strength));
    expect(document.querySelector('[data-need="networks"] .word')?.textContent).toBe(word);
  });

  it('shows more reasons on request, and says how many', () => {
    render(props());
    const item = document.querySelector('[data-need="project-feedback"]')!;
    expect(item.querySelectorAll('.reasons li')).toHaveLength(1);
    const more = screen.getByRole('button', { name: '2 more reasons' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    user.click(more);
    expect(item.querySelectorAll('.reasons li')).toHaveLength(3);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows labels with their ids', () => {
    render(props());
    expect([...document.querySelectorAll('[data-label]')].map((el) => el.getAttribute('data-label'))).toEqual(
      ['bold', 'confidante'],
    );
  });

  it('shows labels in the words the background sends, explained on hover; ids without them', () => {
    render(props({ labelWords: { bold: ['Bold ask', 'Beyond your usual circle.'] } }));
    const [bold, confidante] = [...document.querySelectorAll('[data-label]')];
    expect([bold?.textContent, bold?.getAttribute('title')]).toEqual([
      'Bold ask',
      'Beyond your usual circle.',
    ]);
    expect([confidante?.textContent, confidante?.hasAttribute('title')]).toEqual(['confidante', false]);
  });

  it('says so when no need matched', () => {
    render(props({ tags: [], labels: [] }));
    expect(tagEls()).toHaveLength(0);
    expect(screen.getByText(/None of your unmet needs matched/)).toBeTruthy();
  });
});

describe('ProfilePanel: page text is text', () => {
  it.each([
    ['name', { name: HOSTILE }],
    ['headline', { headline: HOSTILE }],
    ['reason', { tags: [{ need: 'networks', strength: 0.6, reasons: [HOSTILE] }] as Tag[] }],
    ['need name', { needNames: { 'project-feedback': HOSTILE } }],
  ])('renders a hostile %s literally, creating no elements', (_, over) => {
    render(props(over));
    expect(document.body.textContent).toContain(HOSTILE);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('keeps a huge name in the DOM as one text node (CSS clamps it to two lines)', () => {
    const name = 'W'.repeat(20_000);
    render(props({ name }));
    expect(document.querySelector('.name')?.textContent).toBe(name);
  });
});

describe('ProfilePanel: collapse and keyboard', () => {
  it('toggles with a real button that reports aria-expanded', () => {
    const onToggle = vi.fn();
    const { rerender } = render(props({ onToggle }));
    const toggle = document.querySelector('[data-action="collapse"]') as HTMLButtonElement;
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    user.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(true);
    rerender(props({ onToggle, collapsed: true }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(tagEls()).toHaveLength(0);
    expect(document.querySelector('.summary')?.textContent).toBe('3 needs');
  });

  it('every action is a focusable button with a name', () => {
    render(props());
    for (const el of document.querySelectorAll('[data-action]')) {
      expect(el.tagName).toBe('BUTTON');
      expect(el.getAttribute('type')).toBe('button');
      expect((el.getAttribute('aria-label') ?? el.textContent ?? '').trim().length).toBeGreaterThan(1);
    }
  });

  it('activates save from the keyboard (a button submits on Enter and Space natively)', async () => {
    const onSave = vi.fn(async () => 'identified' as const);
    render(props({ onSave }));
    const save = document.querySelector('[data-action="save"]') as HTMLButtonElement;
    save.focus();
    expect(document.activeElement).toBe(save);
    // happy-dom does not synthesise the click a browser makes on Enter; the browser test does.
    user.click(save);
    await waitFor(() => expect(save.textContent).toBe('Saved · identified'));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});

describe('ProfilePanel: actions', () => {
  it('drafts for the strongest need, opens the needs map', async () => {
    const p = props();
    render(p);
    user.click(document.querySelector('[data-action="draft"]')!);
    user.click(document.querySelector('[data-action="needs-map"]')!);
    await waitFor(() => expect(p.onOpenNeedsMap).toHaveBeenCalled());
    expect(p.onDraft).toHaveBeenCalledWith('project-feedback');
  });

  it('shows the stage of someone already saved', () => {
    render(props({ stage: 'drafted' }));
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Saved · drafted');
  });

  it('says what went wrong when saving fails, and stays usable', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('The browser has no room left to save this.');
    });
    render(props({ onSave }));
    const save = document.querySelector('[data-action="save"]') as HTMLButtonElement;
    user.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('no room left'));
    expect(save.disabled).toBe(false);
    expect(save.textContent).toBe('Save');
  });

  it('rejecting a tag tells the store and removes the tag; confirming marks it', async () => {
    const onFeedback = vi.fn(async () => {});
    render(props({ onFeedback }));
    const safe = document.querySelector('[data-need="safe-space"]')!;
    user.click(safe.querySelector('[data-action="reject"]')!);
    await waitFor(() => expect(document.querySelector('[data-need="safe-space"]')).toBeNull());
    expect(onFeedback).toHaveBeenCalledWith('safe-space', 'reject');
    const confirm = document.querySelector('[data-need="project-feedback"] [data-action="confirm"]')!;
    user.click(confirm);
    await waitFor(() => expect(confirm.getAttribute('aria-pressed')).toBe('true'));
    expect(onFeedback).toHaveBeenCalledWith('project-feedback', 'confirm');
    expect(document.querySelector('.summary')?.textContent).toBe('2 needs');
  });

  it('keeps a tag whose rejection failed, and says why', async () => {
    const onFeedback = vi.fn(async () => {
      throw new Error('Constellation’s background did not answer.');
    });
    render(props({ onFeedback }));
    user.click(document.querySelector('[data-need="safe-space"] [data-action="reject"]')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('did not answer'));
    expect(document.querySelector('[data-need="safe-space"]')).not.toBeNull();
  });
});

describe('ProfilePanel: the page cannot press it', () => {
  it('synthetic clicks and keys on every button (el.click(), dispatched events) do nothing', async () => {
    const p = props({
      name: 'Oriane Castell',
      diagnostic: vi.fn(async () => 'x'),
      copy: vi.fn(async () => true),
    });
    render(p);
    const buttons = [...document.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(5);
    for (const button of buttons) {
      button.click();
      fireEvent.click(button);
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      fireEvent.keyDown(button, { key: 'Enter' });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const fn of [p.onToggle, p.onSave, p.onDraft, p.onFeedback, p.onOpenNeedsMap, p.diagnostic])
      expect(fn).not.toHaveBeenCalled();
    expect(tagEls()).toHaveLength(3);
    expect(document.querySelector('.reasons')?.children).toHaveLength(1);
    // The same buttons do answer the user.
    user.click(document.querySelector('[data-action="draft"]')!);
    expect(p.onDraft).toHaveBeenCalledTimes(1);
  });
});

describe('ProfilePanel: states', () => {
  it('lists what could not be read', () => {
    render(props({ missing: ['experience', 'skills'] }));
    expect(document.querySelector('.missing')?.textContent).toContain('experience, skills');
  });

  it.each([['reading' as const], ['tagging' as const]])('shows progress while %s, no tags yet', (status) => {
    render(props({ status, tags: [] }));
    expect(document.querySelector('.summary')?.textContent).toBe('reading…');
    expect(tagEls()).toHaveLength(0);
  });

  it('shows the background’s error next to the person', () => {
    render(props({ status: 'error', error: 'Reload the extension.', tags: [] }));
    expect(screen.getByRole('alert').textContent).toBe('Reload the extension.');
    expect(document.querySelector('.name')?.textContent).toBe('Oriane Castell');
  });

  it.each([
    ['status unreadable', { status: 'unreadable' as const }],
    ['no name read', { name: null }],
  ])('when the page cannot be read (%s) says so and offers a diagnostic', async (_, over) => {
    const copy = vi.fn(async () => true);
    render(props({ ...over, tags: [], copy, diagnostic: async () => 'constellation-reader/1 h1=0' }));
    expect(screen.getByText('Constellation could not read this page')).toBeTruthy();
    expect(document.querySelector('[data-action="save"]')).toBeNull();
    user.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied.'));
    expect(copy).toHaveBeenCalledWith('constellation-reader/1 h1=0');
  });

  it('shows the diagnostic to copy by hand when the page forbids the clipboard', async () => {
    const copy = vi.fn(async () => false);
    render(props({ name: null, copy, diagnostic: async () => 'constellation-reader/1 h1=0' }));
    user.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    await waitFor(() =>
      expect(document.querySelector('textarea')?.value).toBe('constellation-reader/1 h1=0'),
    );
  });
});

describe('ProfilePanel: the store answers after the first render', () => {
  it('shows a saved stage and confirmations that arrive with the tags', () => {
    const { rerender } = render(props({ status: 'tagging', tags: [] }));
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Save');
    rerender(props({ stage: 'meeting', confirmed: ['project-feedback'] }));
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Saved · meeting');
    const confirm = document.querySelector('[data-need="project-feedback"] [data-action="confirm"]');
    expect(confirm?.getAttribute('aria-pressed')).toBe('true');
  });
});
