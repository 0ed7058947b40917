import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { onImportProgress, PagesClient } from '../../lib/messages/pages-client';

render(
  <OptionsApp api={new PagesClient()} progress={onImportProgress} />,
  document.getElementById('app') as HTMLElement,
);
