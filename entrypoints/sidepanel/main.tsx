import { render } from 'preact';
import { browserPort } from '../../components/sidepanel/browser-port';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { pinnedTab } from '../../components/sidepanel/side-panel-port';
import { PagesClient } from '../../lib/messages/pages-client';

render(
  <SidePanel api={new PagesClient()} port={browserPort(pinnedTab(location.search))} />,
  document.getElementById('app') as HTMLElement,
);
