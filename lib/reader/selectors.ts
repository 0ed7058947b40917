// LinkedIn selectors as data: each field is a list of alternatives, newest layouts last only where
// order does not matter; each names the generation it was seen in (../shared LAYOUTS.md).
// Durable signals (URL, <title>, aria-labels, link shapes, text patterns) live in the readers;
// these are the class and attribute hooks, which change every year or two.

export type Generation =
  | 'public-2016'
  | 'ember-2018'
  | 'ember-2020'
  | 'pvs-2022'
  | 'hashed-2025'
  | 'sdui-2026';
export interface Alternative {
  css: string;
  gen: Generation | 'all';
}
export type Alternatives = readonly Alternative[];

export const TOP_CARD: Alternatives = [
  { css: 'section[componentkey*="Topcard"]', gen: 'sdui-2026' }, // componentkey ends "…Topcard"
  { css: 'section[data-member-id]', gen: 'pvs-2022' }, // also hashed-2025 (section.artdeco-card)
  { css: 'section.pv-top-card-section', gen: 'ember-2018' },
  { css: '#top-card', gen: 'public-2016' },
];

export const NAME: Alternatives = [
  { css: 'h1#name', gen: 'public-2016' },
  { css: 'h1.pv-top-card-section__name', gen: 'ember-2018' },
  { css: 'ul.pv-top-card--list > li.inline.t-24', gen: 'ember-2020' },
  { css: 'h1.text-heading-xlarge', gen: 'pvs-2022' },
  { css: 'a[href$="/overlay/about-this-profile/"] h1', gen: 'hashed-2025' },
  { css: 'h1', gen: 'hashed-2025' }, // the only h1 in the top card; gone in SDUI
  { css: 'h2', gen: 'sdui-2026' }, // first h2 of the Topcard section (no h1 at all)
];

export const HEADLINE: Alternatives = [
  { css: 'p.headline.title', gen: 'public-2016' },
  { css: 'h2.pv-top-card-section__headline', gen: 'ember-2018' },
  { css: 'h2.mt1.t-18', gen: 'ember-2020' },
  { css: 'div.text-body-medium[data-generated-suggestion-target]', gen: 'hashed-2025' }, // and 2024
  { css: '.pv-text-details__left-panel .text-body-medium', gen: 'pvs-2022' },
];

export const LOCATION: Alternatives = [
  { css: '#demographics .locality', gen: 'public-2016' },
  { css: 'h3.pv-top-card-section__location', gen: 'ember-2018' },
  { css: 'span.text-body-small.inline.t-black--light.break-words', gen: 'pvs-2022' }, // and 2024–25
  // Last: pvs-2022 kept this class on its counts list ("500+ connections").
  { css: '.pv-top-card--list-bullet li:first-child', gen: 'ember-2020' },
];

/** Links beside the location in every generation since 2018: the location is their neighbour. */
export const CONTACT_INFO: Alternatives = [
  { css: 'a[href*="/overlay/contact-info/"]', gen: 'pvs-2022' }, // through SDUI 2026
  { css: 'a[href*="/detail/contact-info/"]', gen: 'ember-2018' },
];

export const COMPANY: Alternatives = [
  { css: 'button[aria-label^="Current company: "]', gen: 'hashed-2025' }, // and 2024
  { css: '[aria-label="Current company"]', gen: 'pvs-2022' },
  { css: '.pv-top-card-v2-section__company-name', gen: 'ember-2018' },
  { css: 'table.extra-info tr:first-child td li:first-child', gen: 'public-2016' }, // row "Current"
];

export const DEGREE: Alternatives = [
  { css: '.distance-badge .visually-hidden', gen: 'pvs-2022' }, // "2nd degree connection"; 2018–2025
  { css: '.distance-badge .dist-value', gen: 'ember-2018' },
];

export const COUNTS: Alternatives = [
  { css: 'li.text-body-small', gen: 'pvs-2022' }, // "26,825 followers", "500+ connections"
  { css: '.pv-top-card-v2-section__connections', gen: 'ember-2018' }, // "See connections (90)"
  { css: '.pv-top-card--list-bullet li', gen: 'ember-2020' },
  { css: 'p', gen: 'sdui-2026' }, // "3,122 followers", or split <p>500+</p><p>connections</p>
];

