import { describe, expect, it } from 'vitest';
import { coach } from '../../lib/coach';
import { BASE, BASE_NOTE, ISSUE_FAULTS, NEAR_MISSES, OPTS } from './stitched-examples';

// The coach notices a stitched draft (issue 18): each fault the issue quotes fails the draft on its
// own (below 70), and what only looks like one (names, acronyms, titles, whole sentences) does not.

describe('the strong bases pass', () => {
  it('message and note score high with no stitched finding', () => {
    expect(coach(BASE, OPTS).score).toBeGreaterThanOrEqual(95);
    expect(coach(BASE_NOTE, { ...OPTS, channel: 'connection-note' }).score).toBeGreaterThanOrEqual(90);
  });
});

describe('each stitched fault is found, pointed at, and scores below 70', () => {
  for (const f of ISSUE_FAULTS)
    it(f.name, () => {
      const result = coach(f.text, { ...OPTS, ...f.opts });
      const found = result.findings.filter((x) => x.kind === f.kind);
      expect(found.length, JSON.stringify(result.findings)).toBeGreaterThan(0);
      expect(result.score).toBeLessThan(70);
      expect(result.findings.some((x) => x.kind === 'encouragement')).toBe(false);
      for (const x of found) if (x.start !== undefined) expect(x.end).toBeGreaterThan(x.start);
    });
});

const STITCHED = new Set([
  'pasted-phrase',
  'cut-off',
  'keyword-list',
  'be-a-role',
  'colleague-org',
  'cut-subject',
]);

describe('near misses are not flagged', () => {
  for (const n of NEAR_MISSES)
    it(n.name, () => {
      const result = coach(n.text, { ...OPTS, ...n.opts });
      expect(result.findings.filter((x) => STITCHED.has(x.kind))).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(80);
    });
});

describe('spans', () => {
  it('marks the pasted capital itself', () => {
    const text = BASE.replace('Would you read', 'In mind: Expert feedback. Would you read');
    const f = coach(text, OPTS).findings.find((x) => x.kind === 'pasted-phrase')!;
    expect(text.slice(f.start, f.end)).toBe('Expert');
  });

  it('marks the colleague sentence from "I work"', () => {
    const text = BASE.replace('I work in data science,', 'I work in data science at Marélia Saúde,');
    const f = coach(text, { ...OPTS, personCompany: 'Marélia Saúde' }).findings.find(
      (x) => x.kind === 'colleague-org',
    )!;
    expect(text.slice(f.start, f.end)).toBe('I work in data science at Marélia Saúde');
  });

  it('a 100 KB paste of capitals stays bounded', () => {
    const text = 'we need One more and Expert help, '.repeat(3000);
    const result = coach(text, OPTS);
    expect(result.findings.filter((x) => x.kind === 'pasted-phrase').length).toBeLessThanOrEqual(20);
  });
});
