import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diagnose, isProfileReady, readPage } from '../../lib/reader';
import { pageReadSchema } from '../../lib/reader/schema';
import { fixture, parse } from './load';

// Any HTML at all: a result with nulls and `missing`, never a throw, and only plain bounded text.

const PROFILE_URL = 'https://www.linkedin.com/in/ada-okafor/';
const URLS = [
  PROFILE_URL,
  'https://www.linkedin.com/search/results/people/',
  '',
  'https://www.linkedin.com/',
];

function assertSane(html: string, url: string) {
  const doc = parse(html);
  const read = readPage(doc, url);
  const check = pageReadSchema.safeParse(read);
  if (!check.success && read.profile?.slug !== '') throw new Error(JSON.stringify(check.error.issues[0]));
  expect(typeof isProfileReady(doc)).toBe('boolean');
  expect(typeof diagnose(doc, url)).toBe('string');
  return read;
}

// Pieces LinkedIn pages are made of, shuffled into random, often broken, documents.
const piece = fc.constantFrom(
  '<h1 class="text-heading-xlarge">',
  '<section data-member-id="1">',
  '<section componentkey="x.Topcard">',
  '<h2>',
  '<p>· 2nd</p>',
  '<div data-display-contents="true">',
  '<a href="/in/ada-okafor/overlay/contact-info/">',
  '<a href="https://www.linkedin.com/in/',
  '<li class="text-body-small">500+ connections</li>',
  '<div id="experience"></div>',
  '<div id="about">',
  '<span aria-hidden="true">',
  '<span class="visually-hidden">',
  '<code id="bpr-guid-1">{"included":[{"publicIdentifier":"ada-okafor","firstName":',
  '<div role="listitem">',
  '<div data-chameleon-result-urn="urn:li:member:1">',
  '</a>',
  '</div>',
  '</section>',
  '<script>throw 1</script>',
  '<title>(3) Ada | LinkedIn</title>',
  '\u202e\u200b',
  '{:distance}',
  '<![CDATA[',
  '<!--',
);
const html = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('reader robustness', () => {
  it('never throws on random LinkedIn-like HTML, and its output always fits the schema', () => {
    fc.assert(
      fc.property(html, fc.constantFrom(...URLS), (page, url) => {
        assertSane(page, url);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never throws on arbitrary URLs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (url) => {
        readPage(parse('<h1 class="text-heading-xlarge">Ada</h1>'), url);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it.each([
    ['empty', ''],
    ['whitespace', '   \n '],
    ['not HTML', '\u0000\u0001binary\uffff'],
    [
      'truncated mid-tag',
      '<html><head><title>Ada Okafor | LinkedIn</title></head><body><section data-member-id="1"><h1 class="text-he',
    ],
    [
      'unclosed everything',
      '<main><section data-member-id="1"><h1><a href="/in/x/"><span aria-hidden="true">Ada',
    ],
  ])('%s page → nulls and missing', (_label, page) => {
    const read = assertSane(page, PROFILE_URL);
    expect(read.kind).toBe('profile');
    expect(read.profile?.slug).toBe('ada-okafor');
    expect(read.missing.length).toBeGreaterThan(5);
  });

  it('a 5 MB page is read', () => {
    // Long text rather than many elements: jsdom's own parsing is what a many-element page would test.
    const post = `<div class="feed-item"><p>${'Lorem ipsum dolor sit amet. '.repeat(90)}</p></div>`;
    const page = `<title>Ada Okafor | LinkedIn</title><main>${post.repeat(2000)}<h1 class="text-heading-xlarge">Ada Okafor</h1></main>`;
    expect(page.length).toBeGreaterThan(5_000_000);
    const read = assertSane(page, PROFILE_URL);
    expect(read.profile?.name).toBe('Ada Okafor');
  }, 120_000);

  it('a 5,000-deep page is read', () => {
    // happy-dom: jsdom builds deep trees in quadratic time. happy-dom's selector engine overflows the
    // stack at this depth (its own recursion); the reader must still answer, without throwing.
    const window = new Window({ url: PROFILE_URL });
    const deep = `${'<div><section>'.repeat(2500)}<h1 class="text-heading-xlarge">Ada Okafor</h1>${'</section></div>'.repeat(2500)}`;
    window.document.write(
      `<html><head><title>Ada Okafor | LinkedIn</title></head><body><main>${deep}</main></body></html>`,
    );
    const doc = window.document as unknown as Document;
    const read = readPage(doc, PROFILE_URL);
    expect(read.kind).toBe('profile');
    expect(read.profile?.slug).toBe('ada-okafor');
    expect(pageReadSchema.safeParse(read).success).toBe(true);
    expect(typeof diagnose(doc, PROFILE_URL)).toBe('string');
    expect(typeof isProfileReady(doc)).toBe('boolean');
  }, 120_000);

  it('hostile text stays text, bounded, with no invisible controls', () => {
    const read = readPage(
      fixture('hostile', 'https://www.linkedin.com/in/zed-mallory/'),
      'https://www.linkedin.com/in/zed-mallory/',
    );
    const p = read.profile!;
    const strings = [p.name, p.headline, p.location, p.about, ...p.skills].filter((s): s is string => !!s);
    for (const s of strings) {
      expect(s).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
      expect(s.length).toBeLessThanOrEqual(5000);
    }
    expect(p.name).not.toContain('pwned'); // <script> content is not text
    expect(p.headline).toMatch(/^<script>alert\("headline"\)<\/script>/); // escaped markup stays literal text
    expect(p.followers).toBeNull(); // 10^23 is not a count
    expect(p.connections).toBeNull(); // "alert(1)" is not a count
    expect(pageReadSchema.safeParse(read).success).toBe(true);
  });
});
