import { startContent } from '@/lib/content/start';

// The content script, built as a plain script rather than WXT's defineContentScript: WXT's wrapper
// posts a message to the page that names our extension id (LinkedIn probes for extensions), and it
// is code every profile would pay for. Where it runs is in wxt.config.ts (content_scripts) and
// lib/background/tabs.ts (in-page navigation to a profile or list).
export default defineUnlistedScript(() => startContent());
