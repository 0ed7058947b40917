import { createShadowHost } from './shadow-host';
import { type CardChipsProps, renderChips } from './ui/chips';

/** Chips for one card, in their own shadow root right after `anchor`; removed when `signal` aborts. */
export function mountChips(
  anchor: Element,
  props: CardChipsProps,
  css: string,
  signal: AbortSignal,
): HTMLElement | null {
  if (signal.aborted || !anchor.isConnected) return null;
  const { host, container } = createShadowHost('constellation-chips', css, {
    'data-constellation': 'card-chips',
    'data-slug': props.slug,
  });
  renderChips(container, props);
  anchor.after(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}
