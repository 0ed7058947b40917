import { describe, expect, it } from 'vitest';
import { PHRASES, phrasesFor } from '../../lib/coach';
import { alternation } from '../../lib/coach/compile';

// The phrase files are data other languages will copy: keep their shape honest.

const REQUIRED_TEXTS = [
  'no-ask',
  'no-time-box',
  'too-many-questions',
  'too-long-chars',
  'too-long-words',
  'too-long-subject',
  'too-short-words',
  'too-short-note',
  'mentor-opener',
  'mixed-reasons',
  'all-take',
  'no-why-you',
  'placeholder',
  'no-subject',
  'no-name',
  'encouragement',
];

describe.each(Object.entries(PHRASES))('phrases: %s', (_lang, phrases) => {
  const lists = {
    hedges: phrases.hedges.map((p) => p.re),
    mentorOpener: phrases.mentorOpener,
    askMarkers: phrases.askMarkers,
    vagueAsks: phrases.vagueAsks.map((p) => p.re),
    timeBoxes: phrases.timeBoxes,
    selfInterest: phrases.selfInterest,
    altruism: phrases.altruism,
    giveBack: phrases.giveBack,
    whyYou: phrases.whyYou,
  };

  it.each(Object.entries(lists))('%s: every entry compiles without capture groups', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      // Capture groups would shift which entry a match is attributed to.
      const groups = new RegExp(`${entry}|`, 'u').exec('')!.length - 1;
      expect(groups, entry).toBe(0);
      expect(() => alternation([entry])).not.toThrow();
      expect(alternation([entry]).test(''), `${entry} matches the empty string`).toBe(false);
    }
  });

  it('has a text for every finding, and one for each phrase', () => {
    for (const key of REQUIRED_TEXTS) expect(phrases.text[key], key).toBeTruthy();
    for (const p of [...phrases.hedges, ...phrases.vagueAsks]) expect(p.text, p.re).toBeTruthy();
  });
});

describe('phrasesFor', () => {
  it.each([
    [undefined, 'en'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['xx', 'en'],
  ])('%s → %s', (lang, expected) => {
    expect(phrasesFor(lang).lang).toBe(expected);
  });
});

describe('matching rules', () => {
  it('matches at word boundaries only, across curly apostrophes and line breaks', () => {
    const re = alternation(["I know you're busy", 'just']);
    expect('I know you’re\nbusy'.match(re)).not.toBeNull();
    expect('adjust the justice'.match(re)).toBeNull();
    expect('Just do it'.match(re)?.[0]).toBe('Just');
  });
});
