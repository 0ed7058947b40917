export interface StrengthMeterProps {
  /** 0..1; 0.5 and above means "worth your attention". */
  strength: number;
}

/** Words for the bands, so the meter never depends on colour or width alone. */
export function strengthWord(strength: number): string {
  if (strength >= 0.75) return 'strong';
  if (strength >= 0.5) return 'worth a look';
  return 'possible';
}

export function StrengthMeter({ strength }: StrengthMeterProps) {
  const value = Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0;
  const word = strengthWord(value);
  return (
    <span class="strength" data-band={word.replace(/ /g, '-')}>
      <meter
        class="meter"
        min={0}
        max={1}
        low={0.5}
        high={0.75}
        optimum={1}
        value={value}
        aria-label="Strength"
        aria-valuetext={`${Math.round(value * 100)}%, ${word}`}
      />
      <span class="word">{word}</span>
    </span>
  );
}
