// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cardAnchors } from '../../lib/content/card-anchor';

const cardAnchor = (root: ParentNode, slug: string, name: string | null) =>
  cardAnchors(root, [{ slug, name }]).get(slug) ?? null;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('cardAnchor', () => {
  it('picks the link with the name, not the photo link before it', () => {
    document.body.innerHTML = `<li>
      <a id="photo" href="/in/ada/"><img alt=""></a>
      <a id="name" href="/in/ada/?x=1"><span>Ada Quill</span></a></li>`;
    expect(cardAnchor(document, 'ada', 'Ada Quill')?.id).toBe('name');
  });

  it('falls back to the first link with text when the name differs', () => {
    document.body.innerHTML = `<a id="empty" href="/in/ada/"></a><a id="text" href="/in/ada/">View profile</a>`;
    expect(cardAnchor(document, 'ada', 'Someone Else')?.id).toBe('text');
    expect(cardAnchor(document, 'ada', null)?.id).toBe('text');
  });

  it('climbs out of nested links so chips never sit inside one', () => {
    // The HTML parser splits nested links; SDUI's DOM, built by script, has them.
    const outer = document.createElement('a');
    outer.id = 'outer';
    outer.href = '/in/ada/';
    const inner = document.createElement('a');
    inner.href = '/in/ada/';
    inner.textContent = 'Ada Quill';
    outer.append(inner);
    document.body.replaceChildren(outer);
    expect(cardAnchor(document, 'ada', 'Ada Quill')?.id).toBe('outer');
  });

  it.each([
    ['another person', `<a href="/in/bo/">Bo</a>`],
    ['our own chips', `<span data-constellation="card-chips"><a href="/in/ada/">Ada</a></span>`],
    ['no links', `<p>Ada Quill</p>`],
  ])('finds nothing for %s', (_, html) => {
    document.body.innerHTML = html;
    expect(cardAnchor(document, 'ada', 'Ada')).toBeNull();
  });

  it('finds every card’s own link in one pass, however many cards', () => {
    document.body.innerHTML = Array.from(
      { length: 100 },
      (_, i) =>
        `<li><a href="/in/p${i}/"><img alt=""></a><a id="n${i}" href="/in/p${i}/">Person ${i}</a></li>`,
    ).join('');
    const cards = Array.from({ length: 100 }, (_, i) => ({ slug: `p${i}`, name: `Person ${i}` }));
    const anchors = cardAnchors(document, cards);
    expect(anchors.size).toBe(100);
    for (let i = 0; i < 100; i++) expect(anchors.get(`p${i}`)?.id).toBe(`n${i}`);
    // A card not on the page gets no entry.
    expect(cardAnchors(document, [{ slug: 'absent', name: 'Absent' }]).size).toBe(0);
  });

  it('uses the link the reader read a card from while it is in the page and names the person', () => {
    document.body.innerHTML = `<li><a id="name" href="/in/ada/">Ada Quill</a></li>
      <li><a id="moved" href="/in/bo/">Bo Lind</a></li>`;
    const read = new Map<string, Element>([
      ['ada', document.getElementById('name')!],
      // LinkedIn re-rendered Bo's card after reading: the old link is gone from the page.
      ['bo', Object.assign(document.createElement('a'), { textContent: 'Bo Lind' })],
      // Cy's read link no longer carries her name (a different text was swapped in).
      ['cy', Object.assign(document.createElement('a'), { textContent: 'Someone' })],
    ]);
    document.body.append(read.get('cy')!);
    document.body.insertAdjacentHTML('beforeend', '<a id="cy-name" href="/in/cy/">Cy Moss</a>');
    const cards = [
      { slug: 'ada', name: 'Ada Quill' },
      { slug: 'bo', name: 'Bo Lind' },
      { slug: 'cy', name: 'Cy Moss' },
    ];
    const anchors = cardAnchors(document, cards, (card) => read.get(card.slug));
    expect(anchors.get('ada')).toBe(read.get('ada'));
    // The others are found in the page, as without a reader.
    expect(anchors.get('bo')?.id).toBe('moved');
    expect(anchors.get('cy')?.id).toBe('cy-name');
  });
});
