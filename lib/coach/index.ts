// The coach's public surface (issue 5): the popup's editor and `npm run coach` use only this.
export { coach, score } from './coach';
export { PHRASES, phrasesFor } from './phrases';
export type { CoachPhrases, Phrase } from './phrases/types';
export type { CoachOptions, CoachResult, Finding, FindingKind, Severity } from './types';
