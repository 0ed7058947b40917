/** Words for the strength bands, so a meter never depends on colour or width alone. */
export function strengthWord(strength: number): string {
  if (strength >= 0.75) return 'strong';
  if (strength >= 0.5) return 'worth a look';
  return 'possible';
}

/** A strength as a meter can take it: 0..1, and 0 for anything that is not a number. */
export function clampStrength(strength: number): number {
  return Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0;
}
