// `briefing ingest` and `briefing add` on pages, feeds and files, against a loopback server the test starts.

import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {runAdd} from '../../source/commands/add.js';
import {type IngestIo, runIngest} from '../../source/commands/ingest.js';
import {loadBriefingFile} from '../../source/model/load.js';
import {UserError} from '../../source/model/problems.js';
import {sameArticle} from '../../source/web/article-url.js';
import {PAGES, pageNames, startServer, type TestServer} from './server.js';

let server: TestServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server.close());

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-web-'));
});

type Captured = IngestIo & {out: string; err: string};

function io(stdin = '', tty = false): Captured {
	const captured = {out: '', err: ''} as Captured;
	return Object.assign(captured, {
		stdout: {write: (text: string) => (captured.out += text)},
		stderr: {write: (text: string) => (captured.err += text), isTTY: tty, columns: 100},
		stdin: Readable.from([Buffer.from(stdin)]),
	});
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error('expected a UserError');
}

const ingest = (inputs: string[], extra: {output?: string; force?: boolean; limit?: number} = {}, captured = io()) =>
	runIngest({command: 'ingest', inputs, force: false, ...extra}, captured);

const pages = JSON.parse(readFileSync(path.join(PAGES, 'pages.json'), 'utf8')) as {
	file: string;
	headline: string;
	published: string | null;
	outlet: string;
}[];

