import { defineDiagnose } from '@/lib/injected/diagnose-page';

// Injected into a LinkedIn tab only when the user presses "Copy diagnostic" on a profile the panel
// could not read (lib/background/diagnose-tab.ts), so no page carries it otherwise.
export default defineUnlistedScript(() => defineDiagnose());
