import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BoardApis } from '../../src/boards/board-apis.ts';
import type { BoardSystem } from '../../src/boards/board-ref.ts';

/**
 * Local stand-ins for the Greenhouse Job Board API, the Lever Postings API and the Ashby Posting API, answering
 * with their documented shapes on 127.0.0.1. A board not set answers 404 as the real APIs do; programmed
 * answers (429 with Retry-After, 500, a hung connection, a malformed body) are served first, one per request.
 */

export type ProgrammedAnswer =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { hang: true }
  | { malformed: true };

export interface BoardApiStandIn {
  apis: BoardApis;
  /** Paths requested, in order. */
  requests: string[];
  greenhouse(board: string, name: string, jobs: unknown[]): void;
  /** A Lever board; `eu` puts it in Lever's EU instance (jobs.eu.lever.co). */
  lever(board: string, postings: unknown[], eu?: boolean): void;
  ashby(board: string, jobs: unknown[]): void;
  remove(system: BoardSystem, board: string): void;
  program(system: BoardSystem, board: string, answers: ProgrammedAnswer[]): void;
  close(): Promise<void>;
}

/** Quick retries so failure tests take milliseconds; the timeout still bounds a hung connection. */
export const TEST_FETCH_POLICY = { timeoutMs: 300, retries: 2, backoffMs: 5, maxRetryAfterMs: 2_000 };

