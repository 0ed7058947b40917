// Events as a person makes them. happy-dom has no `isTrusted` (every event reads undefined, as the
// page's synthetic ones read false), so the tests mark theirs; fireEvent stays the page's forgery.

function dispatch(el: Element, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

const init = { bubbles: true, cancelable: true, composed: true };

export const user = {
  click: (el: Element) => dispatch(el, new MouseEvent('click', init)),
  focusIn: (el: Element) => dispatch(el, new FocusEvent('focusin', init)),
  mouseOver: (el: Element) => dispatch(el, new MouseEvent('mouseover', init)),
};
