import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// Every request Firefox tries to send, whichever context sends it. BiDi shows the test only the
// requests of tabs (the harness answers linkedin.com there from fixtures and records each); the
// add-on's background page is not a tab. So Firefox's proxy is pointed at this recorder: anything
// that is not answered inside a tab (the background's, an extension page's, Firefox's own) arrives
// here, is written down and refused. Nothing reaches the network.

export interface Seen {
  url: string;
  /** 'web-page' (a tab's request, seen by interception) or 'proxy' (any other context). */
  from: 'web-page' | 'proxy';
  type: string;
}

export interface Recorder {
  seen: Seen[];
  /** Firefox prefs that send every request through the recorder. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

/**
 * Firefox's own services, not the add-on's: puppeteer's profile points most at dummy.test; remote
 * settings still start (seen on ESR 140 whatever the pref said). Refused here like the rest.
 */
export const FIREFOX_OWN_HOSTS = ['dummy.test', 'firefox.settings.services.mozilla.com'];

export async function recordNetwork(): Promise<Recorder> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', from: 'proxy', type: request.method ?? '' });
    response.writeHead(403).end();
  });
  // HTTPS through a proxy starts with CONNECT host:443; refusing it ends the request there.
  server.on('connect', (request, socket) => {
    seen.push({ url: `https://${request.url ?? ''}/`, from: 'proxy', type: 'CONNECT' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      // No DNS lookups of their own either: the proxy gets the name.
      'network.proxy.socks_remote_dns': true,
      'network.dns.disablePrefetch': true,
      // Firefox's captive-portal and connectivity probes (detectportal.firefox.com).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * A request that left (or tried to leave) the machine on the add-on's behalf. Not counted: a
 * linkedin.com tab's own document and fixture files (the page asks for them without us), and
 * Firefox's own services (FIREFOX_OWN_HOSTS).
 */
export function isOurs(r: Seen): boolean {
  if (/^(moz-extension|data|blob|about):/.test(r.url)) return false;
  const url = new URL(r.url);
  if (FIREFOX_OWN_HOSTS.includes(url.hostname) || url.hostname.endsWith('canary.invalid')) return false;
  if (r.from === 'web-page' && url.hostname === 'www.linkedin.com')
    return !(
      r.type === 'document' ||
      url.pathname.startsWith('/__fixture/') ||
      url.pathname === '/favicon.ico'
    );
  return true;
}
