import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { backupSchema, describeIssues } from '../backup/schema';
import { DEFAULT_SETTINGS, type UserConfig } from '../domain';
import { defaultNeeds } from '../needs-catalog';

// Shared by the inspect/coach/draft commands (PRODUCT.md): one JSON document on stdout; bad input
// is a one-line message on stderr and exit code 2, never a stack trace.

export class InputError extends Error {}

export function run(main: () => unknown): void {
  try {
    const result = main();
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${String(error)}`;
    process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
    process.exit(error instanceof InputError ? 2 : 1);
  }
}

export function args<T extends ParseArgsConfig['options']>(options: T) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

export function readText(path: string | undefined, what: string): string {
  if (!path) throw new InputError(`missing ${what} file`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read ${what} file: ${path}`);
  }
}

/** The user's configuration from a backup file, or a new user's defaults when none is given. */
export function loadConfig(path: string | undefined): UserConfig {
  if (!path) {
    return {
      self: backupSchema.shape.self.parse({}),
      needs: defaultNeeds(),
      settings: DEFAULT_SETTINGS,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readText(path, 'config'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`config is not valid JSON: ${path}`);
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(`bad config ${path}: ${describeIssues(parsed.error, 3).join('; ')}`);
  const { self, needs, settings, weights } = parsed.data;
  return {
    self: self as UserConfig['self'],
    needs: needs as UserConfig['needs'],
    settings: { ...DEFAULT_SETTINGS, ...settings },
    weights,
  };
}

/** Parse an HTML file as the browser would (parse5 splits nested links the same way). */
export function loadPage(path: string | undefined, url: string | undefined): { doc: Document; url: string } {
  const html = readText(path, 'page');
  const pageUrl = url ?? 'https://www.linkedin.com/';
  try {
    new URL(pageUrl);
  } catch {
    throw new InputError(`--url is not a URL: ${pageUrl}`);
  }
  return { doc: new JSDOM(html, { url: pageUrl }).window.document, url: pageUrl };
}
