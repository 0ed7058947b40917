// The drafter's public surface (issue 5): the popup, the panel and `npm run draft` use only this.
export {
  channelLimit,
  countWords,
  hasSubject,
  INMAIL_BODY_LIMIT,
  INMAIL_SUBJECT_LIMIT,
  isChannel,
  measureLength,
  WORD_TARGET,
} from './channel';
export { draftRequest } from './draft-request';
export { NOTE_BUDGET_SPENT, noteBudget } from './note-budget';
export type { Draft, DraftInput } from './types';
