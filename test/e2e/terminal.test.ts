// Issue "Hostile and broken input, odd terminals, signals": the built CLI in a real pseudo-terminal,
// fed escape-sequence payloads and wide/right-to-left text, at odd sizes, resized, signalled and piped.

import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {tooSmallLines} from '../../source/view/frame-text.js';
import {
	CLI,
	cellColumns,
	childPids,
	frameText,
	layoutProblems,
	ROOT,
	type Screen,
	type Session,
	start,
	stopAll,
	terminalEnv,
	terminalRestored,
} from './pty.js';
import {footerOf, walkEverything} from './walk.js';

const NATO = join(ROOT, 'data/nato-russia-council-2022.json');
const HOSTILE = join(ROOT, 'test/fixtures/hostile/terminal-injection.json');
const UNICODE = join(ROOT, 'test/fixtures/unicode/wide-and-rtl.json');

/** A walk through a whole briefing: seconds when the machine is idle, much longer when it is busy. */
const WALK = {timeout: 120_000};

const scratch = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
afterEach(stopAll);
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const headlineOf = (file: string) => {
	const result = loadBriefingFile(file);
	if (!result.ok) throw new Error(`${file} does not load`);
	return result.briefing.headline;
};

/** Escape sequences (CSI, OSC, DCS/SOS/PM/APC, two-byte escapes) and single control or bidi characters. */
const CONTROL_TOKEN =
	/\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]|[\u0000-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** Every distinct escape sequence and control character in output, with how often each occurs. */
function controlsIn(output: string): Map<string, number> {
	const found = new Map<string, number>();
	for (const [token] of output.matchAll(CONTROL_TOKEN)) found.set(token, (found.get(token) ?? 0) + 1);
	return found;
}

const show = (tokens: Iterable<string>) => [...tokens].map(token => JSON.stringify(token));

describe('terminal injection: escape sequences and controls in a briefing never reach the terminal', () => {
	/** The payloads written into the hostile fixture, each of which could drive a terminal if it got through. */
	const PAYLOADS = [
		'\u001B]52;c;SGVsbG8=\u0007', // OSC 52: write the clipboard
		'\u001B]8;;https://evil.example/\u001B\\', // OSC 8: a hidden link
		'\u001B]8;;\u001B\\',
		'\u001B]0;pwned\u0007', // OSC 0 and 2: the window title
		'\u001B]2;pwned\u001B\\',
		'\u009D0;pwned\u009C', // the same, with 8-bit C1 controls
		'\u009B2J',
		'\u001B[2J', // CSI: clear the screen, colour, move the cursor home
		'\u001B[31m',
		'\u001B[H',
		'\u0007', // BEL
		'\u0000', // NUL, DEL, backspaces
		'\u007F',
		'\b',
		'\u202E', // bidi override and isolates
		'\u2066',
		'\u2067',
		'\u2068',
		'\u2069',
	];

	/** The hostile briefing with every payload taken out (by the test, not by the app's sanitiser). */
	function cleanTwin(): string {
		const strip = (value: unknown): unknown => {
			if (typeof value === 'string') return PAYLOADS.reduce((text, payload) => text.split(payload).join(''), value);
			if (Array.isArray(value)) return value.map(strip);
			if (value && typeof value === 'object')
				return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]));
			return value;
		};
		const twin = strip(JSON.parse(readFileSync(HOSTILE, 'utf8')));
		const text = JSON.stringify(twin, null, '\t');
		// The twin must be free of controls, or comparing with it would prove nothing.
		expect(
			show(controlsIn(JSON.stringify(twin, null, 1)).keys()).filter(token => token !== JSON.stringify('\n')),
		).toEqual([]);
		const file = join(scratch, 'clean-twin.json');
		writeFileSync(file, text);
		return file;
	}

	const payloadLeftovers = (shown: Screen) =>
		shown.filter(line => /\]52;|\[2J|\[31m|pwned|SGVsbG8|evil\.example/.test(line));

	/** Opens a briefing, visits every pane, quote, paragraph and topic, quits, and returns all it wrote. */
	async function tour(file: string): Promise<string> {
		const session = await start([file], {columns: 80, rows: 24, ready: '1 Summary'});
		await walkEverything(session, (shown, where) => {
			expect(layoutProblems(session), `${where}\n${frameText(shown)}`).toEqual([]);
			expect(payloadLeftovers(shown), `${where}: leftovers of a payload`).toEqual([]);
		});
		session.press('q');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
		return session.raw();
	}

	test(
		'the dashboard, on every pane, writes no escape sequence that the same briefing without payloads does not',
		WALK,
		async () => {
			const [hostile, clean] = await Promise.all([tour(HOSTILE), tour(cleanTwin())]);
			const hostileControls = controlsIn(hostile);
			const cleanControls = controlsIn(clean);

			// Absolutely: no OSC (clipboard, links, titles), no bell, no 8-bit controls, no bidi controls.
			const forbidden = [...hostileControls.keys()].filter(token =>
				/^\u001B[\]PX^_]|[\u0000-\u0007\u0009\u000B-\u000C\u000E-\u001A\u001C-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(
					token,
				),
			);
			expect(show(forbidden)).toEqual([]);
			// Ink clears the screen only when a frame is as tall as the terminal, which this app never draws.
			expect(hostileControls.get('\u001B[2J') ?? 0).toBe(cleanControls.get('\u001B[2J') ?? 0);
			// Relative to the clean twin: every sequence written is one Ink and the theme write anyway.
			expect(show([...hostileControls.keys()].filter(token => !cleanControls.has(token)))).toEqual([]);
			expect(hostile).toContain('Hostile headline with payloads inside');
		},
	);

	test.each(['text', 'markdown', 'json'])('`briefing print --format %s` writes plain text only', format => {
		const result = spawnSync(process.execPath, [CLI, 'print', HOSTILE, '--format', format], {
			encoding: 'utf8',
			env: terminalEnv({CI: 'true'}),
		});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(show([...controlsIn(result.stdout).keys()].filter(token => token !== '\n'))).toEqual([]);
		expect(result.stdout).toContain('Hostile headline with payloads inside');
	});

	test('`briefing FILE` into a pipe, and `briefing print` in a terminal, write plain text only', async () => {
		const piped = spawnSync(process.execPath, [CLI, HOSTILE], {encoding: 'utf8', env: terminalEnv()});
		expect(piped.status).toBe(0);
		expect(show([...controlsIn(piped.stdout).keys()].filter(token => token !== '\n'))).toEqual([]);

		const session = await start(['print', HOSTILE], {columns: 60, rows: 24, ready: false});
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
		// The terminal's own line discipline turns \n into \r\n.
		expect(show([...controlsIn(session.raw()).keys()].filter(token => token !== '\n' && token !== '\r'))).toEqual([]);
	});
});

