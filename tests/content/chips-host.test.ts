// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountChips } from '../../lib/content/chips-host';
import type { CardChipsProps } from '../../lib/content/ui/chips';

afterEach(() => {
  document.body.textContent = '';
});

const props: CardChipsProps = {
  slug: 'ines-varga-fictional',
  name: 'Ines Varga',
  tags: [{ need: 'community', strength: 0.7, reasons: ['Runs a meetup for your field'] }],
  labels: ['peer'],
  needNames: {},
  saved: false,
  onSave: async () => {},
};

describe('mountChips', () => {
  it('puts a host after the anchor that tells the page nothing: no root, no slug, no reasons', () => {
    const anchor = document.body.appendChild(document.createElement('a'));
    const host = mountChips(anchor, props, '.chip{}', new AbortController().signal)!;
    expect(anchor.nextElementSibling).toBe(host);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['data-constellation']);
    expect(host.getAttribute('data-constellation')).toBe('card-chips');
    expect(document.body.innerHTML).not.toMatch(/ines-varga|meetup|community/);
  });

  it('goes with its signal; mounts nothing on an anchor the page already dropped', () => {
    const controller = new AbortController();
    const anchor = document.body.appendChild(document.createElement('a'));
    mountChips(anchor, props, '', controller.signal);
    controller.abort();
    expect(document.querySelector('[data-constellation]')).toBeNull();
    expect(mountChips(document.createElement('a'), props, '', new AbortController().signal)).toBeNull();
  });
});
