import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { onConfigChanged, onImportProgress, PagesClient } from '../../lib/messages/pages-client';

render(
  <OptionsApp api={new PagesClient()} progress={onImportProgress} changes={onConfigChanged} />,
  document.getElementById('app') as HTMLElement,
);
