import { words } from './text';

// Legal forms and filler that differ between spellings of one organisation ("Acme Corp." and
// "ACME Corporation"); never the distinctive part of a name.
const LEGAL = new Set(
  (
    'the inc incorporated corp corporation co company ltd limited llc llp lp plc gmbh ag kg se sa sas ' +
    'sarl srl spa bv nv pty oy ab group holding holdings'
  ).split(' '),
);
const SELF_EMPLOYED = new Set([
  'self employed',
  'freelance',
  'freelancer',
  'independent',
  'selbststandig',
  'autonomo',
  'autonoma',
  'independiente',
  'independant',
]);

export type Same = 'same' | 'different' | 'unknown';

/** The distinctive words of an organisation's name. */
export function orgKey(name: string): string[] {
  return words(name.slice(0, 200)).filter((w) => !LEGAL.has(w) && w !== '&');
}

/**
 * Whether two organisation names are one organisation. Careful on purpose: a one-word name that
 * begins a longer one ("Acme" and "Acme Health") may or may not be the same, so it is "unknown",
 * and neither "outside your organisation" nor "inside" is claimed.
 */
export function compareOrgs(a: string | null | undefined, b: string | null | undefined): Same {
  const ka = orgKey(a ?? '');
  const kb = orgKey(b ?? '');
  if (!ka.length || !kb.length) return 'unknown';
  if (SELF_EMPLOYED.has(ka.join(' ')) || SELF_EMPLOYED.has(kb.join(' '))) return 'different';
  if (ka.join('') === kb.join('')) return 'same';
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.every((w, i) => long[i] === w)) return short.length >= 2 ? 'same' : 'unknown';
  return 'different';
}
