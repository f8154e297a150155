// `briefing add FEED... --stories` against feeds of the multi-source set served from 127.0.0.1: the articles of a
// mixed feed grouped into their stories, one merged briefing each, and a later run's articles added to them.

import {execFile} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runAddStories} from '../../source/commands/add-stories.js';
import type {IngestIo} from '../../source/commands/ingest.js';
import {loadBriefingFile} from '../../source/model/load.js';
import type {Briefing} from '../../source/model/schema.js';
import {articlePage, STORY_OF} from '../merge/multi-source.js';
import {assertBuilt, CLI} from '../run-cli.js';

let server: Server;
let base: string;
const files = Object.keys(STORY_OF);
const outletOf = (file: string) => file.replace(/^[a-z]+-|\.txt$/g, '');

/** A feed of the set's articles by some outlets, mixed (not in story order). */
function feed(outlets: readonly string[]): string {
	const chosen = files.filter(file => outlets.includes(outletOf(file)));
	// Interleaved: every story's articles far apart in the feed.
	const mixed = [...chosen].sort((a, b) => outletOf(a).localeCompare(outletOf(b)) || b.localeCompare(a));
	const items = mixed
		.map(file => `<item><title>${file}</title><link>${base}/news/${file.replace('.txt', '.html')}</link></item>`)
		.join('\n');
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title><link>${base}/</link>${items}</channel></rss>`;
}

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = request.url ?? '/';
		const page = /^\/news\/([a-z-]+)\.html$/.exec(url);
		if (page && files.includes(`${page[1]}.txt`)) {
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
			response.end(articlePage(`${page[1]}.txt`));
		} else if (url === '/first.xml' || url === '/later.xml') {
			response.writeHead(200, {'content-type': 'application/rss+xml'});
			response.end(feed(url === '/first.xml' ? ['wire', 'courier'] : ['review']));
		} else {
			response.writeHead(404);
			response.end('not found');
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

function io(): IngestIo & {err: string} {
	const captured = {err: ''} as IngestIo & {err: string};
	return Object.assign(captured, {
		stdout: {write: () => true},
		stderr: {write: (text: string) => (captured.err += text), isTTY: false, columns: 80},
		stdin: Readable.from([]),
	});
}

function stories(folder: string): Briefing[] {
	return readdirSync(folder)
		.sort()
		.map(name => {
			const loaded = loadBriefingFile(path.join(folder, name));
			if (!loaded.ok) throw new Error(`${name} does not load`);
			return loaded.briefing;
		});
}

/** The set's story of each article of a briefing, by its URL. */
const storiesIn = (briefing: Briefing) =>
	new Set(
		(briefing.sources ?? [{url: briefing.source.url}]).map(
			source => STORY_OF[`${/([a-z-]+)\.html$/.exec(source.url ?? '')?.[1]}.txt`],
		),
	);

describe('briefing add --stories', () => {
	it('groups a mixed feed into its stories, then adds a later feed to the same stories', {
		timeout: 60_000,
	}, async () => {
		const library = mkdtempSync(path.join(tmpdir(), 'briefing-stories-'));
		const options = {
			command: 'add' as const,
			inputs: [`${base}/first.xml`],
			force: false,
			limit: 100,
			library,
			stories: true as const,
		};
		const first = io();
		expect(await runAddStories(options, first)).toBe(0);
		expect(first.err).toMatch(/added 16 articles into .*: 8 new stories, 0 updated/);
		const made = stories(library);
		expect(made).toHaveLength(8);
		// Each briefing is one story of the set (pure), and each story is in one briefing (complete).
		for (const briefing of made) {
			expect(storiesIn(briefing).size).toBe(1);
			expect(briefing.sources).toHaveLength(2);
		}
		expect(new Set(made.flatMap(briefing => [...storiesIn(briefing)])).size).toBe(8);

		const later = io();
		expect(await runAddStories({...options, inputs: [`${base}/later.xml`]}, later)).toBe(0);
		expect(later.err).toMatch(/added 8 articles into .*: 0 new stories, 8 updated/);
		const updated = stories(library);
		expect(updated).toHaveLength(8);
		for (const briefing of updated) {
			expect(storiesIn(briefing).size).toBe(1);
			expect(briefing.sources?.map(source => source.outlet).sort()).toEqual([
				'Harbour Review',
				'Meridian Wire',
				'The Evening Courier',
			]);
		}

		const again = io();
		expect(await runAddStories({...options, inputs: [`${base}/first.xml`, `${base}/later.xml`]}, again)).toBe(0);
		expect(again.err).toContain('nothing new to add');
		expect(again.err).toContain('24 articles already there');
		expect(readdirSync(library)).toHaveLength(8);
		expect(JSON.parse(readFileSync(path.join(library, readdirSync(library)[0]!), 'utf8')).sources).toHaveLength(3);
	});
});

describe('briefing add --stories, as a user runs it', () => {
	it('the built CLI groups a feed into stories in $BRIEFING_DATA', {timeout: 60_000}, async () => {
		assertBuilt();
		const library = mkdtempSync(path.join(tmpdir(), 'briefing-stories-cli-'));
		// Asynchronously: this process serves the pages the CLI fetches meanwhile.
		const {stderr} = await promisify(execFile)(
			process.execPath,
			[CLI, 'add', `${base}/first.xml`, '--stories', '--limit', '100'],
			{
				env: {...process.env, BRIEFING_DATA: library, NO_COLOR: '1'},
			},
		);
		expect(stderr).toMatch(/added 16 articles into .*: 8 new stories, 0 updated/);
		expect(stderr).toContain('open your library with `briefing`');
		expect(readdirSync(library)).toHaveLength(8);
	});
});
