import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** A page parsed as a browser would (parse5 splits nested links the same way). */
export function parse(html: string, url = 'https://www.linkedin.com/'): Document {
  return new JSDOM(html, { url: url || 'https://www.linkedin.com/' }).window.document;
}

export function fixture(name: string, url?: string): Document {
  return parse(readFileSync(`${PAGES_DIR}${name}.html`, 'utf8'), url);
}

export function expected(name: string): unknown {
  return JSON.parse(readFileSync(`${PAGES_DIR}${name}.expected.json`, 'utf8'));
}
