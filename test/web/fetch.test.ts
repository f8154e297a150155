// Fetching against a loopback server the test starts (127.0.0.1, a port the system picks): nothing leaves it.

import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {UserError} from '../../source/model/problems.js';
import {decodePage} from '../../source/web/charset.js';
import {describeNetworkError, fetchPage, unreadableContent} from '../../source/web/fetch.js';
import {startServer, type TestServer} from './server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server.close());

async function failure(url: string, options = {}): Promise<string> {
	try {
		await fetchPage(url, options);
	} catch (error) {
		if (error instanceof UserError) return error.message;
		throw error;
	}
	throw new Error(`expected ${url} to fail`);
}

describe('fetchPage', () => {
	it('fetches a page, naming briefing and its version in the User-Agent', async () => {
		const page = await fetchPage(`${server.url}/article`);
		expect(page.contentType).toMatch(/text\/html/);
		expect(Buffer.from(page.bytes).toString('utf8')).toContain('<html');
		expect(server.requests.at(-1)?.userAgent).toMatch(/^briefing\/\d+\.\d+\.\d+ /);
		expect(page.retrieved).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
	});

	it('follows up to five redirects, and no more', async () => {
		const page = await fetchPage(`${server.url}/redirect/5`);
		expect(page.url).toBe(`${server.url}/article`);
		expect(await failure(`${server.url}/redirect/6`)).toBe(
			`${server.url}/redirect/6: too many redirects (more than 5)`,
		);
	});

	it('names a redirect loop', async () => {
		expect(await failure(`${server.url}/loop-a`)).toBe(
			`${server.url}/loop-a: redirect loop (${server.url}/loop-a again)`,
		);
	});

	it('gives up on a server that does not answer', async () => {
		const started = Date.now();
		expect(await failure(`${server.url}/slow`, {timeoutMs: 300})).toBe(`${server.url}/slow: timed out after 0.3 s`);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('stops reading an endless body at the cap', async () => {
		expect(await failure(`${server.url}/endless`, {maxBytes: 2 * 1024 * 1024})).toBe(
			`${server.url}/endless: the page is too large (more than 2.0 MB, the limit)`,
		);
	});

	it('reads a gzip-encoded page', async () => {
		const page = await fetchPage(`${server.url}/gzip`);
		expect(Buffer.from(page.bytes).toString('utf8')).toMatch(/^<!DOCTYPE html>/);
	});

	it('says HTTP 404 Not Found and HTTP 500 Internal Server Error', async () => {
		expect(await failure(`${server.url}/404`)).toBe(`${server.url}/404: HTTP 404 Not Found`);
		expect(await failure(`${server.url}/500`)).toBe(`${server.url}/500: HTTP 500 Internal Server Error`);
	});

	it('refuses an image or a PDF with a clear word', async () => {
		expect(await failure(`${server.url}/image.png`)).toBe(
			`${server.url}/image.png: is an image (image/png), not a web page or a feed`,
		);
		expect(await failure(`${server.url}/report.pdf`)).toBe(
			`${server.url}/report.pdf: is a PDF document (application/pdf), not a web page or a feed`,
		);
		expect(unreadableContent('text/html', Buffer.from('\x89PNG\r\n', 'latin1'))).toMatch(/an image/);
	});

	it('says a connection was refused', async () => {
		const closed = createServer();
		await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
		const {port} = closed.address() as AddressInfo;
		await new Promise(resolve => closed.close(resolve));
		expect(await failure(`http://127.0.0.1:${port}/x`)).toBe(`http://127.0.0.1:${port}/x: connection refused`);
	});

	it('names the causes a loopback server cannot show: DNS, a reset, TLS', () => {
		const failed = (code: string) => Object.assign(new TypeError('fetch failed'), {cause: {code}});
		expect(describeNetworkError(failed('ENOTFOUND'), 15_000)).toBe('cannot find the host (DNS lookup failed)');
		expect(describeNetworkError(failed('ECONNRESET'), 15_000)).toBe('the connection was closed by the server');
		expect(describeNetworkError(failed('CERT_HAS_EXPIRED'), 15_000)).toBe('TLS error (CERT_HAS_EXPIRED)');
		expect(describeNetworkError(new DOMException('x', 'TimeoutError'), 15_000)).toBe('timed out after 15 s');
	});

	it('fetches only http(s)', async () => {
		expect(await failure('file:///etc/passwd')).toBe('file:///etc/passwd: not an http(s) URL');
	});
});

describe('charsets', () => {
	it('take the header, then the <meta>, then the BOM wins over both', async () => {
		for (const route of ['/cp1252-header', '/cp1252-none', '/cp1252-wrong']) {
			const page = await fetchPage(`${server.url}${route}`);
			const {text} = decodePage(page.bytes, /charset=([\w-]+)/.exec(page.contentType ?? '')?.[1]);
			expect(text, route).toContain('Café crème: the mayor’s “plan”');
			expect(text, route).not.toContain('\ufffd');
		}
		const meta = Buffer.from('<meta charset="shift_jis"><p>\x93\xfa\x96\x7b\x8c\xea</p>', 'latin1');
		expect(decodePage(meta).text).toContain('日本語');
		expect(decodePage(Buffer.from('\xd6\xd0\xce\xc4', 'latin1'), 'gb18030').text).toBe('中文');
		const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')]);
		expect(decodePage(bom, 'iso-8859-1')).toEqual({text: '<p>naïve</p>', charset: 'utf-8'});
		expect(decodePage(Buffer.from('<p>café</p>', 'latin1'), 'no-such-charset').text).toBe('<p>café</p>');
	});
});
