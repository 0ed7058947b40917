import { render } from 'preact';
import { activeTabUrl } from '../../components/popup/active-tab';
import { Popup } from '../../components/popup/Popup';
import { createClient } from '../../lib/client';

render(
  <Popup api={createClient()} hash={location.hash} activeTabUrl={activeTabUrl} />,
  document.getElementById('app') as HTMLElement,
);
