import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PageRoute = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Paths requested so far, in order: proves whether a request reached the server at all. */
  readonly requests: string[];
  route(path: string, handler: PageRoute): void;
  /** Serves `body` with this content type at `path`. */
  page(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

/** A local web server standing in for job boards in fetch tests. */
export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, PageRoute>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const handler = routes.get(path);
    if (handler === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    page(path, body, contentType = 'text/html; charset=utf-8') {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