/** The Activity card, whose header repeats the follower count ("677 followers"): some top cards omit it. */
export const ACTIVITY: Alternatives = [
  { css: '[data-sdui-component$="profileCardsActivity"]', gen: 'sdui-2026' }, // in …ref<slug>Activity
];
/** Ember's Activity card is found by its anchor div, like About and Experience (2022–25). */
export const ACTIVITY_ANCHORS = ['content_collections', 'recent_activity'] as const;

export const MUTUAL: Alternatives = [
  { css: 'a[href*="facetConnectionOf"][href*="MEMBER_PROFILE_CANNED_SEARCH"]', gen: 'pvs-2022' },
  { css: 'a[href*="connectionOf"][href*="%5B%22F%22%5D"]', gen: 'sdui-2026' }, // network=["F"] only
];

export const ABOUT: Alternatives = [
  { css: '#summary .description', gen: 'public-2016' },
  { css: '.pv-top-card-section__summary-text', gen: 'ember-2018' },
  { css: 'section[componentkey$="About"] [data-testid="expandable-text-box"]', gen: 'sdui-2026' },
];

/** Ember 2022–25 sections are found by their anchor div; then these pick the text inside. */
export const ABOUT_IN_SECTION: Alternatives = [
  { css: '.inline-show-more-text span[aria-hidden="true"]', gen: 'pvs-2022' },
  { css: 'span[aria-hidden="true"]', gen: 'hashed-2025' }, // first one outside the h2
];

export const SKILLS: Alternatives = [
  { css: '#skills li.skill:not(.see-more):not(.see-less)', gen: 'public-2016' },
  { css: '.pv-skill-category-entity__name-text', gen: 'ember-2018' },
];
export const SKILLS_IN_SECTION: Alternatives = [
  { css: 'a[data-field="skill_card_skill_topic"] .t-bold span[aria-hidden="true"]', gen: 'hashed-2025' },
  { css: 'li .t-bold span[aria-hidden="true"]', gen: 'pvs-2022' },
];

export const EXPERIENCE_ITEMS: Alternatives = [
  { css: '#experience li.position', gen: 'public-2016' },
  { css: '#experience-section li.pv-position-entity', gen: 'ember-2018' },
  { css: 'main li.pvs-list__paged-list-item', gen: 'pvs-2022' }, // /details/experience/
];
export const EXPERIENCE_IN_SECTION: Alternatives = [
  { css: 'ul > li.artdeco-list__item', gen: 'pvs-2022' }, // and 2024–25 (hashed siblings)
];

/** sdui-2026 cards that arrive as the user scrolls, keyed like the top card ("…ref<URN>Experience"). */
export const EXPERIENCE_SECTION: Alternatives = [
  {
    css: '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Experience"]',
    gen: 'sdui-2026',
  },
];
export const SKILLS_SECTION: Alternatives = [
  { css: '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Skills"]', gen: 'sdui-2026' },
];
/** Entries of those cards: list items by role, whichever element carries it. */
export const SDUI_ENTRY = 'li, [role="listitem"]';

/** Side cards on a profile: "People you may know", "More profiles for you", "People also viewed". */
export const SIDE_CARDS: Alternatives = [
  { css: '.browse-map li.profile-card', gen: 'public-2016' },
  { css: '.pv-browsemap-section__member-container', gen: 'ember-2018' },
  { css: '.pv-pymk-section__member-container', gen: 'pvs-2022' }, // degree is a literal {:distance}
  { css: 'a[data-field^="pymk_"], a[data-field="browsemap_card_click"]', gen: 'hashed-2025' }, // and 2024
  { css: '[data-sdui-component$="RecommendedEntitySection"] a[href*="/in/"]', gen: 'sdui-2026' },
];

/**
 * sdui-2026 side sections that carry no named component ("Explore premium profiles", "People who
 * follow X also follow"): profile links inside a componentkey'd section (SDUI keys every section;
 * Ember never did, so older pages are untouched). The reader keeps those shaped like a person card.
 */
