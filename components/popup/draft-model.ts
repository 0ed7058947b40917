import type { Finding } from '../../lib/coach';
import type { Need, NeedId, Person, Profile, Tag } from '../../lib/domain';
import type { PageTags } from '../../lib/page-report';

/** The person as the drafter sees them: the latest page snapshot, then the pipeline record. */
export function draftPerson(
  person: Person | null,
  slug: string,
  page: PageTags | null,
): Partial<Profile> & { slug: string } {
  if (!person) return { slug, name: page?.name ?? null };
  return {
    ...person.snapshot,
    slug,
    name: person.name || person.snapshot?.name || null,
    headline: person.headline || person.snapshot?.headline || null,
    company: person.company || person.snapshot?.company || null,
    degree: person.degree,
  };
}

/** The person's tagged needs first (strongest first), then the rest of the visible needs. */
export function needOptions(
  needs: readonly Need[],
  person: Person | null,
  tags: readonly Tag[],
): { need: Need; tagged: boolean }[] {
  const visible = needs.filter((n) => !n.hidden);
  const rejected = new Set(person?.rejected ?? []);
  const first: NeedId[] = [];
  for (const t of [...tags].sort((a, b) => b.strength - a.strength))
    if (!rejected.has(t.need)) first.push(t.need);
  for (const id of person?.needs ?? []) first.push(id);
  const order = [...new Set(first)].filter((id) => visible.some((n) => n.id === id));
  const tagged = new Set(order);
  const rest = visible.filter((n) => !tagged.has(n.id));
  return [
    ...order.map((id) => ({ need: visible.find((n) => n.id === id) as Need, tagged: true })),
    ...rest.map((need) => ({ need, tagged: false })),
  ];
}

export interface Segment {
  text: string;
  finding?: Finding;
}

/** The text cut at the findings' spans, for the highlight layer; overlapping spans keep the first. */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .filter((f) => !f.positive && f.start !== undefined && f.end !== undefined && f.end > f.start)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const out: Segment[] = [];
  let at = 0;
  for (const f of spans) {
    const start = Math.max(f.start ?? 0, at);
    const end = Math.min(f.end ?? 0, text.length);
    if (start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), finding: f });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
