// Ember pages (2018–2025) carry API responses as HTML-escaped JSON in `code[id^="bpr-guid-"]`.
// The same blobs hold the *viewer's* own profile, so only entries whose publicIdentifier is the
// viewed slug are used. Parsed only when the DOM left fields missing, and only blobs naming the slug.

export interface EmbeddedFacts {
  name: string | null;
  headline: string | null;
  location: string | null;
  degree: number | null;
  self: boolean;
}

const MAX_BLOB = 3_000_000;
type Entity = Record<string, unknown>;

export function readEmbedded(doc: Document, slug: string): EmbeddedFacts | null {
  const needle = new RegExp(
    `"publicIdentifier"\\s*:\\s*"${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
    'i',
  );
  for (const code of doc.querySelectorAll('code[id^="bpr-guid-"]')) {
    const text = code.textContent ?? '';
    if (text.length > MAX_BLOB || !needle.test(text)) continue;
    let json: { included?: unknown };
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    const included = Array.isArray(json.included) ? (json.included as Entity[]) : [];
    const facts = factsFor(included, slug);
    if (facts) return facts;
  }
  return null;
}

function factsFor(included: Entity[], slug: string): EmbeddedFacts | null {
  const byUrn = new Map<string, Entity>();
  for (const entity of included)
    if (typeof entity?.entityUrn === 'string') byUrn.set(entity.entityUrn, entity);
  const person = included.find(
    (e) =>
      typeof e?.publicIdentifier === 'string' &&
      e.publicIdentifier.toLowerCase() === slug &&
      'firstName' in e,
  );
  if (!person) return null;
  const name = [str(person.firstName), str(person.lastName)].filter(Boolean).join(' ') || null;
  const geoUrn = str((person.geoLocation as Entity | undefined)?.['*geo']) ?? str(person['*geo']);
  const geo = geoUrn ? byUrn.get(geoUrn) : undefined;
  const relationUrn = str(person['*memberRelationship']);
  const relation = (relationUrn ? byUrn.get(relationUrn) : undefined)?.memberRelationship as
    | Entity
    | undefined;
  return {
    name,
    headline: str(person.headline) ?? str(person.occupation),
    location: str(geo?.defaultLocalizedName) ?? str(person.locationName),
    degree: distance(relation),
    self: !!relation?.self,
  };
}

function distance(relation: Entity | undefined): number | null {
  if (!relation) return null;
  if (relation.connection) return 1;
  const raw = str((relation.noConnection as Entity | undefined)?.memberDistance);
  const n = raw ? Number(/DISTANCE_(\d)/.exec(raw)?.[1]) : Number.NaN;
  return n >= 1 && n <= 3 ? n : n > 3 ? 3 : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}
