import { PROFILE_CAPS } from '../caps';
import { safe } from './dom';
import { isDegreeLine, parseDegree } from './numbers';
import { CONTACT_INFO, queryFirst } from './selectors';
import { textOf } from './text';

// Text-pattern readers for top cards without class hooks (SDUI 2026, and layouts not seen yet):
// the degree is a short "· 2nd" paragraph, the headline the first paragraph after the name, the
// location the neighbour of the contact-info link.

const MAX_PARAGRAPHS = 60;
// "She/Her", "He/Him", "They/Them", "Sie/Ihr", "Il/Lui", "Ella/Ella", "Ele/Dele" (sdui-2026 prints
// the pronouns as a bare <p> beside the name): short words joined by slashes, never a headline.
const PRONOUNS = /^[a-zà-ÿ]{1,6}(?:\s*\/\s*[a-zà-ÿ]{1,6}){1,2}$/i;
// Tested only on text with a slash: case-insensitive non-ASCII ranges made this the costliest regexp
// to compile on the reader's first call (~0.6 ms), for a headline that is almost never pronouns.
const isPronouns = (text: string) => text.includes('/') && PRONOUNS.test(text);

function paragraphs(top: Element): Element[] {
  return [...top.querySelectorAll('p')].slice(0, MAX_PARAGRAPHS);
}

/**
 * SDUI prints the degree twice; the copy wrapped in `div[data-display-contents]` showed the other
 * relationship state in both saved pages, so it only counts when it is the only one.
 */
export function degreeParagraph(top: Element): number | null {
  let fallback: number | null = null;
  for (const p of paragraphs(top)) {
    const text = textOf(p, 40);
    if (!text || !isDegreeLine(text)) continue;
    const degree = parseDegree(text);
    if (degree === null) continue;
    if (!p.parentElement?.hasAttribute('data-display-contents')) return degree;
    fallback ??= degree;
  }
  return fallback;
}

/** Headline and "Company · School" line: the paragraphs right after the name. */
export function paragraphsAfterName(
  top: Element,
  name: Element | null,
): { headline: string | null; line: string | null } {
  if (!name) return { headline: null, line: null };
  // The location's box (it holds the contact-info link) is not the headline.
  const contact = queryFirst(top, CONTACT_INFO);
  const locationBox = contact?.closest('p')?.parentElement ?? contact?.parentElement ?? null;
  for (const p of paragraphs(top)) {
    if (!(name.compareDocumentPosition(p) & 4) || name.contains(p)) continue; // not after the name
    if (p.closest('a') || locationBox?.contains(p) || besideDegree(p)) continue;
    const text = textOf(p, PROFILE_CAPS.headline);
    if (!text || isDegreeLine(text) || text === '·' || isPronouns(text)) continue;
    const next = p.nextElementSibling;
    const line = next?.tagName === 'P' ? textOf(next, PROFILE_CAPS.company) : null;
    return { headline: text, line: line && !isDegreeLine(line) ? line : null };
  }
  return { headline: null, line: null };
}

/**
 * The name's row (sdui-2026): the name box, the pronouns and both degree lines are siblings; the
 * headline starts the next row. A paragraph that shares its box with a degree line is not it.
 */
function besideDegree(p: Element): boolean {
  const box = p.parentElement;
  if (!box) return false;
  for (const sibling of box.children) {
    if (sibling === p) continue;
    const line = sibling.tagName === 'P' ? sibling : sibling.firstElementChild;
    if (line?.tagName === 'P' && isDegreeLine(textOf(line, 40) ?? '')) return true;
  }
  return false;
}

/** The location sits beside the contact-info link (2018–2026): the nearest text that is not it. */
export function locationNearContactInfo(root: ParentNode): string | null {
  const link = queryFirst(root, CONTACT_INFO);
  if (!link) return null;
  return safe(() => {
    let box: Element | null = link.parentElement;
    // Two levels at most: link → its wrapper → the row that holds the location (2018–2026).
    for (let depth = 0; box && depth < 2; depth++, box = box.parentElement) {
      for (const child of box.children) {
        if (child.contains(link) || child.tagName === 'A' || child.querySelector('h1, h2, a')) continue;
        const text = textOf(child, PROFILE_CAPS.location);
        if (text && text !== '·' && text.length > 1 && text.length < 200) return text;
      }
    }
    return null;
  }, null);
}
