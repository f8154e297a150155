// Issue 14, items 4, 5, 10 and 11: the terminal's lifecycle around the dashboard, in a real pty. A stop
// (SIGTSTP, Ctrl+Z) gives the terminal back and a continue takes it again, redrawn; a terminal closed under
// the program ends it quietly; TERM=dumb gets the printed form; a paste of thousands of keys does not hold up
// quitting.

import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {childPids, frameText, ROOT, type Screen, type Session, SHELL_PROMPT, start, stopAll} from './pty.js';

const NATO = join(ROOT, 'data/nato-russia-council-2022.json');
const DATA = join(ROOT, 'data');
const SLOW = {timeout: 120_000};

const scratch = mkdtempSync(join(tmpdir(), 'briefing-lifecycle-'));
afterEach(stopAll);
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const headline = (() => {
	const result = loadBriefingFile(NATO);
	if (!result.ok) throw new Error('the bundled briefing does not load');
	return result.briefing.headline;
})();

const ENTER_ALTERNATE = '\u001B[?1049h';
const LEAVE_ALTERNATE = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** The dashboard drawn in full: its headline at the top and its footer. */
const dashboard = (tab: string) => (shown: Screen) =>
	shown[0]!.startsWith(headline.slice(0, 30)) &&
	shown.some(line => line.includes(tab)) &&
	shown.some(line => line.includes('q quit'));

const alternate = (session: Session) => session.terminal.buffer.active.type === 'alternate';

/** The process the shell runs the program in. */
function programOf(session: Session): number {
	const [program] = childPids(session.pty.pid);
	if (!program) throw new Error('the program is not running');
	return program;
}

/** The shell waits at its prompt: the program is not running in the foreground. */
const atPrompt = (shown: Screen) =>
	shown
		.filter(line => line.trim() !== '')
		.at(-1)
		?.trimEnd() === SHELL_PROMPT.trimEnd();

/** How many times bash has reported the program stopped. */
const stops = (session: Session) => session.raw().split('Stopped').length - 1;

describe('stop and continue, from a shell with job control', () => {
	test('kill -TSTP gives the terminal back; fg takes it again, redrawn, with keys read at once', SLOW, async () => {
		const session = await start([NATO], {inShell: true, columns: 90, rows: 26, ready: dashboard('[1 Summary]')});
		const program = programOf(session);
		process.kill(program, 'SIGTSTP');
		await session.waitFor(shown => stops(session) === 1 && atPrompt(shown));
		// The shell's prompt is on the normal screen, the cursor shown: what was written before the stop says so.
		const beforeStop = session.raw().slice(0, session.raw().indexOf('Stopped'));
		expect(beforeStop.lastIndexOf(LEAVE_ALTERNATE)).toBeGreaterThan(beforeStop.lastIndexOf(ENTER_ALTERNATE));
		expect(beforeStop.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(beforeStop.lastIndexOf(ENTER_ALTERNATE));
		expect(alternate(session)).toBe(false);

		session.press('fg\r');
		const shown = await session.waitFor(dashboard('[1 Summary]'));
		expect(alternate(session), frameText(shown)).toBe(true);
		// Raw mode again: "2" switches panes without Enter, and is not echoed.
		session.press('2');
		await session.waitFor(dashboard('[2 Quotes]'));
		session.press('q');
		await session.waitFor(atPrompt);
		expect(alternate(session)).toBe(false);
		session.press('exit\r');
		await session.exit();
	});

	test('Ctrl+Z in the dashboard suspends it the same way, and fg comes back to where it was', SLOW, async () => {
		const session = await start([NATO, '--pane', 'positions'], {
			inShell: true,
			columns: 90,
			rows: 26,
			ready: dashboard('[3 Positions]'),
		});
		session.press('j', 'j');
		await session.waitFor(shown => shown.some(line => line.includes('topic 3 of')));
		session.press('\u001A');
		await session.waitFor(shown => stops(session) === 1 && atPrompt(shown));
		expect(alternate(session)).toBe(false);
		session.press('fg\r');
		const shown = await session.waitFor(dashboard('[3 Positions]'));
		expect(
			shown.some(line => line.includes('topic 3 of')),
			frameText(shown),
		).toBe(true);
		// And again: the stop handler is back after the first stop.
		session.press('\u001A');
		await session.waitFor(shown => stops(session) === 2 && atPrompt(shown));
		session.press('fg\r');
		await session.waitFor(dashboard('[3 Positions]'));
		session.press('q');
		await session.waitFor(atPrompt);
		session.press('exit\r');
		await session.exit();
	});
});

describe('a terminal closed under the program', () => {
	test.each([
		['the dashboard', NATO, '[1 Summary]'],
		['the story picker', DATA, 'Stories'],
	])('%s ends with status 129 and writes nothing more', SLOW, async (_name, target, ready) => {
		const stderr = join(scratch, `stderr-${Math.random().toString(36).slice(2)}.txt`);
		const session = await start([target], {columns: 80, rows: 24, stderrTo: stderr, ready});
		// Closing the terminal: the pty's other end goes away, and the program gets SIGHUP.
		(session.pty as unknown as {destroy(): void}).destroy();
		expect(await session.exit()).toEqual({exitCode: 129, signal: 0});
		// No stack trace, no assertion of Node's, only (at most) Ink's cursor reset, which the terminal never saw.
		expect(readFileSync(stderr, 'utf8').replaceAll(SHOW_CURSOR, '')).toBe('');
	});
});

describe('TERM=dumb', () => {
	test('prints the briefing instead of drawing the dashboard', SLOW, async () => {
		const session = await start([NATO], {columns: 80, rows: 24, env: {TERM: 'dumb'}, ready: false});
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
		expect(session.raw()).not.toContain(ENTER_ALTERNATE);
		expect(session.raw()).toContain(headline);
		expect(session.raw()).toContain('SUMMARY');
	});
});

describe('pasted input', () => {
	test('60,000 keys pasted at once, then Ctrl+C: the program quits, not after working through them', SLOW, async () => {
		const session = await start([NATO, '--pane', 'quotes'], {columns: 90, rows: 26, ready: dashboard('[2 Quotes]')});
		// Before, each key that changed anything was a frame of its own (20,000 took 14 s), and Ctrl+C waited behind them.
		session.press('jk'.repeat(30_000));
		session.press('\u0003');
		expect(await session.exit(20_000)).toEqual({exitCode: 0, signal: 0});
	});

	test('a paste of movement keys is applied in full', SLOW, async () => {
		const session = await start([NATO, '--pane', 'quotes'], {columns: 90, rows: 26, ready: dashboard('[2 Quotes]')});
		session.press('j'.repeat(5000));
		await session.waitFor(shown => shown.some(line => line.includes('speaker 8 of 8')));
		session.press('k'.repeat(5000), 'j');
		await session.waitFor(shown => shown.some(line => line.includes('speaker 2 of 8')));
		session.press('q');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
	});
});
