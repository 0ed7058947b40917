import { activeTabUrl } from './active-tab';
import { sidePanelOpener } from './side-panel-opener';

// What the popup asks of the browser, in one place for its entrypoint to wire (tests pass their own).
export const popupBrowser = () => ({ activeTabUrl, sidePanel: sidePanelOpener() });
