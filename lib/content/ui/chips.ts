import type { Label, Tag } from '../../domain';
import { h, morph } from './dom';

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
  container.addEventListener('focusin', open);
  container.addEventListener('mouseover', open);
  container.addEventListener('click', async (event) => {
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

function chipsView(
  props: CardChipsProps,
  shown: Tag[],
  saved: boolean,
  state: string,
  opened: ReadonlySet<number>,
): HTMLElement | null {
  if (!shown.length) return null;
  // A fieldset would do, but this group is no form: it is a row of labelled buttons.
  return h(
    'span',
    {
      class: 'chips',
      role: 'group',
      'aria-label': `Constellation: needs ${props.name ?? 'this person'} could meet`,
    },
    shown.map((tag, i) => {
      const needName = props.needNames[tag.need] ?? tag.need;
      const open = opened.has(i);
      return h(
        'span',
        { class: 'chip-wrap' },
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-i': i,
            'data-need': tag.need,
            'data-strength': String(tag.strength),
            'data-strong': String(tag.strength >= 0.5),
            'aria-describedby': open && `tip-${i}`,
            'aria-pressed': String(saved),
          },
          needName,
        ),
        open &&
          h(
            'span',
            { class: 'tip', role: 'tooltip', id: `tip-${i}` },
            h('strong', null, needName),
            tag.reasons.map((reason) => h('span', { class: 'reason' }, reason)),
            h(
              'span',
              { class: 'hint' },
              saved ? 'Saved to your pipeline.' : 'Click to save to your pipeline.',
            ),
          ),
      );
    }),
    props.labels.slice(0, 2).map((label) => h('span', { class: 'label', 'data-label': label }, label)),
    h(
      'span',
      { class: 'state', role: 'status' },
      saved ? '✓ saved' : state === 'saving' ? 'saving…' : state === 'failed' ? 'not saved' : '',
    ),
  );
}
