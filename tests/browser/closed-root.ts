import type { CDPSession, Page } from 'playwright-core';

// Our in-page UI lives in closed shadow roots (issue 15): a page script, and Playwright's locators,
// get nothing from `host.shadowRoot`. The DevTools protocol sees inside (ENGINEERING.md "Closed
// shadow roots in tests"): DOM.describeNode with pierce lists a host's closed root, DOM.resolveNode
// gives the test a handle on it, and Runtime.callFunctionOn runs a check against it. Clicks are the
// mouse's, at the element's box, so they are trusted like a person's.

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  shadowRoots?: DomNode[];
}

export interface FindOptions {
  /** Only elements whose text contains this. */
  hasText?: string;
  timeout?: number;
}

export interface ClosedRoots {
  /** `fn(root, arg)` in the page for the closed root of each host matching `host`, in order. */
  each<T, A = undefined>(host: string, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<Awaited<T>[]>;
  /** Elements matching `selector` across those roots. */
  count(host: string, selector: string, options?: FindOptions): Promise<number>;
  /** Text of each element matching `selector`, across those roots. */
  texts(host: string, selector: string): Promise<string[]>;
  /** `name` attribute of each element matching `selector`, across those roots. */
  attrs(host: string, selector: string, name: string): Promise<(string | null)[]>;
  /** Resolves once `selector` matches in some root (`detached`: once it matches in none). */
  waitFor(
    host: string,
    selector: string,
    options?: FindOptions & { state?: 'attached' | 'detached' },
  ): Promise<void>;
  /** A trusted click in the middle of the first match (scrolled into view first). */
  click(host: string, selector: string, options?: FindOptions): Promise<void>;
  /** Focuses the first match (then `page.keyboard` types into it, trusted). */
  focus(host: string, selector: string, options?: FindOptions): Promise<void>;
}

/** The `ShadowRoot` handles of closed roots under hosts matching `host`, document order. */
async function rootHandles(cdp: CDPSession, host: string, group: string): Promise<string[]> {
  // Only the hosts are described, never the whole tree: a 5,000-deep page is too deep to send.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: host })) as {
    nodeIds: number[];
  };
  const handles: string[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: DomNode;
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = (await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      objectGroup: group,
    })) as { object: { objectId: string } };
    handles.push(object.objectId);
  }
  return handles;
}

// Runs in the page: the elements under `root` matching `selector` (and containing `hasText`).
function matching(root: ShadowRoot, [selector, hasText]: [string, string | undefined]): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !hasText || el.textContent?.includes(hasText));
}

export function closedRoots(page: Page): ClosedRoots {
  let session: Promise<CDPSession> | null = null;
  let groups = 0;
  const cdp = () => {
    session ??= page.context().newCDPSession(page);
    return session;
  };

  // `untilFound`: stop at the first root whose answer is not null (a click or a focus acts once).
  const run = async <T, A>(
    host: string,
    fn: (root: ShadowRoot, arg: A) => T,
    arg: A,
    untilFound: boolean,
  ) => {
    const c = await cdp();
    const group = `closed-roots-${++groups}`;
    try {
      const out = [];
      for (const objectId of await rootHandles(c, host, group)) {
        const { result, exceptionDetails } = (await c.send('Runtime.callFunctionOn', {
          objectId,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        })) as { result: { value: unknown }; exceptionDetails?: { exception?: { description?: string } } };
        if (exceptionDetails)
          throw new Error(exceptionDetails.exception?.description ?? 'failed in the page');
        out.push(result.value as Awaited<T>);
        if (untilFound && result.value !== null && result.value !== undefined) break;
      }
      return out;
    } finally {
      await c.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => {});
    }
  };
  const each: ClosedRoots['each'] = (host, fn, arg) => run(host, fn, arg as never, false);

  // Functions passed to `each` run in the page, so `matching` goes along as source.
  const find = <T>(
    host: string,
    selector: string,
    hasText: string | undefined,
    body: string,
    untilFound = false,
  ) =>
    run(
      host,
      new Function(
        'root',
        'arg',
        `const matching = ${matching.toString()}; const found = matching(root, arg); ${body}`,
      ) as (root: ShadowRoot, arg: [string, string | undefined]) => T,
      [selector, hasText] as [string, string | undefined],
      untilFound,
    );

  const count: ClosedRoots['count'] = async (host, selector, options = {}) =>
    (await find<number>(host, selector, options.hasText, 'return found.length;')).reduce((a, b) => a + b, 0);

  const waitFor: ClosedRoots['waitFor'] = async (host, selector, options = {}) => {
    const wanted = options.state === 'detached' ? 0 : 1;
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      const n = await count(host, selector, options);
      if (wanted ? n >= 1 : n === 0) return;
      if (Date.now() > deadline)
        throw new Error(`${host} ${selector}${options.hasText ? ` "${options.hasText}"` : ''}: still ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const first = async (host: string, selector: string, options: FindOptions, body: string) => {
    await waitFor(host, selector, options);
    const answers = await find<unknown>(
      host,
      selector,
      options.hasText,
      `const el = found[0]; if (!el) return null; ${body}`,
      true,
    );
    return answers.find((a) => a !== null);
  };

  return {
    each,
    count,
    waitFor,
    async texts(host, selector) {
      return (
        await find<string[]>(host, selector, undefined, "return found.map((el) => el.textContent ?? '');")
      ).flat();
    },
    async attrs(host, selector, name) {
      return (
        await each(
          host,
          (root, [sel, attr]) => [...root.querySelectorAll(sel)].map((el) => el.getAttribute(attr)),
          [selector, name] as [string, string],
        )
      ).flat();
    },
    async click(host, selector, options = {}) {
      const box = (await first(
        host,
        selector,
        options,
        "el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 };",
      )) as { x: number; y: number };
      await page.mouse.click(box.x, box.y);
    },
    async focus(host, selector, options = {}) {
      await first(host, selector, options, 'el.focus(); return true;');
    },
  };
}

/**
 * For tools that walk the tree through `host.shadowRoot` (axe-core, the tab walk): gives the
 * page's main world an own `shadowRoot` on our hosts pointing at their closed roots. Test-only, on
 * a page whose isolation is no longer under test; Playwright's locators (another world) still see
 * nothing.
 */
export async function exposeForAudit(page: Page, host: string): Promise<number> {
  const exposed = await closedRoots(page).each(host, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
    return true;
  });
  return exposed.length;
}
