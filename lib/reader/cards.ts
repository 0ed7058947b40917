import { CARD_CAPS } from '../caps';
import type { Card } from '../domain';
import { slugFromUrl } from '../linkedin-url';
import { PAGE_CHROME, shapedCardLinks } from './card-shape';
import { safe } from './dom';
import { isDegreeLine, parseDegree } from './numbers';
import {
  type Alternatives,
  CARD_DEGREE,
  CARD_HEADLINE,
  CARD_NAME,
  SEARCH_CARDS,
  SIDE_CARDS,
  selectorList,
} from './selectors';
import { clean, textOf } from './text';

const MAX_CARDS = CARD_CAPS.perPage;

/** People search results (Ember entity-result, SDUI list items). */
export function readSearchCards(doc: Document, exclude: ReadonlySet<string>): Card[] {
  return collect(doc, SEARCH_CARDS, exclude);
}

/**
 * "People you may know", "More profiles for you", "People also viewed" beside a profile, by their
 * hooks; then (sdui-2026) any other person-shaped card, all in document order.
 */
export function readSideCards(doc: Document, exclude: ReadonlySet<string>): Card[] {
  const cards = collect(doc, SIDE_CARDS, exclude);
  if (cards.length >= MAX_CARDS) return cards;
  const known = new Set([...exclude, ...cards.map((c) => c.slug)]);
  const more: Card[] = [];
  for (const link of shapedCardLinks(doc, known)) {
    const card = safe(() => readCard(link), null);
    if (!card || known.has(card.slug)) continue;
    known.add(card.slug);
    more.push(card);
  }
  if (!more.length) return cards;
  return [...cards, ...more].sort(inDocumentOrder).slice(0, MAX_CARDS);
}

function inDocumentOrder(a: Card, b: Card): number {
  const x = links.get(a);
  const y = links.get(b);
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
}

function collect(doc: Document, alternatives: Alternatives, exclude: ReadonlySet<string>): Card[] {
  const bySlug = new Map<string, Card>();
  // Alternatives from several generations can coexist during a rollout: read them all, in one pass.
  const roots = doc.querySelectorAll(selectorList(alternatives));
  for (let i = 0; i < roots.length; i++) {
    if (bySlug.size >= MAX_CARDS) break;
    const root = roots[i]!;
    if (root.closest(PAGE_CHROME) || wrapsOneCard(root, roots[i + 1], roots[i + 2])) continue;
    const card = safe(() => readCard(root), null);
    if (!card || exclude.has(card.slug)) continue;
    const seen = bySlug.get(card.slug);
    // Ember repeats each card link (photo, then text): keep the copy that says the most.
    if (!seen || filled(card) > filled(seen)) bySlug.set(card.slug, card);
  }
  return [...bySlug.values()];
}

/**
 * A list item around exactly one other card root of the same person (Ember's
 * div[data-chameleon-result-urn] inside a li.reusable-search__result-container, when both
 * generations' classes are present) is the same card: reading only the inner one halves the
 * reading of such a list. One around several cards, or around someone else's, is still read.
 */
function wrapsOneCard(root: Element, next?: Element, afterNext?: Element): boolean {
  if (!next || !root.contains(next) || (afterNext && root.contains(afterNext))) return false;
  const slug = slugFromUrl(cardLink(root)?.getAttribute('href'));
  return slug !== null && slug === slugFromUrl(cardLink(next)?.getAttribute('href'));
}

/** First non-empty text among the alternatives (Ember leaves empty twins and split <p>s). */
function withText(root: Element, alternatives: Alternatives, max: number): string | null {
  const found = [...root.querySelectorAll(selectorList(alternatives))];
  for (const { css } of alternatives)
    for (const el of found) {
      if (!el.matches(css)) continue;
      const text = textOf(el, max);
      if (text) return text;
    }
  return null;
}

function filled(card: Card): number {
  return (card.name ? 1 : 0) + (card.headline ? 2 : 0) + (card.degree !== null ? 2 : 0);
}

function cardLink(root: Element): Element | null {
  if (root.matches('a[href*="/in/"]')) return root;
  // SDUI's parser-split links: the empty copies come first, so prefer one that has text.
  let fallback: Element | null = null;
  for (const a of root.querySelectorAll('a[href*="/in/"], a[href*="vanityName="]')) {
    if (!slugFromUrl(a.getAttribute('href')) || a.closest(PAGE_CHROME)) continue;
    if (a.textContent?.trim()) return a;
    fallback ??= a;
  }
  return fallback;
}

// The link each card was read from, for the content script to place its chips by without looking
// for it again (a second pass over a 100-card list's links took 5 ms in Chromium). Weak: a card
// dropped is its link forgotten.
const links = new WeakMap<Card, Element>();

/** The profile link `card` was read from, if this reader read it from a page. */
export function cardLinkOf(card: Card): Element | undefined {
  return links.get(card);
}

function readCard(root: Element): Card | null {
  const link = cardLink(root);
  const slug = slugFromUrl(link?.getAttribute('href'));
  if (!slug || !link) return null;
  const name = personName(withText(root, CARD_NAME, CARD_CAPS.name)) ?? sduiName(root, link);
  const headline = withText(root, CARD_HEADLINE, CARD_CAPS.headline);
  const card: Card = {
    slug,
    name,
    headline: headline && !isDegreeLine(headline) ? headline : sduiHeadline(root, name),
    degree: parseDegree(withText(root, CARD_DEGREE, 60)) ?? degreeByText(root),
    tags: [],
  };
  links.set(card, link);
  return card;
}

// SDUI: the name is the text of the link (search) or the first paragraph (side cards);
// the photo's alt text is the last resort.
function sduiName(root: Element, link: Element): string | null {
  const inParagraph = link.closest('p') ? personName(textOf(link, CARD_CAPS.name)) : null;
  // The first paragraph, past any that holds only the viewer's word.
  let first = inParagraph;
  if (!first)
    for (const p of root.querySelectorAll('p')) {
      const text = textOf(p, CARD_CAPS.name);
      if (text && !personName(text)) continue;
      first = text;
      break;
    }
  return first ?? personName(clean(root.querySelector('img[alt]')?.getAttribute('alt'), CARD_CAPS.name));
}

/**
 * "You" and "Me" are LinkedIn's words for the viewer (beside their photo, on the nav's menu), never
 * a person's name: a card whose first text is one of them is read from its other places.
 */
function personName(text: string | null): string | null {
  return text === 'You' || text === 'Me' ? null : text;
}

function sduiHeadline(root: Element, name: string | null): string | null {
  for (const p of [...root.querySelectorAll('p')].slice(0, 12)) {
    const text = textOf(p, CARD_CAPS.headline);
    if (!text || !personName(text) || isDegreeLine(text) || (name && text.startsWith(name))) continue;
    return text;
  }
  return null;
}

function degreeByText(root: Element): number | null {
  for (const el of [...root.querySelectorAll('p, span')].slice(0, 60)) {
    if (el.childElementCount > 1) continue;
    const text = textOf(el, 40);
    if (text && isDegreeLine(text)) return parseDegree(text);
  }
  return null;
}
