import { render } from 'preact';
import { activeTabUrl } from '../../components/popup/active-tab';
import { Popup } from '../../components/popup/Popup';
import { PagesClient } from '../../lib/messages/pages-client';

render(
  <Popup api={new PagesClient()} hash={location.hash} activeTabUrl={activeTabUrl} />,
  document.getElementById('app') as HTMLElement,
);
