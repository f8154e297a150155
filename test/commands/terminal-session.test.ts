import {describe, expect, it} from 'vitest';
import {canDrawDashboard, ENDING_SIGNALS} from '../../source/commands/terminal-session.js';

describe('canDrawDashboard', () => {
	const tty = {isTTY: true};
	it('draws in a terminal that can move its cursor', () => {
		expect(canDrawDashboard({TERM: 'xterm-256color'}, tty, tty)).toBe(true);
		expect(canDrawDashboard({}, tty, tty)).toBe(true);
	});

	it('prints instead when either end is not a terminal, or the terminal is dumb (issue 14, item 11)', () => {
		expect(canDrawDashboard({TERM: 'xterm'}, {isTTY: false}, tty)).toBe(false);
		expect(canDrawDashboard({TERM: 'xterm'}, tty, {})).toBe(false);
		expect(canDrawDashboard({TERM: 'dumb'}, tty, tty)).toBe(false);
	});
});

describe('ENDING_SIGNALS', () => {
	it('exit with 128 + the signal number, as a shell reports a program a signal ended', () => {
		const numbers: Record<string, number> = {SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGUSR2: 12, SIGALRM: 14, SIGTERM: 15};
		for (const [signal, code] of Object.entries(ENDING_SIGNALS)) expect(code).toBe(128 + numbers[signal]!);
	});
});
