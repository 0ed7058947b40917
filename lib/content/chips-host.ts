import { h, render } from 'preact';
import { CardChips, type CardChipsProps } from '../../components/CardChips';
import chipsCss from '../../components/panel/chips.css?inline';
import { createShadowHost } from './shadow-host';

/** Chips for one card, in their own shadow root right after `anchor`; removed when `signal` aborts. */
export function mountChips(anchor: Element, props: CardChipsProps, signal: AbortSignal): HTMLElement | null {
  if (signal.aborted || !anchor.isConnected) return null;
  const { host, container } = createShadowHost('constellation-chips', chipsCss, {
    'data-constellation': 'card-chips',
    'data-slug': props.slug,
  });
  render(h(CardChips, props), container);
  anchor.after(host);
  signal.addEventListener(
    'abort',
    () => {
      render(null, container);
      host.remove();
    },
    { once: true },
  );
  return host;
}
