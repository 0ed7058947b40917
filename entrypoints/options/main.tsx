import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createClient } from '../../lib/client';

render(<OptionsApp api={createClient()} />, document.getElementById('app') as HTMLElement);
