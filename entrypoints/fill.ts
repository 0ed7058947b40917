import { defineFill } from '@/lib/injected/fill-box';

// Injected into a LinkedIn tab only when the user presses "Fill" in the popup
// (components/popup/fill-tab.ts), so no page carries it otherwise.
export default defineUnlistedScript(() => defineFill());
