// A web server on the loopback interface for the tests (127.0.0.1, a port the system picks): article pages,
// feeds, redirects, a redirect loop, a slow and an endless response, gzip, charsets, errors and a PNG.
// Nothing in the tests reaches beyond it.

import {readdirSync, readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {FIXTURES} from '../paths.js';

export const PAGES = path.join(FIXTURES, 'pages');

export type TestServer = {
	readonly url: string;
	/** Requests seen, in order: path and User-Agent. */
	readonly requests: {path: string; userAgent: string | undefined}[];
	/** The most article pages (/pages/…) in flight at once since the last resetPeak(). */
	readonly peak: () => number;
	readonly resetPeak: () => void;
	close(): Promise<void>;
};

/** The page files of the extraction set, by name without .html. */
export function pageNames(): string[] {
	return readdirSync(PAGES)
		.filter(name => name.endsWith('.html'))
		.map(name => name.replace(/\.html$/, ''))
		.sort();
}

const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
		'1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082',
	'hex',
);

function rss(base: string, names: readonly string[], query = ''): string {
	const items = names
		.map(
			(name, index) => `<item><title>Story ${index + 1}</title><link>${base}/pages/${name}.html${query}</link>
<pubDate>${new Date(Date.UTC(2024, 0, 1 + index)).toUTCString()}</pubDate><guid>${name}</guid></item>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback News</title><link>${base}/</link><description>Test feed</description>
${items}
<item><title>A podcast</title><link>ftp://files.example/episode.mp3</link><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
</channel></rss>`;
}

function windows1252Page(): Buffer {
	// "Café crème: the mayor’s “plan”" and a body long enough to be an article, in windows-1252 bytes.
	const sentence =
		'The café owners said the plan would cost them dearly, and the mayor’s office said it would listen. ';
	const html = `<html><head><title>Caf\u00e9 cr\u00e8me plan</title></head><body><article><h1>Caf\u00e9 cr\u00e8me: the mayor\u2019s \u201cplan\u201d</h1><p>${sentence.repeat(8)}</p><p>${sentence.repeat(6)}</p></article></body></html>`;
	const map: Record<string, number> = {'\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94};
	return Buffer.from([...html].map(char => map[char] ?? char.charCodeAt(0)));
}

type Handler = (request: IncomingMessage, response: ServerResponse, base: string) => void;

const routes: Record<string, Handler> = {
	'/article': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
		response.end(readFileSync(path.join(PAGES, `${pageNames()[0]}.html`)));
	},
	'/gzip': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip'});
		response.end(gzipSync(readFileSync(path.join(PAGES, `${pageNames()[2]}.html`))));
	},
	'/cp1252-header': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html; charset=windows-1252'});
		response.end(windows1252Page());
	},
	'/cp1252-none': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'});
		response.end(windows1252Page());
	},
	'/cp1252-wrong': (_request, response) => {
		// Says UTF-8, sends windows-1252.
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
		response.end(windows1252Page());
	},
	'/feed.xml': (_request, response, base) => {
		response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8'});
		response.end(rss(base, pageNames().slice(0, 3)));
	},
	'/feed20.xml': (request, response, base) => {
		const delay = new URL(request.url ?? '/', base).searchParams.get('delay');
		response.writeHead(200, {'content-type': 'application/rss+xml'});
		response.end(rss(base, pageNames().slice(0, 20), delay ? `?delay=${delay}` : ''));
	},
	'/feed-broken.xml': (_request, response, base) => {
		response.writeHead(200, {'content-type': 'application/rss+xml'});
		response.end(rss(base, [pageNames()[0]!, 'missing-page', pageNames()[1]!]));
	},
	'/atom.xml': (_request, response, base) => {
		response.writeHead(200, {'content-type': 'application/atom+xml'});
		response.end(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><title>One</title><link href="${base}/pages/${pageNames()[3]}.html"/><updated>2024-02-01T00:00:00Z</updated></entry>
<entry><title>Two</title><link href="/pages/${pageNames()[4]}.html"/><updated>2024-02-03T00:00:00Z</updated></entry></feed>`);
	},
	'/feed.json': (_request, response, base) => {
		response.writeHead(200, {'content-type': 'application/feed+json'});
		response.end(
			JSON.stringify({
				version: 'https://jsonfeed.org/version/1.1',
				title: 'JSON',
				items: [
					{id: '1', url: `${base}/pages/${pageNames()[5]}.html`, date_published: '2024-03-01T00:00:00Z'},
					{id: '2', url: 'mailto:editor@example.test', date_published: '2024-03-02T00:00:00Z'},
				],
			}),
		);
	},
	'/not-a-feed.xml': (_request, response) => {
		response.writeHead(200, {'content-type': 'application/xml'});
		response.end('<?xml version="1.0"?><config><setting name="a">1</setting></config>');
	},
	'/loop-a': (_request, response) => {
		response.writeHead(302, {location: '/loop-b'});
		response.end();
	},
	'/loop-b': (_request, response) => {
		response.writeHead(301, {location: '/loop-a'});
		response.end();
	},
	'/slow': () => {
		// Never answers: the client's timeout must end it.
	},
	'/endless': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'});
		const chunk = Buffer.alloc(64 * 1024, 'a');
		const write = () => {
			while (response.write(chunk));
			response.once('drain', write);
		};
		response.on('close', () => response.removeAllListeners('drain'));
		write();
	},
	'/404': (_request, response) => {
		response.writeHead(404, 'Not Found', {'content-type': 'text/html'});
		response.end('<h1>Not found</h1>');
	},
	'/500': (_request, response) => {
		response.writeHead(500, 'Internal Server Error');
		response.end();
	},
	'/image.png': (_request, response) => {
		response.writeHead(200, {'content-type': 'image/png'});
		response.end(PNG);
	},
	'/report.pdf': (_request, response) => {
		response.writeHead(200, {'content-type': 'application/pdf'});
		response.end('%PDF-1.7\n%…');
	},
	'/tiny': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'});
		response.end(
			'<html><head><title>Subscribe</title></head><body><h1>Subscribe</h1><p>Sign in to read this story.</p></body></html>',
		);
	},
	'/plain': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'});
		response.end(
			'Ministers meet\n\n"We are ready," Foreign Minister Anna Berg said on Tuesday, as the talks began in the capital.\n',
		);
	},
};

/** Starts the server; `close()` it after the tests. */
export async function startServer(): Promise<TestServer> {
	const requests: TestServer['requests'] = [];
	let active = 0;
	let peak = 0;
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		requests.push({path: url.pathname, userAgent: request.headers['user-agent']});
		if (url.pathname.startsWith('/pages/')) {
			active++;
			peak = Math.max(peak, active);
			response.on('close', () => active--);
		}
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
		if (redirect) {
			const left = Number(redirect[1]);
			response.writeHead(302, {location: left > 1 ? `/redirect/${left - 1}` : '/article'});
			response.end();
			return;
		}
		const page = /^\/pages\/([\w-]+)\.html$/.exec(url.pathname);
		if (page) {
			const file = path.join(PAGES, `${page[1]}.html`);
			let body: Buffer;
			try {
				body = readFileSync(file);
			} catch {
				response.writeHead(404, 'Not Found');
				response.end();
				return;
			}
			const delay = Number(url.searchParams.get('delay') ?? 0);
			setTimeout(() => {
				response.writeHead(200, {
					'content-type': body.subarray(0, 300).toString('latin1').includes('windows-1252')
						? 'text/html'
						: 'text/html; charset=utf-8',
				});
				response.end(body);
			}, delay);
			return;
		}
		const handler = routes[url.pathname];
		if (handler) handler(request, response, base);
		else {
			response.writeHead(404, 'Not Found');
			response.end();
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		peak: () => peak,
		resetPeak: () => {
			peak = active;
		},
		close: () =>
			new Promise<void>(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
