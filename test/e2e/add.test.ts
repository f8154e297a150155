// Issue 15, end to end: a feed from a loopback server into the user's library with `briefing add`, then
// `briefing` opens the picker on it; a story shows where it came from, and `o` hands its URL to the browser.

import {execFile} from 'node:child_process';
import {chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {startServer, type TestServer} from '../web/server.js';
import {CLI, start, stopAll, terminalEnv} from './pty.js';

afterEach(stopAll);

let server: TestServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server.close());

const run = promisify(execFile);

describe('briefing add, then the picker', () => {
	test('a feed goes into the library, and the picker shows its stories', {timeout: 60_000}, async () => {
		const library = mkdtempSync(path.join(tmpdir(), 'briefing-library-'));
		// The CLI runs asynchronously: this process serves the pages it fetches meanwhile.
		const added = await run(process.execPath, [CLI, 'add', `${server.url}/feed.xml`], {
			env: {...terminalEnv({BRIEFING_DATA: library}), NO_COLOR: '1'},
		});
		expect(added.stderr).toMatch(/added 3 of 3 articles into /);
		expect(readdirSync(library)).toHaveLength(3);
		const headlines = readdirSync(library).map(
			name => JSON.parse(readFileSync(path.join(library, name), 'utf8')).headline,
		);

		const opened = path.join(library, '..', `${path.basename(library)}-browser.txt`);
		const browser = path.join(library, '..', `${path.basename(library)}-browser.sh`);
		writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${opened}'\n`);
		chmodSync(browser, 0o755);
		const session = await start([], {
			columns: 100,
			rows: 30,
			env: {BRIEFING_DATA: library, BROWSER: browser},
			ready: 'Stories · 3 in',
		});
		const screen = (await session.waitFor('story 1 of 3')).join('\n');
		expect(screen).toContain('Your library.');
		for (const headline of headlines) expect(screen).toContain(headline.slice(0, 40));
		session.press('Enter');
		await session.waitFor('[1 Summary]');
		session.press('G');
		const summary = (await session.waitFor('Machine draft')).join('\n');
		expect(summary).toMatch(/Retrieved \d+ \w+ \d{4}, \d\d:\d\d UTC/);
		expect(summary).toContain('Meridian Wire');
		session.press('o');
		await session.waitFor('opening the source in your browser');
		// The message comes once the browser has started; the stub writes its file a moment later.
		await vi.waitFor(
			() => expect(readFileSync(opened, 'utf8')).toMatch(/^https:\/\/www\.meridianwire\.test\/world\//),
			{
				timeout: 5000,
			},
		);
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
	});

	test('an empty library opens the bundled stories, saying how to add one', {timeout: 30_000}, async () => {
		const library = mkdtempSync(path.join(tmpdir(), 'briefing-empty-'));
		const session = await start([], {columns: 120, rows: 30, env: {BRIEFING_DATA: library}, ready: 'Stories · 7 in'});
		expect((await session.waitFor('is empty')).join('\n')).toContain(
			`Your library (${library}) is empty: add a story with \`briefing add URL\``,
		);
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
	});
});
