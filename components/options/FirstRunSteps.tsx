import type { RefObject } from 'preact';
import type { Need, NeedId, NeedStatus } from '../../lib/domain';
import { isBuiltInNeed, NEED_CATALOG, needName } from '../../lib/needs-catalog';
import { StatusPicker } from '../shared/StatusPicker';

// The pieces of the first-run steps; FirstRun holds the state and the order.

export type NeedPickerProps = { needs: Need[]; picked: Set<NeedId>; onToggle(need: Need): void };

export function NeedPicker({ needs, picked, onToggle }: NeedPickerProps) {
  return (
    <div class="pick-grid">
      {needs.map((need) => (
        <label class="pick" key={need.id} data-need={need.id}>
          <input type="checkbox" checked={picked.has(need.id)} onChange={() => onToggle(need)} />
          <span>
            <strong>{needName(need)}</strong>
            <span class="help">{isBuiltInNeed(need.id) ? NEED_CATALOG[need.id].hint : 'Your own need.'}</span>
          </span>
        </label>
      ))}
    </div>
  );
}

export type StatusListProps = { needs: Need[]; onStatus(id: NeedId, status: NeedStatus): void };

export function StatusList({ needs, onStatus }: StatusListProps) {
  return (
    <ul class="status-list">
      {needs.map((need) => (
        <li key={need.id} data-need={need.id}>
          <span class="status-name">{needName(need)}</span>
          <StatusPicker
            name={`first-run-${need.id}`}
            legend={`How well is ${needName(need)} met today?`}
            value={need.status}
            onChange={(status) => onStatus(need.id, status)}
          />
        </li>
      ))}
    </ul>
  );
}

export type TextStepProps = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  id: string;
  title: string;
  lede: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
};

export function TextStep({ headingRef, id, title, lede, placeholder, value, onInput }: TextStepProps) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p class="lede">{lede}</p>
      <label for={id} class="visually-hidden">
        {title}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={value}
        placeholder={placeholder}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          // Enter moves on (these are one-sentence answers); Shift+Enter still breaks a line.
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
          }
        }}
      />
    </>
  );
}
