import { installPageDisplay } from '@/lib/content/page-display-install';

// The opt-in page display's drawing code, kept out of the content script (lib/content/page-display.ts):
// the background injects it into a LinkedIn tab when a page there is to draw its panel or chips.
export default defineUnlistedScript(() => installPageDisplay());
