// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h, morph } from '../../../lib/content/ui/dom';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('h', () => {
  it('puts strings in as text and attribute values, never as markup', () => {
    const el = h('p', { title: HOSTILE, 'data-x': '"><img>' }, HOSTILE, [HOSTILE]);
    expect(el.textContent).toBe(HOSTILE + HOSTILE);
    expect(el.querySelectorAll('*')).toHaveLength(0);
    expect(el.getAttribute('title')).toBe(HOSTILE);
  });

  it.each([
    [true, ''],
    [false, null],
    [null, null],
    [undefined, null],
    [0, '0'],
    ['', ''],
  ])('attribute value %j becomes %j', (value, expected) => {
    expect(h('button', { disabled: value }).getAttribute('disabled')).toBe(expected);
  });

  it('skips null, false and undefined children, flattens arrays', () => {
    const el = h('ul', null, null, false, undefined, [h('li', null, 'a'), [h('li', null, 'b')]]);
    expect([...el.children].map((c) => c.textContent)).toEqual(['a', 'b']);
  });
});

describe('morph', () => {
  const list = (needs: string[], extra: Record<string, string> = {}) =>
    h(
      'ul',
      extra,
      needs.map((n) => h('li', { 'data-need': n }, h('button', { 'data-action': 'reject' }, n))),
    );

  it('keeps the live node of each keyed child, so focus survives a re-render', () => {
    const live = h('div', null, list(['a', 'b', 'c']));
    document.body.append(live);
    const button = live.querySelector('[data-need="c"] button') as HTMLButtonElement;
    button.focus();
    morph(live, h('div', null, list(['a', 'c'])));
    expect(live.querySelector('[data-need="c"] button')).toBe(button);
    expect(document.activeElement).toBe(button);
    expect([...live.querySelectorAll('li')].map((li) => li.dataset.need)).toEqual(['a', 'c']);
    live.remove();
  });

  it('moves a keyed child instead of rebuilding it when the order changes', () => {
    const live = h('div', null, list(['a', 'b']));
    const b = live.querySelector('[data-need="b"]');
    morph(live, h('div', null, list(['b', 'a'])));
    expect(live.firstElementChild?.firstElementChild).toBe(b);
  });

  it('adds, changes and removes attributes and text', () => {
    const live = h('div', null, h('p', { class: 'a', title: 'old' }, 'old'));
    const p = live.firstElementChild;
    morph(live, h('div', null, h('p', { class: 'a', 'aria-pressed': 'true' }, 'new')));
    expect(live.firstElementChild).toBe(p);
    expect(p?.getAttribute('title')).toBeNull();
    expect(p?.getAttribute('aria-pressed')).toBe('true');
    expect(p?.textContent).toBe('new');
  });

  it('empties and refills', () => {
    const live = h('div', null, list(['a']));
    morph(live, h('div', null));
    expect(live.childNodes).toHaveLength(0);
    morph(live, h('div', null, 'text', h('b', null, HOSTILE)));
    expect(live.textContent).toBe(`text${HOSTILE}`);
    expect(live.querySelectorAll('img, script')).toHaveLength(0);
  });
});
