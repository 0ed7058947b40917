import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15: the page's synthetic events press nothing. One home for that check (ui/trusted.ts):
// every listener our in-page UI adds goes through it, so a new button cannot forget.
const UI = join(import.meta.dirname, '../../lib/content/ui');
const files = readdirSync(UI).filter((name) => name.endsWith('.ts') && name !== 'trusted.ts');

describe('in-page UI listens only through onTrusted', () => {
  it.each(files)('%s adds no listener of its own', (name) => {
    const code = readFileSync(join(UI, name), 'utf8');
    expect(code).not.toMatch(/addEventListener|\.on(click|keydown|focusin|mouseover)\s*=/);
  });

  it('the panel and the chips do listen (the check above is not vacuous)', () => {
    for (const name of ['panel.ts', 'chips.ts'])
      expect(readFileSync(join(UI, name), 'utf8')).toMatch(/onTrusted\(container, 'click'/);
  });
});
