import type { Tag } from '../../domain';
import { clampStrength, strengthWord } from '../../strength-words';
import { h } from './dom';
import type { PanelState, ProfilePanelProps } from './panel-props';

export function labelList({ labels, labelWords = {} }: ProfilePanelProps): HTMLElement | null {
  if (!labels.length) return null;
  return h(
    'ul',
    { class: 'labels', 'aria-label': 'Labels' },
    labels.map((label) =>
      h(
        'li',
        { class: 'label', 'data-label': label, title: labelWords[label]?.[1] },
        labelWords[label]?.[0] ?? label,
      ),
    ),
  );
}

export function tagList(props: ProfilePanelProps, state: PanelState, tags: Tag[]): HTMLElement[] {
  if (!tags.length)
    return [h('p', { class: 'note' }, 'None of your unmet needs matched what this page shows.')];
  const confirmed = [...(props.confirmed ?? []), ...state.confirmed];
  const list = h(
    'ul',
    { class: 'tags', 'aria-label': 'Needs this person could meet' },
    tags.map((tag) =>
      tagItem(
        tag,
        props.needNames[tag.need] ?? tag.need,
        confirmed.includes(tag.need),
        state.open.includes(tag.need),
      ),
    ),
  );
  return state.tagProblem ? [list, h('p', { class: 'problem', role: 'alert' }, state.tagProblem)] : [list];
}

/** One need this person could meet: strength, the strongest reason, the rest on request. */
function tagItem(tag: Tag, needName: string, confirmed: boolean, open: boolean): HTMLElement {
  const reasons = open ? tag.reasons : tag.reasons.slice(0, 1);
  const more = tag.reasons.length - 1;
  return h(
    'li',
    { class: 'tag', 'data-need': tag.need, 'data-strength': String(tag.strength) },
    h('div', { class: 'tag-head' }, h('span', { class: 'need' }, needName), meter(tag.strength)),
    reasons.length
      ? h(
          'ul',
          { class: 'reasons' },
          reasons.map((reason) => h('li', null, reason)),
        )
      : null,
    h(
      'div',
      { class: 'tag-foot' },
      more > 0
        ? h(
            'button',
            { type: 'button', class: 'more', 'aria-expanded': String(open) },
            open ? 'Fewer reasons' : more === 1 ? '1 more reason' : `${more} more reasons`,
          )
        : null,
      h(
        'span',
        { class: 'verdict' },
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'data-action': 'confirm',
            'aria-pressed': String(confirmed),
            'aria-label': `Fits: ${needName}`,
            title: 'Fits: tags like this weigh more for you',
          },
          confirmed ? '✓ Fits' : 'Fits',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'data-action': 'reject',
            'aria-label': `Not this: ${needName}`,
            title: 'Not this: never shown for this person again',
          },
          'Not this',
        ),
      ),
    ),
  );
}

function meter(strength: number): HTMLElement {
  const value = clampStrength(strength);
  const word = strengthWord(value);
  return h(
    'span',
    { class: 'strength', 'data-band': word.replace(/ /g, '-') },
    h('meter', {
      class: 'meter',
      min: 0,
      max: 1,
      low: 0.5,
      high: 0.75,
      optimum: 1,
      value,
      'aria-label': 'Strength',
      'aria-valuetext': `${Math.round(value * 100)}%, ${word}`,
    }),
    h('span', { class: 'word' }, word),
  );
}
