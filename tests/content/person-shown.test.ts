// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { personShown, shownNow, topCardName } from '../../lib/content/person-shown';

afterEach(() => {
  document.body.innerHTML = '';
});

// Top cards of two generations (LAYOUTS.md), fictional people.
const ember = (slug: string, name: string) => `<main><section class="artdeco-card" data-member-id="1">
  <a href="/in/${slug}/overlay/about-this-profile/"><h1>${name}</h1></a>
  <a href="/in/${slug}/overlay/contact-info/">Contact info</a></section></main>`;
const sdui = (name: string) => `<main><section componentkey="com.linkedin.sdui.profile.card.refXTopcard">
  <h2>${name}</h2><p>Headline</p></section></main>`;

describe('topCardName', () => {
  it.each([
    ['ember', ember('ada', 'Ada Quill'), 'Ada Quill'],
    ['sdui', sdui('Ada Quill'), 'Ada Quill'],
    ['a feed with its own h1', '<main><h1>Feed post updates</h1></main>', null],
    ['a skeleton top card', '<main><section data-member-id="1"><h1> </h1></section></main>', null],
    ['nothing', '', null],
  ])('%s', (_, html, name) => {
    document.body.innerHTML = html;
    expect(topCardName(document)?.textContent?.trim() ?? null).toBe(name);
  });
});

describe('personShown', () => {
  it('on a first load: as soon as a top card with a name is there', () => {
    document.body.innerHTML = '<div class="skeleton"></div>';
    expect(personShown(document, 'ada', null)).toBe(false);
    document.body.innerHTML = sdui('Ada Quill');
    expect(personShown(document, 'ada', null)).toBe(true);
  });

  it('after a navigation: not while the previous person is still on screen', () => {
    document.body.innerHTML = sdui('Ada Quill');
    const previous = shownNow(document);
    expect(personShown(document, 'bo-lind', previous)).toBe(false);
    // LinkedIn re-rendered the same person with new nodes: still not the new one.
    document.body.innerHTML = sdui('Ada Quill');
    expect(personShown(document, 'bo-lind', previous)).toBe(false);
    document.body.innerHTML = sdui('Bo Lind');
    expect(personShown(document, 'bo-lind', previous)).toBe(true);
  });

  it('after a navigation to someone with the same name: by their own-page links', () => {
    document.body.innerHTML = ember('ada-quill-1', 'Ada Quill');
    const previous = shownNow(document);
    expect(personShown(document, 'ada-quill-2', previous)).toBe(false);
    document.body.innerHTML = ember('ada-quill-2', 'Ada Quill');
    expect(personShown(document, 'ada-quill-2', previous)).toBe(true);
  });

  it('a link to the next person from the previous page (a side card) does not count', () => {
    document.body.innerHTML = `${ember('ada', 'Ada Quill')}<aside><a href="/in/bo-lind/">Bo Lind</a></aside>`;
    expect(personShown(document, 'bo-lind', shownNow(document))).toBe(false);
  });
});
