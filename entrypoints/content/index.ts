import { startContent } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Styles go into our shadow roots as strings: 'ui' would list a CSS file as web-accessible,
  // which LinkedIn probes to detect extensions (ENGINEERING.md).
  cssInjectionMode: 'manual',
  main(ctx) {
    startContent(ctx);
  },
});
