// The in-page UI's styles (lib/content/ui draws the panel and chips), handed out by the background
// in pageStart: imported by the background only, so the script that runs on every LinkedIn page
// does not carry them.
import chipsCss from './chips.css?inline';
import panelCss from './panel.css?inline';

export const PAGE_STYLES = { panelCss, chipsCss };
