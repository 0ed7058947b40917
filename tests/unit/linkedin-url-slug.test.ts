import { describe, expect, it } from 'vitest';
import { slugFromUrl } from '../../lib/linkedin-url';

describe('slugFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-okafor/', 'ada-okafor'],
    ['https://www.linkedin.com/in/Ada-Okafor', 'ada-okafor'],
    ['/in/ada-okafor/', 'ada-okafor'],
    ['https://www.linkedin.com/in/ada-okafor/en/', 'ada-okafor'],
    ['https://www.linkedin.com/in/ada-okafor/details/experience/', 'ada-okafor'],
    ['https://www.linkedin.com/in/ada-okafor/overlay/contact-info/', 'ada-okafor'],
    [
      'https://www.linkedin.com/in/ada-okafor?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB123',
      'ada-okafor',
    ],
    ['https://uk.linkedin.com/in/ada-okafor?trk=pub-pbmap', 'ada-okafor'],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-5b/', 'josé-garcía-5b'],
    ['https://www.linkedin.com/in/JOS%C3%89-GARC%C3%8DA/', 'josé-garcía'],
    ['https://www.linkedin.com/in/ada-okafor#experience', 'ada-okafor'],
    ['/preload/search-custom-invite/?vanityName=Nikolai-P', 'nikolai-p'],
  ])('%s → %s', (href, slug) => {
    expect(slugFromUrl(href)).toBe(slug);
  });

  it.each([
    [''],
    [null],
    [undefined],
    ['https://www.linkedin.com/feed/'],
    ['https://www.linkedin.com/company/kestrel-pay/'],
    ['https://www.linkedin.com/search/results/people/?keywords=ada'],
    ['https://evil.example/in/ada-okafor/'], // not LinkedIn
    ['https://www.linkedin.com/in/ACoAADhFp6sBgAAve86ZHXX638m5b2QA12nvVw4?miniProfileUrn=x'], // member id
    ['https://www.linkedin.com/in/%20/'],
    ['javascript:alert(1)'],
    [`https://www.linkedin.com/in/${'a'.repeat(5000)}/`],
  ])('%s → null', (href) => {
    expect(slugFromUrl(href)).toBeNull();
  });

  it('a lone % is kept rather than thrown on', () => {
    expect(slugFromUrl('https://www.linkedin.com/in/100%-ada/')).toBe('100%-ada');
  });
});

describe('slugFromUrl: Connections.csv URL cells', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-quist-4b1a2c', 'ada-quist-4b1a2c'],
    ['https://www.linkedin.com/in/farahhaddad/', 'farahhaddad'],
    ['http://linkedin.com/in/Mixed-Case', 'mixed-case'],
    ['https://de.linkedin.com/in/d%C3%B6rte-m%C3%BCller', 'dörte-müller'],
    ['https://www.linkedin.com/in/x?trk=abc', 'x'],
    ['  https://www.linkedin.com/in/spaced  ', 'spaced'],
  ])('%s → %s', (url, slug) => expect(slugFromUrl(url)).toBe(slug));

  it.each([
    '',
    'https://example.com/in/x',
    'https://www.linkedin.com/company/acme',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com.evil.example/in/x',
    'javascript:alert(1)',
  ])('refuses %j', (url) => expect(slugFromUrl(url)).toBeNull());
});
