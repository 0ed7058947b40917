// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CardChipsProps, renderChips } from '../../../lib/content/ui/chips';
import type { Tag } from '../../../lib/domain';
import { user } from './user-events';

afterEach(() => {
  document.body.textContent = '';
});

function render(p: CardChipsProps): { container: HTMLElement } {
  const container = document.body.appendChild(document.createElement('div'));
  renderChips(container, p);
  return { container };
}

const TAGS: Tag[] = [
  { need: 'safe-space', strength: 0.4, reasons: ['Outside your organisation and field'] },
  { need: 'project-feedback', strength: 0.9, reasons: ["Headline mentions 'forecasting'", 'Reviews papers'] },
  { need: 'community', strength: 0.6, reasons: ['Founded a meetup'] },
  { need: 'networks', strength: 0.55, reasons: ['12,480 followers'] },
];

function props(over: Partial<CardChipsProps> = {}): CardChipsProps {
  return {
    slug: 'bashir-lund-fictional',
    name: 'Bashir Lund',
    tags: TAGS,
    labels: ['peer', 'bold', 'confidante'],
    needNames: { 'project-feedback': 'Project-Specific Feedback', community: 'Sense of Community' },
    saved: false,
    onSave: vi.fn(async () => {}),
    ...over,
  };
}

const chips = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-need]')];

describe('CardChips', () => {
  it('shows the strongest three needs, strongest first, with ids and strengths', () => {
    render(props());
    expect(chips().map((c) => [c.dataset.need, c.dataset.strength])).toEqual([
      ['project-feedback', '0.9'],
      ['community', '0.6'],
      ['networks', '0.55'],
    ]);
  });

  it.each([1, 2, 3])('honours max = %i', (max) => {
    render(props({ max }));
    expect(chips()).toHaveLength(max);
  });

  it('renders nothing without tags', () => {
    const { container } = render(props({ tags: [] }));
    expect(container.textContent).toBe('');
  });

  it('at most two labels, by id', () => {
    render(props());
    expect([...document.querySelectorAll('[data-label]')].map((l) => l.getAttribute('data-label'))).toEqual([
      'peer',
      'bold',
    ]);
  });

  it('describes a chip by its reasons, as text, once focused', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(props({ tags: [{ need: 'networks', strength: 0.7, reasons: [hostile] }] }));
    const chip = chips()[0]!;
    user.focusIn(chip);
    const tip = document.getElementById(chip.getAttribute('aria-describedby')!);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toContain(hostile);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('builds a tip only for the chip hovered or focused, and keeps it through a save', async () => {
    render(props());
    // Nothing describes a chip before anyone looks: the list stays light.
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(0);
    expect(chips().map((c) => c.hasAttribute('aria-describedby'))).toEqual([false, false, false]);
    user.mouseOver(chips()[1]!);
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    expect(document.getElementById(chips()[1]!.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Founded a meetup',
    );
    user.click(chips()[1]!);
    await waitFor(() =>
      expect(document.querySelector('.tip .hint')?.textContent).toBe('Saved to your pipeline.'),
    );
    expect(document.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
  });

  it('draws flat: a button per chip and the labels, no status line until there is news', async () => {
    const { container } = render(props());
    // What a 100-card list pays for per card: the group, three chips, two labels.
    expect(container.querySelectorAll('*')).toHaveLength(6);
    expect(container.querySelector('[role="status"]')).toBeNull();
    user.focusIn(chips()[2]!);
    user.click(chips()[2]!);
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('✓ saved'));
    // The open tip sits right after its chip; the labels stayed labels.
    expect(chips()[2]!.nextElementSibling?.getAttribute('role')).toBe('tooltip');
    expect([...container.querySelectorAll('[data-label]')].map((l) => l.textContent)).toEqual([
      'peer',
      'bold',
    ]);
  });

  it('saves the person on click, once, and shows it', async () => {
    const onSave = vi.fn(async () => {});
    render(props({ onSave }));
    user.click(chips()[1]!);
    user.click(chips()[1]!);
    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toBe('✓ saved'));
    expect(onSave).toHaveBeenCalledTimes(1);
    for (const chip of chips()) expect(chip.getAttribute('aria-pressed')).toBe('true');
  });

  it('says when saving failed, and lets the user try again', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('no');
    });
    render(props({ onSave }));
    user.click(chips()[0]!);
    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toBe('not saved'));
    user.click(chips()[0]!);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
  });

  it('keeps the card’s slug inside, on the group', () => {
    const { container } = render(props());
    expect(container.querySelector('[role="group"]')?.getAttribute('data-slug')).toBe(
      'bashir-lund-fictional',
    );
  });

  it('the page’s synthetic clicks, focus and hover press nothing and open nothing', async () => {
    const onSave = vi.fn(async () => {});
    const { container } = render(props({ onSave }));
    for (const chip of chips()) {
      chip.click();
      fireEvent.click(chip);
      fireEvent.focusIn(chip);
      fireEvent.mouseOver(chip);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onSave).not.toHaveBeenCalled();
    expect(container.querySelector('[role="tooltip"], [role="status"]')).toBeNull();
    user.click(chips()[0]!);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('names the group after the person, and falls back when the name is unknown', () => {
    render(props({ name: null }));
    expect(document.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Constellation: needs this person could meet',
    );
  });
});
