import type { Label } from './domain';

/** Each label in words, and why it was given: the panel shows the first, explains with the second. */
export const LABEL_WORDS: Record<Label, [text: string, why: string]> = {
  bold: ['Bold ask', 'Beyond your usual circle: more senior, another organisation or not yet connected.'],
  confidante: ['Confidante', 'Outside your organisation and your field: safer to be open with.'],
  peer: ['Peer', 'About your level: good for a peer group.'],
  reciprocal: ['Reciprocal', 'You can offer something this person may want.'],
};