/**
 * Problems with the columns of the screen: the scrollbar thumb off the last column, and `│` separators that do not line
 * up.
 */
function alignmentProblems(session: Session, shown: Screen): string[] {
	const problems: string[] = [];
	const last = session.columns - 1;
	const footerRow = session.rows - 2;
	const separatorRows: {row: number; columns: string}[] = [];
	for (let row = 0; row < footerRow; row++) {
		const thumbs = cellColumns(session, row, '┃').filter(column => column !== last);
		if (thumbs.length > 0) problems.push(`row ${row}: scrollbar thumb at column ${thumbs.join(', ')}, not ${last}`);
		const separators = cellColumns(session, row, '│').filter(column => column !== last);
		if (separators.length > 0) separatorRows.push({row, columns: separators.join(',')});
	}
	if (separatorRows.length > 0) {
		const first = separatorRows[0]!;
		for (const {row, columns} of separatorRows)
			if (columns !== first.columns)
				problems.push(`row ${row}: │ at columns ${columns}, row ${first.row} has them at ${first.columns}`);
		const rows = separatorRows.map(({row}) => row);
		if (rows.at(-1)! - rows[0]! + 1 !== rows.length)
			problems.push(`the rows with │ separators are not one block: ${rows.join(', ')}`);
		// Beside the speaker list, the separator runs all the way down to the footer.
		if (shown.some(line => line.includes('[2 Quotes]')) && session.columns >= 90 && rows.at(-1) !== footerRow - 1)
			problems.push(`the separator beside the speaker list stops at row ${rows.at(-1)}`);
	}
	return problems.map(problem => `${session.columns}x${session.rows}: ${problem}`);
}

