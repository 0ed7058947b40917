import { render } from 'preact';
import { browserPort } from '../../components/sidepanel/browser-port';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { pinnedTab } from '../../components/sidepanel/side-panel-port';
import { createClient } from '../../lib/client';

render(
  <SidePanel api={createClient()} port={browserPort(pinnedTab(location.search))} />,
  document.getElementById('app') as HTMLElement,
);
