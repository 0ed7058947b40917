import type { Page } from 'puppeteer-core';

// Our in-page UI lives in closed shadow roots: a page script gets `null` from `host.shadowRoot`.
// WebDriver BiDi sees inside, as the DevTools protocol does for Chromium (../closed-root.ts): a
// node serialized with `includeShadowTree: 'all'` carries its closed root's shared id, and
// `script.callFunction` can run a check with that root as `this`. Values cross as JSON.

interface RemoteNode {
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}
interface Evaluated {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: Evaluated }>;
}

function bidi(page: Page): { send: Bidi['send']; context: string } {
  // Puppeteer keeps both on its BiDi objects without a public getter (puppeteer-core 25).
  const connection = (page.browser() as unknown as { connection: Bidi }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { send: (method, params) => connection.send(method, params), context };
}

function unwrap(answer: Evaluated): unknown {
  if (answer.type === 'exception') throw new Error(answer.exceptionDetails?.text ?? 'failed in the page');
  return answer.result;
}

/** The shared ids of the closed roots of hosts matching `host`, document order. */
async function roots(page: Page, host: string): Promise<string[]> {
  const { send, context } = bidi(page);
  const { result } = await send('script.callFunction', {
    functionDeclaration: '(selector) => [...document.querySelectorAll(selector)]',
    arguments: [{ type: 'string', value: host }],
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const nodes = ((unwrap(result) as { value?: RemoteNode[] }).value ?? []) as RemoteNode[];
  return nodes.flatMap((node) => (node.value?.shadowRoot?.sharedId ? [node.value.shadowRoot.sharedId] : []));
}

/** `fn(root, arg)` in the page for the closed root of each host matching `host`, in order. */
export async function eachRoot<T, A = undefined>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<Awaited<T>[]> {
  const { send, context } = bidi(page);
  const out: Awaited<T>[] = [];
  for (const sharedId of await roots(page, host)) {
    const { result } = await send('script.callFunction', {
      functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn.toString()})(this, JSON.parse(arg)) ?? null); }`,
      this: { sharedId },
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
    });
    out.push(JSON.parse((unwrap(result) as { value: string }).value));
  }
  return out;
}

/** Text of each element matching `selector`, across the roots of `host`. */
export async function rootTexts(page: Page, host: string, selector: string): Promise<string[]> {
  const texts = await eachRoot(
    page,
    host,
    (root, sel: string) => [...root.querySelectorAll(sel)].map((el) => el.textContent ?? ''),
    selector,
  );
  return texts.flat();
}

/** `name` of each element matching `selector`, across the roots of `host`. */
export async function rootAttrs(page: Page, host: string, selector: string, name: string): Promise<string[]> {
  const values = await eachRoot(
    page,
    host,
    (root, [sel, attr]: [string, string]) =>
      [...root.querySelectorAll(sel)].map((el) => el.getAttribute(attr)),
    [selector, name] as [string, string],
  );
  return values.flat().filter((v): v is string => v !== null);
}

/** Resolves once `selector` matches in some root of `host`. */
export async function waitInRoot(
  page: Page,
  host: string,
  selector: string,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await eachRoot(page, host, (root, sel: string) => !!root.querySelector(sel), selector);
    if (found.some(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`${host} ${selector}: not in any closed root`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