describe('wide, combined and right-to-left text', () => {
	const unicode = (() => {
		const result = loadBriefingFile(UNICODE);
		if (!result.ok) throw new Error('the unicode fixture does not load');
		return result.briefing;
	})();

	test.each([40, 60, 80, 120])(
		'at %i columns no line runs past the edge and the columns line up on every screen',
		WALK,
		async columns => {
			const session = await start([UNICODE], {columns, rows: 24, ready: '1 Summary'});
			const seen: string[] = [];
			await walkEverything(session, (shown, where) => {
				expect(layoutProblems(session), `${where}\n${frameText(shown)}`).toEqual([]);
				expect(alignmentProblems(session, shown), `${where}\n${frameText(shown)}`).toEqual([]);
				seen.push(shown.join('\n'));
			});
			const all = seen.join('\n');
			for (const quote of unicode.quotes) expect(all, `quote ${quote.id} was shown`).toContain(quote.text.slice(0, 4));
			for (const speaker of unicode.speakers)
				expect(all, `speaker ${speaker.id} was shown`).toContain(speaker.name.slice(0, 4));
			session.press('q');
			expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
		},
	);
});

describe('terminal sizes', () => {
	const headline = headlineOf(NATO);
	const tooSmall = (shown: Screen) =>
		shown.join(' ').replace(/\s+/g, ' ').includes('terminal too small (need 40 x 10)');

	test.each([
		[30, 8],
		[39, 10],
		[40, 9],
		[40, 10],
		[50, 12],
		[80, 24],
		[132, 43],
		[250, 80],
	])('%ix%i: draws every pane within the terminal, or says it is too small', WALK, async (columns, rows) => {
		const small = columns < 40 || rows < 10;
		const session = await start([NATO], {columns, rows, ready: small ? tooSmall : headline.slice(0, 20)});
		expect(layoutProblems(session), frameText(session.screen())).toEqual([]);
		if (!small)
			for (const [key, tab] of [
				['2', '[2 Quotes]'],
				['3', '[3 Positions]'],
				['?', 'Keys'],
				['1', '[1 Summary]'],
			] as const) {
				session.press(key);
				const shown = await session.waitFor(tab);
				expect(layoutProblems(session), frameText(shown)).toEqual([]);
			}
		session.press('q');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
	});

	// Issue 14, item 1: at these sizes the first frame was drawn, then a RangeError, a stack trace and exit 1, in the
	// alternate screen.
	test.each([
		[1, 1, 'the dashboard', NATO],
		[2, 2, 'the dashboard', NATO],
		[1, 30, 'the dashboard', NATO],
		[2, 40, 'the dashboard', NATO],
		[1, 1, 'the picker', join(ROOT, 'data')],
		[2, 40, 'the picker', join(ROOT, 'data')],
	])(
		'%ix%i: %s says the terminal is too small, whatever is pressed, and quits cleanly',
		WALK,
		async (columns, rows, _name, target) => {
			const expected = tooSmallLines({columns, rows});
			const shows = (shown: Screen) => expected.every((line, row) => shown[row] === line);
			const session = await start([target], {columns, rows, sttyAfter: true, ready: shows});
			for (const key of ['3', '\r', '2', '\r', '?']) {
				session.press(key);
				await session.waitFor(shows);
			}
			// The dashboard prepares the panes not shown yet just after its first frame and after each key: give it time to.
			await new Promise(resolve => setTimeout(resolve, 300));
			expect(session.exited()).toBe(false);
			session.press('q');
			expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
			expect(terminalRestored(session.raw())).toEqual([]);
			expect(session.raw()).not.toMatch(/RangeError|\n\s+at /);
		},
	);

	test('resizing while running lays the dashboard out again, as a fresh start at that size would', WALK, async () => {
		const sizes = [
			[60, 20],
			[30, 8],
			[120, 40],
			[80, 24],
		] as const;
		const session = await start([NATO], {columns: 100, rows: 30, ready: headline.slice(0, 20)});
		// Fresh starts at each size, side by side with the one being resized.
		const fresh = await Promise.all(
			sizes.map(async ([columns, rows]) => {
				const other = await start([NATO], {
					columns,
					rows,
					ready: columns < 40 || rows < 10 ? tooSmall : headline.slice(0, 20),
				});
				return other.screen();
			}),
		);
		for (const [index, [columns, rows]] of sizes.entries()) {
			session.resize(columns, rows);
			const expected = fresh[index]!;
			const shown = await session.waitFor(
				current => current.length === expected.length && current.every((line, row) => line === expected[row]),
			);
			expect(layoutProblems(session), frameText(shown)).toEqual([]);
			if (columns >= 40) {
				expect(shown[2]).toContain('[1 Summary]');
				expect(footerOf(session, shown)).toContain('q quit');
			}
		}
		session.press('q');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
	});
});

