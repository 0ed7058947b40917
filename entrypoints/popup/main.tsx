import { render } from 'preact';
import { activeTabUrl } from '../../components/popup/active-tab';
import { Popup } from '../../components/popup/Popup';
import { storageCache } from '../../components/popup/pipeline-cache';
import { createClient } from '../../lib/client';

render(
  <Popup
    api={createClient()}
    hash={location.hash}
    activeTabUrl={activeTabUrl}
    cache={storageCache(localStorage)}
  />,
  document.getElementById('app') as HTMLElement,
);
