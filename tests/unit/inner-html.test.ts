import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `web-ext lint` warns of an innerHTML assignment in the shared UI chunk: it is Preact's own
// `dangerouslySetInnerHTML` path, which runs only for an element given that prop. None of our
// code gives it, nor writes HTML as a string any other way, so page text (names, headlines, notes)
// only ever reaches the DOM as text. This keeps the README's "What it touches" true.

const ROOT = join(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const HTML_SINKS =
  /dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(|createContextualFragment/;

describe('no HTML from strings', () => {
  it.each(['entrypoints', 'components', 'lib'].flatMap(sources))(
    '%s writes no HTML string into a page',
    (path) => {
      const code = readFileSync(join(ROOT, path), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
      expect(code).not.toMatch(HTML_SINKS);
    },
  );

  it('the pattern catches each sink it names', () => {
    for (const sink of [
      'el.innerHTML = x',
      'el.outerHTML=x',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      "el.insertAdjacentHTML('beforeend', x)",
      'document.write(x)',
      'range.createContextualFragment(x)',
    ])
      expect(sink).toMatch(HTML_SINKS);
    expect('el.textContent = x').not.toMatch(HTML_SINKS);
  });
});
