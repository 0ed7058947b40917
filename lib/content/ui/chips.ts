import type { Label, Tag } from '../../domain';
import { h, morph } from './dom';
import { onTrusted } from './trusted';

export interface CardChipsProps {
  slug: string;
  name: string | null;
  /** Strongest first; only the first `max` are shown. */
  tags: Tag[];
  labels: Label[];
  /** Display name per need id: the user's own names for renamed and custom needs. */
  needNames: Record<string, string>;
  saved: boolean;
  /** Saves the person with the shown needs. */
  onSave: () => Promise<void>;
  max?: number;
}

/**
 * A few need chips beside a person card in `container`; focus or hover explains, a click saves.
 * Each chip's explanation (its tooltip) is built the first time it is focused or hovered: a
 * 100-card list then draws a third of the elements, and most tips are never opened.
 */
export function renderChips(container: HTMLElement, props: CardChipsProps): void {
  let saved = props.saved;
  let state: 'idle' | 'saving' | 'failed' = 'idle';
  const opened = new Set<number>();
  const shown = [...props.tags].sort((a, b) => b.strength - a.strength).slice(0, props.max ?? 3);
  // The first draw builds in place; later ones morph, so the clicked chip keeps its focus.
  const draw = () => {
    const view = chipsView(props, shown, saved, state, opened);
    if (container.firstChild) morph(container, h('div', null, view));
    else if (view) container.append(view);
  };
  const open = (event: Event) => {
    const chip = (event.target as Element).closest?.('button[data-i]');
    const i = Number(chip?.getAttribute('data-i'));
    if (!chip || opened.has(i)) return;
    opened.add(i);
    draw();
  };
  onTrusted(container, 'focusin', open);
  onTrusted(container, 'mouseover', open);
  onTrusted(container, 'click', async (event) => {
    if (state === 'saving' || !(event.target as Element).closest?.('button')) return;
    state = 'saving';
    draw();
    try {
      await props.onSave();
      saved = true;
      state = 'idle';
    } catch {
      state = 'failed';
    }
    draw();
  });
  draw();
}

// The same few elements for every card, prepared once and cloned: a 100-card list draws about
// 500 at once, and a clone costs less than creating an element and setting each attribute.
let prepared: { group: Element; chip: Element; label: Element; state: Element } | null = null;
function parts() {
  // A fieldset would do, but this group is no form: it is a row of labelled buttons.
  prepared ??= {
    group: h('span', { class: 'chips', role: 'group' }),
    chip: h('button', { type: 'button', class: 'chip' }),
    label: h('span', { class: 'label' }),
    state: h('span', { class: 'state', role: 'status' }),
  };
  return prepared;
}

function clone(el: Element): HTMLElement {
  return el.cloneNode() as HTMLElement;
}

/**
 * Flat on purpose: a chip is one button, its tip (once opened) the span right after it, and the
 * status line exists once there is something to say. Six elements per card rather than ten: a
 * 100-card list gives the page's next layout 400 fewer boxes.
 */
function chipsView(
  props: CardChipsProps,
  shown: Tag[],
  saved: boolean,
  state: string,
  opened: ReadonlySet<number>,
): HTMLElement | null {
  if (!shown.length) return null;
  const p = parts();
  const group = clone(p.group);
  group.setAttribute('aria-label', `Constellation: needs ${props.name ?? 'this person'} could meet`);
  // The card's slug lives here, inside the closed root: the host in the page carries none.
  group.setAttribute('data-slug', props.slug);
  if (opened.size) group.setAttribute('data-tips', '');
  shown.forEach((tag, i) => {
    const needName = props.needNames[tag.need] ?? tag.need;
    const chip = clone(p.chip);
    chip.setAttribute('data-i', String(i));
    chip.setAttribute('data-need', tag.need);
    chip.setAttribute('data-strength', String(tag.strength));
    chip.setAttribute('data-strong', String(tag.strength >= 0.5));
    chip.setAttribute('aria-pressed', String(saved));
    chip.textContent = needName;
    group.append(chip);
    if (!opened.has(i)) return;
    chip.setAttribute('aria-describedby', `tip-${i}`);
    group.append(tip(i, tag.need, needName, tag.reasons, saved));
  });
  for (const name of props.labels.slice(0, 2)) {
    const label = clone(p.label);
    label.setAttribute('data-label', name);
    label.textContent = name;
    group.append(label);
  }
  const said = saved ? '✓ saved' : state === 'saving' ? 'saving…' : state === 'failed' ? 'not saved' : '';
  if (said) {
    const status = clone(p.state);
    status.textContent = said;
    group.append(status);
  }
  return group;
}

function tip(i: number, need: string, needName: string, reasons: string[], saved: boolean): HTMLElement {
  // Keyed to its chip, so a re-render keeps it and never turns a label into it.
  return h(
    'span',
    { class: 'tip', role: 'tooltip', id: `tip-${i}`, 'data-key': `tip-${need}` },
    h('strong', null, needName),
    reasons.map((reason) => h('span', { class: 'reason' }, reason)),
    h('span', { class: 'hint' }, saved ? 'Saved to your pipeline.' : 'Click to save to your pipeline.'),
  );
}
