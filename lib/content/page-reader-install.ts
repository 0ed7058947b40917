import { runList } from './list-job';
import { providePageReader } from './page-reader';
import { runProfile } from './profile-job';

/**
 * The injected page reader's whole job (entrypoints/page-read.ts): leave the jobs where the content
 * script finds them. Tests with a fake background call it as `loadPageReader`.
 */
export function installPageReader(): void {
  providePageReader({ runProfile, runList });
}