export async function startBoardApis(): Promise<BoardApiStandIn> {
  const boards = new Map<string, { name?: string; body: unknown }>();
  const programmed = new Map<string, ProgrammedAnswer[]>();
  const requests: string[] = [];
  const hung = new Set<ServerResponse>();
  const key = (system: BoardSystem, board: string) => `${system}:${board}`;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const route =
      /^\/greenhouse\/v1\/boards\/([^/]+)(\/jobs)?$/.exec(url.pathname) ??
      /^\/lever(?:-eu)?\/v0\/postings\/([^/]+)()$/.exec(url.pathname) ??
      /^\/ashby\/posting-api\/job-board\/([^/]+)()$/.exec(url.pathname);
    if (route === null) return json(res, 404, { error: 'not found' });
    const system = url.pathname.split('/')[1] as BoardSystem;
    const board = decodeURIComponent(route[1]!);
    const queue = programmed.get(key(system, board));
    const answer = queue?.shift();
    if (answer !== undefined) {
      if ('hang' in answer) {
        hung.add(res);
        return;
      }
      if ('malformed' in answer) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs": [{"id": 1, "title": "Eng');
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '{}');
      return;
    }
    const found = boards.get(key(system, board));
    if (found === undefined) {
      return json(
        res,
        404,
        system.startsWith('lever')
          ? { ok: false, error: 'Document not found' }
          : { status: 404, error: 'Job board not found' },
      );
    }
    if (system === 'greenhouse' && route[2] === undefined) {
      return json(res, 200, { name: found.name, content: '<p>About us</p>' });
    }
    if (system === 'greenhouse' && url.searchParams.get('content') !== 'true') {
      return json(res, 400, { error: 'expected content=true' });
    }
    if (system.startsWith('lever') && url.searchParams.get('mode') !== 'json') return json(res, 400, {});
    return json(res, 200, found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    apis: {
      greenhouse: `${origin}/greenhouse/v1/`,
      lever: `${origin}/lever/v0/`,
      leverEu: `${origin}/lever-eu/v0/`,
      ashby: `${origin}/ashby/`,
      policy: TEST_FETCH_POLICY,
    },
    requests,
    greenhouse(board, name, jobs) {
      boards.set(key('greenhouse', board), { name, body: { jobs, meta: { total: jobs.length } } });
    },
    lever(board, postings, eu = false) {
      boards.set(key(eu ? 'lever-eu' : 'lever', board), { body: postings });
    },
    ashby(board, jobs) {
      boards.set(key('ashby', board), { body: { apiVersion: '1', jobs } });
    },
    remove(system, board) {
      boards.delete(key(system, board));
    },
    program(system, board, answers) {
      programmed.set(key(system, board), [...answers]);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** HTML as Greenhouse sends `content`: escaped once more inside the JSON string. */
export function escapeHtml(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DESCRIPTION = (title: string, extra = '') =>
  `<p>We are looking for a ${title} to join our platform team and help build the systems our customers rely on.</p>` +
  '<h3>What you will do</h3><ul><li>Design and ship backend services in TypeScript and Go</li>' +
  '<li>Run what you build on Kubernetes and AWS</li></ul>' +
  '<h3>What we look for</h3><ul><li>5+ years building production systems</li><li>Experience with PostgreSQL</li></ul>' +
  extra;

export function greenhouseJob(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const title = (overrides.title as string | undefined) ?? `Senior Backend Engineer ${id}`;
  return {
    id,
    internal_job_id: id + 1000,
    title,
    updated_at: '2026-11-20T10:00:00-05:00',
    requisition_id: `R-${id}`,
    location: { name: 'New York, NY' },
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    language: 'en',
    metadata: null,
    content: escapeHtml(DESCRIPTION(title)),
    departments: [{ id: 1, name: 'Engineering', child_ids: [], parent_id: null }],
    offices: [{ id: 2, name: 'New York', location: 'New York, NY', child_ids: [], parent_id: null }],
    first_published: '2026-11-18T09:00:00-05:00',
    ...overrides,
  };
}

export function leverPosting(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `5ac4f8c2-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const title = (overrides.text as string | undefined) ?? `Product Designer ${n}`;
  return {
    id,
    text: title,
    categories: {
      commitment: 'Full-time',
      department: 'Design',
      location: 'London, United Kingdom',
      team: 'Product Design',
      allLocations: ['London, United Kingdom', 'Manchester, United Kingdom'],
    },
    country: 'GB',
    workplaceType: 'hybrid',
    description: `<div>We are hiring a ${title} to shape how people use our product.</div>`,
    descriptionPlain: `We are hiring a ${title} to shape how people use our product.`,
    lists: [
      {
        text: 'What you will do',
        content: '<li>Own the design of our onboarding flows</li><li>Prototype in Figma</li>',
      },
      { text: 'About you', content: '<li>4+ years of product design</li>' },
    ],
    additional: '<div>We offer a learning budget.</div>',
    additionalPlain: 'We offer a learning budget.',
    hostedUrl: `https://jobs.lever.co/globex/${id}`,
    applyUrl: `https://jobs.lever.co/globex/${id}/apply`,
    createdAt: Date.parse('2026-11-19T12:00:00Z'),
    salaryRange: { currency: 'GBP', interval: 'per-year-salary', min: 60000, max: 75000 },
    ...overrides,
  };
}

export function ashbyJob(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `7458d4e9-da2e-47bd-98cb-${String(n).padStart(12, '0')}`;
  const title = (overrides.title as string | undefined) ?? `Machine Learning Engineer ${n}`;
  return {
    id,
    title,
    department: 'Research',
    team: 'Applied ML',
    employmentType: 'FullTime',
    location: 'Remote - US',
    secondaryLocations: [{ location: 'San Francisco', address: { addressLocality: 'San Francisco' } }],
    publishedAt: '2026-11-21T14:29:08.532+00:00',
    isListed: true,
    isRemote: true,
    workplaceType: 'Remote',
    address: { postalAddress: { addressCountry: 'United States' } },
    jobUrl: `https://jobs.ashbyhq.com/initech/${id}`,
    applyUrl: `https://jobs.ashbyhq.com/initech/${id}/application`,
    descriptionHtml: `<p>Train and ship the models behind our ${title} work.</p><h2>Requirements</h2><ul><li>Python and PyTorch</li></ul>`,
    descriptionPlain: `Train and ship the models behind our ${title} work.`,
    shouldDisplayCompensationOnJobPostings: true,
    compensation: {
      compensationTierSummary: '$180K – $220K • Offers Equity',
      scrapeableCompensationSalarySummary: '$180K - $220K',
      summaryComponents: [
        {
          compensationType: 'Salary',
          interval: '1 YEAR',
          currencyCode: 'USD',
          minValue: 180000,
          maxValue: 220000,
        },
        {
          compensationType: 'EquityPercentage',
          interval: 'NONE',
          currencyCode: null,
          minValue: 0.1,
          maxValue: 0.2,
        },
      ],
    },
    ...overrides,
  };
}
