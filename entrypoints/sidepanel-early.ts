import { askEarly } from '@/lib/messages/early-asks';

// Loaded as a classic script at the top of sidepanel.html, before the panel's modules arrive:
// see lib/messages/early-asks.ts.
export default defineUnlistedScript(() => askEarly(location.search));
