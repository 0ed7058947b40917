// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean, MAX_FIELD, textOf } from '../../lib/reader/text';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test-only: building a fixture element
  return div;
}

describe('clean', () => {
  it.each([
    ['  Ada \n\t Okafor  ', 'Ada Okafor'],
    ['Ada\u200bOka\u200dfor', 'AdaOkafor'],
    ['\u202eevil\u202c', 'evil'],
    ['\ufeffAda', 'Ada'],
    ['<b>kept as text</b>', '<b>kept as text</b>'],
    ['   ', null],
    ['', null],
  ])('%j → %j', (raw, text) => {
    expect(clean(raw)).toBe(text);
  });

  it('caps length with an ellipsis', () => {
    const out = clean('x'.repeat(10_000))!;
    expect(out.length).toBe(MAX_FIELD);
    expect(out.endsWith('…')).toBe(true);
    expect(clean('abcdef', 4)).toBe('abc…');
  });
});

describe('textOf', () => {
  it('leaves out screen-reader twins', () => {
    expect(textOf(el('<span aria-hidden="true">Ada</span><span class="visually-hidden">Ada</span>'))).toBe(
      'Ada',
    );
  });
  it('leaves out script and style content', () => {
    expect(textOf(el('Ada<script>alert(1)</script><style>p{}</style> Okafor'))).toBe('Ada Okafor');
  });
  it('returns null for nothing', () => {
    expect(textOf(null)).toBeNull();
    expect(textOf(el('<span> </span>'))).toBeNull();
  });
  it('survives very deep nesting', () => {
    // Built inside-out: jsdom checks ancestors on every insertion, so top-down is quadratic.
    let node: Element = el('deep<i class="visually-hidden">x</i>');
    for (let i = 0; i < 5000; i++) {
      const span = document.createElement('span');
      span.appendChild(node);
      node = span;
    }
    expect(textOf(node)).toMatch(/^deep/);
  }, 60_000);
});

describe('textOf and emoji', () => {
  it('keeps a profession emoji whole and strips a stray joiner (issue 17)', () => {
    expect(textOf(el('<span>👩\u200d💻 Ada\u200d Okafor</span>'))).toBe('👩\u200d💻 Ada Okafor');
  });
});

describe('textOf and inline elements (issue 17)', () => {
  // An About with a "… more" control takes the walk that leaves the control out; it padded every
  // element with spaces, so "<strong>soil</strong>." read "soil .".
  const more = '<button data-testid="expandable-text-button">… more</button>';
  it.each([
    ['<p>Marisol restores <strong>soil</strong>. Then forests.</p>', 'Marisol restores soil. Then forests.'],
    [
      '<p>Leads the <span>Tidewater</span>, <a href="/x">Harbour</a>; and <em>more</em>!</p>',
      'Leads the Tidewater, Harbour; and more!',
    ],
    ['<p>Co<b>found</b>er of <i>Kelp</i>works?</p>', 'Cofounder of Kelpworks?'],
  ])('%s runs on with its neighbours', (html, text) => {
    expect(textOf(el(`${html}${more}`))).toBe(text);
    expect(textOf(el(html))).toBe(text);
  });

  it.each([
    ['<p>First line.</p><p>Second line.</p>', 'First line. Second line.'],
    ['Ends here.<br>Starts there.', 'Ends here. Starts there.'],
    ['<ul><li>Kelp</li><li>Coral</li></ul>', 'Kelp Coral'],
    ['<div>Reef surveys</div><div>Oyster beds</div>', 'Reef surveys Oyster beds'],
  ])('%s keeps its blocks apart', (html, text) => {
    expect(textOf(el(`${html}${more}`))).toBe(text);
    expect(textOf(el(html))).toBe(text);
  });
});