describe('signals', () => {
	test.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
		// Issue 14, item 11: these three left the terminal in the alternate screen.
		['SIGQUIT', 131],
		['SIGUSR2', 140],
		['SIGALRM', 142],
	] as const)('%s ends the dashboard quietly and restores the terminal', WALK, async (signal, code) => {
		const session = await start([NATO], {columns: 80, rows: 24, sttyAfter: true, ready: '1 Summary'});
		const [program] = childPids(session.pty.pid);
		expect(program).toBeGreaterThan(0);
		process.kill(program!, signal);
		expect(await session.exit()).toEqual({exitCode: code, signal: 0});
		expect(terminalRestored(session.raw())).toEqual([]);
		const afterwards = session.raw().slice(session.raw().lastIndexOf('\u001B[?1049l'));
		expect(afterwards).not.toMatch(/Error|\n\s+at /);
	});
});

describe('pipes', () => {
	const headline = headlineOf(NATO);

	/** A briefing whose printed form is far larger than a pipe's buffer, so the printer meets a closed pipe. */
	function bigBriefing(): string {
		const data = JSON.parse(readFileSync(NATO, 'utf8')) as {quotes: {id: string}[]};
		const copies = Array.from({length: 12}, (_, copy) =>
			data.quotes.map(quote => ({...quote, id: copy === 0 ? quote.id : `${quote.id}-${copy}`})),
		);
		const file = join(scratch, 'big.json');
		writeFileSync(file, JSON.stringify({...data, quotes: copies.flat()}));
		return file;
	}

	test.each([
		{what: 'the bundled briefing', which: NATO, ci: 'true'},
		{what: 'the bundled briefing', which: NATO, ci: undefined},
		{what: 'a briefing larger than a pipe buffer', which: 'big', ci: 'true'},
	])('`briefing print` of $what into `head -n 1` prints the headline and nothing on stderr (CI=$ci)', ({which, ci}) => {
		const file = which === 'big' ? bigBriefing() : which;
		const result = spawnSync(
			'sh',
			['-c', '{ "$0" "$1" print "$2"; echo "briefing exited $?" >&2; } | head -n 1', process.execPath, CLI, file],
			{encoding: 'utf8', env: terminalEnv({CI: ci})},
		);
		expect(result.stdout).toBe(`${headline}\n`);
		expect(result.stderr).toBe('briefing exited 0\n');
		expect(result.status).toBe(0);
	});
});
