import type { NeedStatus } from '../../lib/domain';

const OPTIONS: { value: NeedStatus; label: string }[] = [
  { value: 'met', label: 'Met' },
  { value: 'partly', label: 'Partly' },
  { value: 'unmet', label: 'Unmet' },
];

export type StatusPickerProps = {
  /** Unique per page: names the radio group. */
  name: string;
  /** What the group is about, for screen readers ("How well is Accountability met today?"). */
  legend: string;
  value: NeedStatus;
  onChange(status: NeedStatus): void;
};

/** Met / partly / unmet as a segmented control of real radio buttons (arrow keys work natively). */
export function StatusPicker({ name, legend, value, onChange }: StatusPickerProps) {
  return (
    <fieldset class="segmented" data-status={value}>
      <legend class="visually-hidden">{legend}</legend>
      {OPTIONS.map((option) => (
        <label class={`segment segment-${option.value}`} key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