export const SIDE_CARD_SHAPE: Alternatives = [
  { css: 'section[componentkey] a[href*="/in/"]', gen: 'sdui-2026' },
];
/** Person-shaped links that are not side cards: posts' authors, and the top card itself. */
export const NOT_SIDE_CARDS: Alternatives = [
  { css: '[data-sdui-component$="profileCardsActivity"]', gen: 'sdui-2026' },
  { css: 'section[componentkey*="Topcard"]', gen: 'sdui-2026' },
];

export const SEARCH_CARDS: Alternatives = [
  { css: '[data-chameleon-result-urn^="urn:li:member:"]', gen: 'hashed-2025' }, // Ember entity-result
  { css: 'li.reusable-search__result-container', gen: 'pvs-2022' },
  { css: 'div[role="listitem"]', gen: 'sdui-2026' }, // only those holding an /in/ link
];

export const CARD_NAME: Alternatives = [
  { css: 'span[dir="ltr"] > span[aria-hidden="true"]', gen: 'hashed-2025' }, // search, Ember
  { css: '.actor-name, .name', gen: 'ember-2018' }, // also pvs-2022 PYMK
  { css: 'h4 a', gen: 'public-2016' },
  { css: '.t-bold span[aria-hidden="true"]', gen: 'hashed-2025' }, // side cards
];
export const CARD_HEADLINE: Alternatives = [
  { css: '.entity-result__primary-subtitle, div.t-14.t-black.t-normal', gen: 'hashed-2025' },
  { css: '.browsemap-headline, .pv-pymk-section__member-headline, p.headline', gen: 'ember-2018' },
  // pvs-2022 PYMK: the parser closes the empty <p> before its <div>, which holds the text
  {
    css: '.pv-pymk-section__member-detail .inline-show-more-text, .pv-browsemap-section__member-detail .inline-show-more-text',
    gen: 'pvs-2022',
  },
  { css: '.t-14.t-normal:not(.t-black--light) span[aria-hidden="true"]', gen: 'hashed-2025' }, // side cards
];
export const CARD_DEGREE: Alternatives = [
  { css: '.entity-result__badge-text .visually-hidden', gen: 'hashed-2025' },
  { css: '.dist-value, .distance-badge .visually-hidden', gen: 'ember-2018' },
  { css: '.pvs-entity__supplementary-info .visually-hidden', gen: 'hashed-2025' },
];

/** Placeholders and sections that SDUI fills after the top card: the content script watches them. */
export const LAZY_SECTION_SELECTORS: readonly string[] = [
  '[componentkey^="profileCardsBelowActivityPart"]', // sdui-2026 placeholders (experience, skills…)
  // sdui-2026 cards that may replace a placeholder instead of filling it
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Experience"]',
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Education"]',
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Skills"]',
  'section[componentkey$="About"]', // sdui-2026
  '[componentkey^="profileAsidePymk"]', // sdui-2026 side cards
  '[componentkey^="profileAsideBrowsemap"]', // sdui-2026 side cards
  'main li.pvs-list__paged-list-item', // pvs-2022 /details/experience/ pages load their list late
];

// One pass over the document per field: the alternatives are joined into one selector list, then
// ranked by the order they are listed in. Every selector costs a walk of the tree, and LinkedIn
// pages have thousands of elements.
const joined = new WeakMap<Alternatives, string>();
export function selectorList(alternatives: Alternatives): string {
  let list = joined.get(alternatives);
  if (list === undefined) {
    list = alternatives.map((a) => a.css).join(', ');
    joined.set(alternatives, list);
  }
  return list;
}

export function queryFirst(root: ParentNode, alternatives: Alternatives): Element | null {
  if (alternatives.length === 1) return root.querySelector(alternatives[0]!.css);
  const found = root.querySelectorAll(selectorList(alternatives));
  if (found.length <= 1) return found[0] ?? null;
  for (const { css } of alternatives) for (const el of found) if (el.matches(css)) return el;
  return null;
}

/** Matches of the first alternative that matches anything. */
export function queryAll(root: ParentNode, alternatives: Alternatives): Element[] {
  const found = [...root.querySelectorAll(selectorList(alternatives))];
  if (found.length === 0 || alternatives.length === 1) return found;
  for (const { css } of alternatives) {
    const matching = found.filter((el) => el.matches(css));
    if (matching.length) return matching;
  }
  return [];
}
