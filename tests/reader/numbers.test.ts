import { describe, expect, it } from 'vitest';
import {
  CONNECTIONS_WORD,
  countNear,
  FOLLOWERS_WORD,
  parseConnections,
  parseCount,
  parseDegree,
  parseMutual,
} from '../../lib/reader/numbers';

describe('parseDegree (en, de, fr, es, pt)', () => {
  it.each([
    ['1st', 1],
    ['· 2nd', 2],
    ['• 3rd', 3],
    ['3rd+', 3],
    ['3rd+ degree connection', 3],
    ['2nd degree connection', 2],
    ['Third degree connection', 3],
    ['Second degree connection', 2],
    ['1er', 1],
    ['· 2e', 2],
    ['3e', 3],
    ['Contact de 1er niveau', 1],
    ['2.', 2],
    ['· 3.', 3],
    ['Kontakt 2. Grades', 2],
    ['2º', 2],
    ['· 3º', 3],
    ['Contacto de 2º grado', 2],
    ['1ª', 1],
    ['2°', 2],
  ] as const)('%s → %i', (text, degree) => {
    expect(parseDegree(text)).toBe(degree);
  });

  it.each(['', '{:distance}', ' {:distance} ', '1.234', '4th', '2.5', 'Follow', 'x'.repeat(500)])(
    '%s → null',
    (text) => {
      expect(parseDegree(text)).toBeNull();
    },
  );
});

describe('parseCount', () => {
  it.each([
    ['357', 357],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u202f234', 1234],
    ['1\u00a0234', 1234],
    ['26,825 followers', 26825],
    ['1,234,567', 1234567],
    ['12K', 12000],
    ['1.2K', 1200],
    ['1,2 k', 1200],
    ['3M', 3000000],
    ['0', 0],
  ] as const)('%s → %i', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each(['', 'none', '99999999999999999999999'])('%s → null', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('connections and followers', () => {
  it.each([
    ['500+ connections', '500+'],
    ['500+ Kontakte', '500+'],
    ['+ de 500 relations', '500+'],
    ['Más de 500 contactos', '500+'],
    ['Mais de 500 conexões', '500+'],
    ['357 connections', 357],
    ['See connections (90)', 90],
    ['1.204 Kontakte', 1204],
    ['357', 357],
    ['javascript:alert(1) connections', null],
    ['connections', null],
  ] as const)('%s → %s', (text, value) => {
    expect(parseConnections(text)).toBe(value);
  });

  it.each([
    ['26,825 followers', 26825],
    ['1.234 Follower', 1234],
    ['1 234 abonnés', 1234],
    ['3.450 seguidores', 3450],
    ['12K followers', 12000],
    ['followers', null],
    ['alert(3) followers', null],
  ] as const)('%s → %s', (text, value) => {
    expect(countNear(text, FOLLOWERS_WORD)).toBe(value);
  });

  it('a count for one label is not taken for another', () => {
    expect(countNear('26,825 followers', CONNECTIONS_WORD)).toBeNull();
  });
});

describe('parseMutual', () => {
  it.each([
    ['Sudipta D, Mohan R, and 2 other mutual connections', 4],
    ['Ada Okafor and Ben Li are mutual connections', 2],
    ['Domenico is a mutual connection', 1],
    ['12 mutual connections', 12],
    ['16 Mutual Connections You and Sean both know A, B and 14 others', 16],
    ['5 other mutual connections', 5],
    ['Anna Weber und 2 weitere gemeinsame Kontakte', 3],
    ['12 gemeinsame Kontakte', 12],
    ['Théo Martin et 3 autres relations en commun', 4],
    ['Pablo Ruiz, Marta Gil y 6 contactos en común más', 8],
    ['Ana Souza e mais 2 conexões em comum', 3],
  ] as const)('%s → %i', (text, n) => {
    expect(parseMutual(text)).toBe(n);
  });

  it.each(['', 'Show all connections', '500+ connections'])('%s → null', (text) => {
    expect(parseMutual(text)).toBeNull();
  });
});