describe('briefing ingest URL', () => {
	it('drafts an article page with what the page states: outlet, canonical URL, date, byline, language, captions', async () => {
		const captured = io();
		expect(await ingest([`${server.url}/pages/${pageNames()[3]}.html`], {}, captured)).toBe(0);
		const briefing = JSON.parse(captured.out);
		const expected = pages[3]!;
		expect(briefing.schemaVersion).toBe(3);
		expect(briefing.headline).toBe(expected.headline);
		expect(briefing.source).toMatchObject({
			name: 'The Northern Courier',
			url: expect.stringMatching(/^https:\/\/www\.northerncourier\.test\/world\//),
			published: expected.published,
			author: expect.any(String),
			language: 'en-GB',
			retrieved: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
		});
		expect(briefing.captions).toEqual([expect.stringMatching(/Photograph: Courier Pictures$/)]);
		// A caption is not body text, and not a quotation.
		expect(briefing.paragraphs.join('\n')).not.toContain('Courier Pictures');
		expect(briefing.quotes.map((quote: {text: string}) => quote.text).join('\n')).not.toContain('Courier Pictures');
		expect(briefing.paragraphs.join('\n')).not.toMatch(/Sign up to First Edition|Comments \(|Most viewed/);
	});

	it('leaves the date out when the page does not state one', async () => {
		const index = pages.findIndex(page => page.published === null);
		const captured = io();
		expect(await ingest([`${server.url}/pages/${pageNames()[index]}.html`], {}, captured)).toBe(0);
		expect(JSON.parse(captured.out).source.published).toBeUndefined();
	});

	it('reads a page after redirects, gzip-encoded, and in windows-1252', async () => {
		for (const route of ['/redirect/3', '/gzip', '/cp1252-wrong']) {
			const captured = io();
			expect(await ingest([`${server.url}${route}`], {}, captured), captured.err).toBe(0);
			expect(JSON.parse(captured.out).headline).toBeTruthy();
		}
	});

	it('fails in one line naming the URL and the cause, exit 1, writing nothing', async () => {
		const cases: [string, RegExp][] = [
			['/404', /^http:\/\/127\.0\.0\.1:\d+\/404: HTTP 404 Not Found$/],
			['/image.png', /\/image\.png: is an image \(image\/png\), not a web page or a feed$/],
			['/tiny', /\/tiny: not an article \(too little text: \d+ words\)$/],
			[
				'/not-a-feed.xml',
				/\/not-a-feed\.xml: not an article or a feed \(application\/xml that is not RSS, Atom or JSON Feed\)$/,
			],
			['/loop-a', /\/loop-a: redirect loop/],
		];
		for (const [route, message] of cases) {
			const target = path.join(folder, 'draft.json');
			const error = await failure(ingest([`${server.url}${route}`], {output: target}));
			expect(error.exitCode).toBe(1);
			expect(error.message).toMatch(message);
			expect(error.message).not.toContain('\n');
			expect(readdirSync(folder)).toEqual([]);
		}
	});

	it('takes a timeout', async () => {
		const error = await failure(
			runIngest({command: 'ingest', inputs: [`${server.url}/slow`], force: false, timeoutMs: 200}, io()),
		);
		expect(error.message).toMatch(/\/slow: timed out after 0\.2 s$/);
	});
});

describe('briefing ingest FEED -o DIR', () => {
	it('drafts every linked article, skips a link that is not http(s), and skips them all when run again', async () => {
		const out = path.join(folder, 'new', 'out');
		const first = io();
		expect(await ingest([`${server.url}/feed.xml`], {output: out}, first), first.err).toBe(0);
		expect(readdirSync(out)).toHaveLength(3);
		for (const name of readdirSync(out)) expect(loadBriefingFile(path.join(out, name)).ok).toBe(true);
		expect(first.err).toMatch(/feed\.xml: skipped ftp:\/\/files\.example\/episode\.mp3 \(not an http\(s\) link\)/);
		expect(first.err).toMatch(/drafted 3 of 3 articles into .* \(\d+ quotations and reported statements\)\n$/);

		const again = io();
		expect(await ingest([`${server.url}/feed.xml`], {output: out}, again)).toBe(0);
		expect(again.err).toMatch(/drafted 0 of 3 articles .*; 3 already there, skipped/);
		expect(readdirSync(out)).toHaveLength(3);

		const forced = io();
		expect(await ingest([`${server.url}/feed.xml`], {output: out, force: true}, forced)).toBe(0);
		expect(forced.err).toMatch(/drafted 3 of 3/);
		expect(readdirSync(out)).toHaveLength(3);
	});

	it('knows an article again by its URL without tracking parameters', () => {
		expect(sameArticle('https://a.test/story?id=7&utm_source=rss&utm_medium=feed#comments')).toBe(
			'https://a.test/story?id=7',
		);
		expect(sameArticle('https://a.test/story?fbclid=x')).toBe('https://a.test/story');
	});

	it('goes on past an article that fails, and says how many did', async () => {
		const out = path.join(folder, 'out');
		const captured = io();
		expect(await ingest([`${server.url}/feed-broken.xml`], {output: out}, captured)).toBe(1);
		expect(readdirSync(out)).toHaveLength(2);
		expect(captured.err).toMatch(/\/pages\/missing-page\.html: HTTP 404 Not Found\n/);
		expect(captured.err).toMatch(/drafted 2 of 3 articles into .*; 1 failed \(above\)\n$/);
	});

	it('takes the newest first, up to --limit, from RSS, Atom and JSON Feed', async () => {
		const out = path.join(folder, 'out');
		expect(await ingest([`${server.url}/feed20.xml`], {output: out, limit: 2})).toBe(0);
		const headlines = readdirSync(out).map(name => JSON.parse(readFileSync(path.join(out, name), 'utf8')).headline);
		// The feed dates item n as 1 January 2024 + n days: the newest two are the last two.
		expect(headlines.sort()).toEqual([pages[18]!.headline, pages[19]!.headline].sort());
		const atom = path.join(folder, 'atom');
		expect(await ingest([`${server.url}/atom.xml`], {output: atom})).toBe(0);
		expect(readdirSync(atom)).toHaveLength(2);
		const json = path.join(folder, 'json');
		const captured = io();
		expect(await ingest([`${server.url}/feed.json`], {output: json}, captured)).toBe(0);
		expect(readdirSync(json)).toHaveLength(1);
		expect(captured.err).toMatch(/skipped mailto:editor@example\.test \(not an http\(s\) link\)/);
	});

	it('fetches at most two pages at once from one host', async () => {
		const out = path.join(folder, 'out');
		const before = server.requests.length;
		server.resetPeak();
		expect(await ingest([`${server.url}/feed20.xml?delay=40`], {output: out, limit: 8})).toBe(0);
		expect(server.requests.length - before).toBe(9);
		expect(server.peak()).toBe(2);
	});

	it('shows progress on a terminal, and nothing but errors and the summary elsewhere', async () => {
		const tty = io('', true);
		expect(await ingest([`${server.url}/feed-broken.xml`], {output: path.join(folder, 'a')}, tty)).toBe(1);
		expect(tty.err).toMatch(/\[#+\.*\] \d\/3 · 1 failed /);
		const pipe = io();
		expect(await ingest([`${server.url}/feed-broken.xml`], {output: path.join(folder, 'b')}, pipe)).toBe(1);
		expect(pipe.err).not.toMatch(/\u001b|\r/);
		// The link that is not http(s), the page that failed, and the summary.
		expect(pipe.err.trim().split('\n')).toEqual([
			expect.stringMatching(/skipped ftp:/),
			expect.stringMatching(/missing-page\.html: HTTP 404 Not Found$/),
			expect.stringMatching(/^drafted 2 of 3/),
		]);
	});

	it('needs -o for a feed (usage, exit 2), and for several sources', async () => {
		expect((await failure(ingest([`${server.url}/feed.xml`]))).exitCode).toBe(2);
		expect((await failure(ingest([`${server.url}/article`, `${server.url}/gzip`]))).exitCode).toBe(2);
	});
});

describe('files, folders and standard input', () => {
	it('drafts HTML files and a folder of .txt and .html, and several sources into one folder', async () => {
		const articles = path.join(folder, 'articles');
		mkdirSync(articles);
		writeFileSync(path.join(articles, 'page.html'), readFileSync(path.join(PAGES, `${pageNames()[0]}.html`)));
		writeFileSync(path.join(articles, 'saved.htm'), readFileSync(path.join(PAGES, `${pageNames()[30]}.html`)));
		writeFileSync(path.join(articles, 'story.txt'), 'Talks\n\n"Yes," she said.\n');
		const out = path.join(folder, 'out');
		expect(await ingest([articles], {output: out})).toBe(0);
		expect(readdirSync(out).sort()).toEqual(['page.json', 'saved.json', 'story.json']);
		const saved = JSON.parse(readFileSync(path.join(out, 'saved.json'), 'utf8'));
		expect(saved.paragraphs.join(' ')).not.toMatch(/Printer-friendly|ADVERTISEMENT/);

		const mixed = path.join(folder, 'mixed');
		expect(await ingest([path.join(articles, 'story.txt'), `${server.url}/article`], {output: mixed})).toBe(0);
		expect(readdirSync(mixed)).toHaveLength(2);
	});

	it('takes -o DIR/ for a folder that does not exist yet', async () => {
		const out = path.join(folder, 'drafts');
		expect(await ingest([`${server.url}/article`], {output: `${out}/`})).toBe(0);
		expect(readdirSync(out)).toEqual([expect.stringMatching(/^magnitogorsk-.*\.json$/)]);
	});

	it('refuses a page with more text than an article has (the limit of a .txt article)', async () => {
		const paragraph = `<p>${'The council met again and said more about the crossing. '.repeat(40)}</p>`;
		const html = `<html><head><title>Minutes</title></head><body><article><h1>Minutes</h1>${Array.from({length: 1200}, (_, n) => paragraph.replace('again', `again (${n})`)).join('')}</article></body></html>`;
		const error = await failure(ingest(['-'], {}, io(html)));
		expect(error.message).toMatch(/^standard input: too much text for one article \(2\.\d MB; the limit is 2\.0 MB\)$/);
	});

	it('reads HTML on standard input', async () => {
		const captured = io(readFileSync(path.join(PAGES, `${pageNames()[1]}.html`), 'utf8'));
		expect(await ingest(['-'], {}, captured)).toBe(0);
		expect(JSON.parse(captured.out).headline).toBe(pages[1]!.headline);
	});

	it('lets nothing from a page drive the terminal: escape sequences and bidi controls are removed', async () => {
		const evil = '\u001b]8;;https://evil.test\u0007\u001b[31m';
		const html = `<html><head><title>Council${evil} votes\u202e</title><meta property="og:site_name" content="Ga${evil}zette"></head><body><article><h1>Council${evil} votes</h1>${[1, 2, 3, 4, 5, 6, 7, 8].map(n => `<p>In vote ${n} the council voted\u001b[2J on the crossing, said the mayor, “a good day\u001b[0m for the town,” he added.</p>`).join('')}</article></body></html>`;
		const captured = io(html);
		expect(await ingest(['-'], {}, captured)).toBe(0);
		expect(captured.out).not.toMatch(/\\u001b|\\u0007|\\u202e|\u001b|\u202e/);
		const briefing = JSON.parse(captured.out);
		expect(briefing.headline).toBe('Council votes');
		expect(briefing.source.name).toBe('Gazette');
	});

	it('gives a .txt article no date unless it has a date line (never the day of ingest)', async () => {
		const captured = io('Talks end\n\n"We are ready," Foreign Minister Anna Berg said on Tuesday.\n');
		expect(await ingest(['-'], {}, captured)).toBe(0);
		expect(JSON.parse(captured.out).source.published).toBeUndefined();
		const dated = io('Talks end\n\nOSLO, 3 March 2024 - "We are ready," Foreign Minister Anna Berg said.\n');
		expect(await ingest(['-'], {}, dated)).toBe(0);
		expect(JSON.parse(dated.out).source.published).toBe('2024-03-03');
	});

	it('explains an address without http://', async () => {
		const error = await failure(ingest(['example.com/news/story']));
		expect(error.message).toBe('example.com/news/story: no such file (an address needs http:// or https:// in front)');
	});
});

describe('briefing add', () => {
	const add = (inputs: string[], library: string, force = false, captured = io()) =>
		runAdd({command: 'add', inputs, force, library}, captured);

	it('drafts into the library, named from the headline, never over another file', async () => {
		const library = path.join(folder, 'library');
		expect(await add([`${server.url}/article`], library)).toBe(0);
		const [name] = readdirSync(library);
		expect(name).toMatch(/^magnitogorsk-apartment-building-collapses.*\.json$/);
		// The same article again is skipped; with --force it is added beside the first, not over it.
		const again = io();
		expect(await add([`${server.url}/article`], library, false, again)).toBe(0);
		expect(again.err).toMatch(/1 already there, skipped/);
		expect(readdirSync(library)).toHaveLength(1);
		expect(await add([`${server.url}/redirect/1`], library, true)).toBe(0);
		expect(readdirSync(library).sort()).toEqual([name, name!.replace(/\.json$/, '-2.json')].sort());
		// A .txt file is named from its headline too.
		const text = path.join(folder, 'notes.txt');
		writeFileSync(text, 'Ministers meet in Oslo\n\n"We are ready," Foreign Minister Anna Berg said.\n');
		expect(await add([text], library)).toBe(0);
		expect(readdirSync(library)).toContain('ministers-meet-in-oslo.json');
	});

	it('sums up even when every source failed', async () => {
		const captured = io();
		expect(
			await add([`${server.url}/404`, `${server.url}/image.png`], path.join(folder, 'library'), false, captured),
		).toBe(1);
		expect(captured.err.trim().split('\n')).toEqual([
			expect.stringMatching(/\/404: HTTP 404 Not Found$/),
			expect.stringMatching(/\/image\.png: is an image/),
			expect.stringMatching(/^added 0 of 2 articles into .*; 2 failed \(above\)$/),
		]);
	});

	it('reports a failed source and adds the rest (exit 1)', async () => {
		const library = path.join(folder, 'library');
		const captured = io();
		expect(await add([`${server.url}/404`, `${server.url}/gzip`], library, false, captured)).toBe(1);
		expect(readdirSync(library)).toHaveLength(1);
		expect(captured.err).toMatch(/\/404: HTTP 404 Not Found\n/);
		expect(captured.err).toMatch(/added 1 of 2 articles into .*; 1 failed \(above\)/);
	});
});
