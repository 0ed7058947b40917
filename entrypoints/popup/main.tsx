import { render } from 'preact';

render(<p>Constellation</p>, document.getElementById('app') as HTMLElement);
