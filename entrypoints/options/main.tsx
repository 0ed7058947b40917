import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createClient, onImportProgress } from '../../lib/client';

render(
  <OptionsApp api={createClient()} progress={onImportProgress} />,
  document.getElementById('app') as HTMLElement,
);
