import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { popupBrowser } from '../../components/popup/popup-browser';
import { PagesClient } from '../../lib/messages/pages-client';

render(
  <Popup api={new PagesClient()} hash={location.hash} {...popupBrowser()} />,
  document.getElementById('app') as HTMLElement,
);
