import type { ContentApi } from './content';
import { send } from './wire';

/**
 * The content contract over runtime messages: what the content script holds as its `api`, one
 * function per call, each sending its own name and arguments. Kept this short because every byte
 * here is paid on every LinkedIn page (the content script's gzipped budget, BENCHMARKS.md).
 */
export function contentClient(): ContentApi {
  const call =
    <M extends keyof ContentApi>(method: M) =>
    (...args: Parameters<ContentApi[M]>) =>
      send(method, args) as ReturnType<ContentApi[M]>;
  return {
    pageStart: call('pageStart'),
    reportPage: call('reportPage'),
    savePerson: call('savePerson'),
    feedback: call('feedback'),
    setPanelCollapsed: call('setPanelCollapsed'),
    openDrafter: call('openDrafter'),
    openNeedsMap: call('openNeedsMap'),
    diagnosePage: call('diagnosePage'),
    loadPageDisplay: call('loadPageDisplay'),
    loadPageReader: call('loadPageReader'),
  };
}
