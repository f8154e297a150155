// The harness's own checks must be able to fail: each is shown a screen or output that is wrong.

import {afterEach, describe, expect, test} from 'vitest';
import {
	cellColumns,
	layoutProblems,
	type Session,
	STTY_MARK,
	start,
	stopAll,
	terminalEnv,
	terminalRestored,
} from './pty.js';

afterEach(stopAll);

const STTY_SANE = `${STTY_MARK}\r\nspeed 38400 baud; rows 24; columns 80; line = 0;\r\nisig icanon iexten echo echoe echok -echonl -noflsh\r\n`;

describe('terminalRestored', () => {
	const entered = '\u001B[?1049h\u001B[?25lframe';

	test('passes a program that shows the cursor, leaves the alternate screen and the tty canonical', () => {
		expect(terminalRestored(`${entered}\u001B[?25h\u001B[?1049l${STTY_SANE}`)).toEqual([]);
	});

	test('finds the cursor left hidden, the alternate screen not left, raw mode left on', () => {
		expect(terminalRestored(`${entered}\u001B[?1049l${STTY_SANE}`)).toEqual([
			'the cursor was hidden and not shown again',
		]);
		expect(terminalRestored(`${entered}\u001B[?25h${STTY_SANE}`)).toEqual([
			'the alternate screen was entered and not left',
		]);
		expect(
			terminalRestored(
				`${entered}\u001B[?25h\u001B[?1049l${STTY_SANE.replace('icanon', '-icanon').replace(' echo ', ' -echo ')}`,
			),
		).toEqual(['the terminal was left with -icanon', 'the terminal was left with -echo']);
		expect(terminalRestored(`${entered}\u001B[?25h\u001B[?1049l`)).toEqual([
			'no `stty -a` output after the program (start it with sttyAfter)',
		]);
	});
});

describe('layoutProblems and cellColumns', () => {
	async function blank(): Promise<Session> {
		const session = await start(['--version'], {columns: 20, rows: 5, ready: false});
		await session.exit();
		session.terminal.reset();
		return session;
	}
	const write = (session: Session, text: string) => new Promise<void>(resolve => session.terminal.write(text, resolve));

	test('a line past the right edge, and a last row in use, are found', async () => {
		const session = await blank();
		await write(session, 'exactly twenty cells\r\n');
		expect(layoutProblems(session)).toEqual([]);
		await write(session, '東京とベルリンの会談 1\r\n');
		expect(layoutProblems(session)).toEqual(['20x5: row 2 continues row 1: a line ran past column 20']);
		await write(session, '\r\nlast row');
		expect(layoutProblems(session)).toContain('20x5: the last row is not free: "last row"');
	});

	test('columns are cells: after wide and joined characters, not string indices', async () => {
		const session = await blank();
		await write(session, '東京 │ 👩🏽‍💻 │ e\u0301 │');
		expect(cellColumns(session, 0, '│')).toEqual([5, 10, 14]);
	});
});

test('programs run without CI in their environment, so that Ink draws', () => {
	const saved = process.env['CI'];
	process.env['CI'] = 'true';
	try {
		const env = terminalEnv();
		expect(env['CI']).toBeUndefined();
		expect(env['TERM']).toBe('xterm-256color');
	} finally {
		if (saved === undefined) delete process.env['CI'];
		else process.env['CI'] = saved;
	}
});
