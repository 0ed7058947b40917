import { en } from './en';
import type { CoachPhrases } from './types';

// Languages the coach knows. Add one by writing its phrase file and listing it here.
export const PHRASES: Record<string, CoachPhrases> = { en };

export function phrasesFor(lang: string | undefined): { lang: string; phrases: CoachPhrases } {
  const key = (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  const phrases = PHRASES[key];
  return phrases ? { lang: key, phrases } : { lang: 'en', phrases: en };
}
