import { installPageReader } from '@/lib/content/page-reader-install';

// The reader and its jobs, kept out of the content script (lib/content/page-reader.ts): the
// background injects them into a LinkedIn tab when a page there is to be read.
export default defineUnlistedScript(() => installPageReader());
