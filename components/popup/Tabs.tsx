import type { ComponentChildren } from 'preact';
import type { TabId } from './hash-route';

export interface TabsProps {
  tabs: { id: TabId; label: string; badge?: number }[];
  active: TabId;
  onSelect: (id: TabId) => void;
  children: ComponentChildren;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active one is in tab order. */
export function Tabs({ tabs, active, onSelect, children }: TabsProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const step: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = step[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    const tablist = event.currentTarget as HTMLElement;
    queueMicrotask(() => tablist.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus());
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label="Constellation views" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
            {t.badge ? (
              <span class="badge">
                {t.badge}
                <span class="sr-only"> due</span>
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div class="tabpanel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </>
  );
}
