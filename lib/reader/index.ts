import type { Card, PageKind, Profile } from '../domain';

/** What the reader makes of one page: the `inspect` contract minus tags. */
export interface PageRead {
  kind: PageKind;
  profile: Profile | null;
  /** Profile fields that could not be found on this page. */
  missing: string[];
  cards: Card[];
  /** True on the viewer's own profile: never tagged. */
  own: boolean;
}

// STUB: replaced by the reader (issue 3). Signature is the contract other modules use.
export function readPage(_doc: Document, url: string): PageRead {
  const slug = /\/in\/([^/?#]+)/.exec(url)?.[1]?.toLowerCase() ?? null;
  return { kind: slug ? 'profile' : 'other', profile: null, missing: [], cards: [], own: false };
}
