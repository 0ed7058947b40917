// Keyword weights learnt from the user's confirmations and rejections. Keys are evidence keys:
// a phrase in the user's own words folded ("grant writing"), a role ("role:coach"), or a shape
// signal for one need ("signal:safe-space:confidante").

export const MIN_WEIGHT = 0.5;
export const MAX_WEIGHT = 2;
const CONFIRM = 1.25;
const REJECT = 0.8;

const clamp = (w: number) => Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, w));

/** The multiplier for one evidence key; anything odd in storage counts as no opinion (1). */
export function weightFor(weights: Record<string, number> | undefined, key: string): number {
  const w = weights ? weights[key] : undefined;
  return typeof w === 'number' && Number.isFinite(w) ? clamp(w) : 1;
}

/**
 * True when `weightFor` gives 1 for every key: a plain object with no properties at all (an array
 * or a string has a numeric `length`, read as the weight of a phrase "length").
 */
export function noWeights(weights: unknown): boolean {
  if (typeof weights !== 'object' || weights === null) return false;
  const proto = Object.getPrototypeOf(weights);
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertyNames(weights).length === 0;
}

/**
 * New weights after the user confirms or rejects a tag whose evidence was `evidence`: each key is
 * multiplied by 1.25 (confirm) or 0.8 (reject), kept within 0.5..2. Pure: returns a new object.
 */
export function applyFeedback(
  weights: Record<string, number>,
  evidence: string[],
  verdict: 'confirm' | 'reject',
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(weights ?? {}))
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  for (const key of new Set(evidence)) {
    if (typeof key !== 'string' || !key || key === '__proto__') continue;
    const next =
      Math.round(clamp(weightFor(out, key) * (verdict === 'confirm' ? CONFIRM : REJECT)) * 100) / 100;
    if (next === 1) delete out[key];
    else out[key] = next;
  }
  return out;
}

const SIGNAL_NAME: Record<string, string> = {
  confidante: 'being outside your organisation and field',
  'outside-org': 'being outside your organisation',
  peer: 'being a peer',
  'more-senior': 'being more senior',
  'more-senior-same-field': 'being more senior in your field',
  'top-level': 'being at the top level',
  'same-org': 'being inside your organisation',
  'same-field': 'working in your field',
  reach: 'reach',
  connections: 'connections',
  'warm-path': 'mutual connections',
  experience: 'experience',
  reciprocal: 'something to offer back',
};

function describe(key: string): string {
  if (key.startsWith('role:')) return `'${key.slice(5)}'`;
  if (key.startsWith('signal:')) return SIGNAL_NAME[key.split(':')[2] ?? ''] ?? 'this';
  return `'${key}'`;
}

/** A reason when a learnt weight moved the result, or null when it did not move it much. */
export function weightReason(key: string, w: number): string | null {
  if (w >= 1.2) return `You confirmed matches on ${describe(key)} before`;
  if (w <= 0.85) return `You rejected matches on ${describe(key)} before: counted less`;
  return null;
}
