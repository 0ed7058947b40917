import type { Display } from '../../lib/domain';

export interface DisplayChoiceProps {
  value: Display;
  onChange: (display: Display) => void;
  /** Ids must be unique on a page: the options page and the first run each pass their own. */
  idPrefix: string;
}

/** What the page display costs, said once: settings and the first run show the same sentence. */
export const PAGE_DISPLAY_COST =
  'LinkedIn’s rules frown on extensions that overlay its pages, and anything drawn in the page is there for LinkedIn’s own scripts to notice.';

/** Where tags are shown: the side panel (LinkedIn's page untouched) or drawn on LinkedIn's pages. */
export function DisplayChoice({ value, onChange, idPrefix }: DisplayChoiceProps) {
  const option = (display: Display, title: string, help: string) => (
    <label class="check check-block" key={display}>
      <input
        type="radio"
        name={`${idPrefix}-display`}
        value={display}
        checked={value === display}
        data-display={display}
        onChange={() => onChange(display)}
      />
      <span>
        <strong>{title}</strong>
        <span class="help">{help}</span>
      </span>
    </label>
  );
  return (
    <fieldset class="display-choice" aria-describedby={`${idPrefix}-display-help`}>
      <legend>Where Constellation shows who could help</legend>
      {option(
        'side-panel',
        'In the browser’s side panel',
        'Recommended. LinkedIn’s page stays exactly as LinkedIn made it; the side panel follows the tab you are on.',
      )}
      {option(
        'page',
        'Show on LinkedIn’s pages',
        `A panel on profiles and chips on people lists. ${PAGE_DISPLAY_COST}`,
      )}
      <p class="help" id={`${idPrefix}-display-help`}>
        You can change this at any time; it applies from the next page you open.
      </p>
    </fieldset>
  );
}
