import {writeSync} from 'node:fs';
import {isatty} from 'node:tty';
import {exitTerminalGone} from '../standard-streams.js';

// The terminal while the dashboard runs: raw keys, the alternate screen, a hidden cursor, and everything
// that must leave it as it was. A signal that ends the program restores it first; a stop (SIGTSTP, or
// Ctrl+Z, which raw mode delivers as a key) restores it and stops, and a continue (SIGCONT) takes it
// again and has the screen drawn anew, as less and vim do; a terminal that is gone (closed under the
// program: SIGHUP, EIO) is not written to at all, not even by Node at exit.

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';
const CURSOR_HOME = '\u001B[H';
/** Mouse reports (`--mouse`): presses, releases and the wheel (1000), in SGR form (1006: any size of terminal). */
const MOUSE_ON = '\u001B[?1000h\u001B[?1006h';
const MOUSE_OFF = '\u001B[?1006l\u001B[?1000l';

/** Signals that end the program, with the exit status a shell reports for them (128 + the signal's number). */
export const ENDING_SIGNALS = {
	SIGHUP: 129,
	SIGINT: 130,
	SIGQUIT: 131,
	SIGUSR2: 140,
	SIGALRM: 142,
	SIGTERM: 143,
} as const satisfies Partial<Record<NodeJS.Signals, number>>;

/** Whether the full-screen dashboard can be drawn here: keys and screen are a terminal that can draw it. */
export function canDrawDashboard(
	env: NodeJS.ProcessEnv = process.env,
	stdin: {isTTY?: boolean} = process.stdin,
	stdout: {isTTY?: boolean} = process.stdout,
): boolean {
	// TERM=dumb (an editor's shell buffer, a serial console) cannot move the cursor: print instead.
	return Boolean(stdin.isTTY && stdout.isTTY) && env['TERM'] !== 'dumb';
}

/** What draws on the terminal: Ink, once it has started. */
export type Drawer = {
	/** Ends it before the program ends, so that it writes nothing after the terminal is restored. */
	readonly stop?: () => void;
	/** Draws the whole frame again, from the top-left corner (the alternate screen comes back empty after a stop). */
	readonly redraw?: () => void;
};

export type TerminalSession = {
	/** Who draws from now on (Ink starts after the session). */
	attach(drawer: Drawer): void;
	/** Ctrl+Z: what the terminal itself does with it outside raw mode, a stop (SIGTSTP). */
	suspend(): void;
	/** Gives the terminal back as it was (cooked mode, the normal screen, the cursor shown); the session is over. */
	end(): void;
};

type Terminal = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream & {readonly fd: number};
};

/** Whether the terminal is still there: after a hangup, its descriptor is no longer a terminal (ioctl fails, EIO). */
function present(stdout: Terminal['stdout']): boolean {
	return isatty(stdout.fd);
}

/**
 * Takes the terminal: raw mode (so a key typed before anything listens is kept, not echoed), the alternate screen
 * and a hidden cursor. From here on, every way the program can end leaves the terminal as it was.
 */
export function startTerminalSession(
	terminal: Terminal = {stdin: process.stdin, stdout: process.stdout},
	options: {readonly mouse?: boolean} = {},
): TerminalSession {
	const {stdin, stdout} = terminal;
	let drawer: Drawer = {};
	let active = true;

	/** Writes at once, or not at all: at exit or in a signal handler there is no later. */
	const write = (text: string) => {
		try {
			writeSync(stdout.fd, text);
		} catch {
			// The terminal is gone: there is nobody to show anything to.
		}
	};
	const rawMode = (on: boolean) => {
		try {
			stdin.setRawMode(on);
		} catch {
			// Gone too.
		}
	};
	const mouse = options.mouse ?? false;
	const take = () => {
		rawMode(true);
		write(ENTER_ALTERNATE_SCREEN + HIDE_CURSOR + CURSOR_HOME + (mouse ? MOUSE_ON : ''));
	};
	// Mouse reports off first, wherever the program ends: a shell would get them as typed text.
	const giveBack = () => {
		write((mouse ? MOUSE_OFF : '') + LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		rawMode(false);
	};

	const onEndingSignal = (signal: keyof typeof ENDING_SIGNALS) => {
		const code = ENDING_SIGNALS[signal];
		// A closed terminal sends SIGHUP, and anything written to it now fails: Ink's last frame, the restore, and
		// Node's own reset of the terminal at exit, which aborts on that failure.
		if (!present(stdout)) exitTerminalGone(code);
		try {
			drawer.stop?.();
		} catch {
			// Ending anyway.
		}
		giveBack();
		active = false;
		process.exit(code);
	};
	const handlers = Object.keys(ENDING_SIGNALS).map(name => {
		const signal = name as keyof typeof ENDING_SIGNALS;
		const handler = () => onEndingSignal(signal);
		process.on(signal, handler);
		return [signal, handler] as const;
	});

	const resume = () => {
		if (!active || !present(stdout)) return;
		take();
		drawer.redraw?.();
	};
	const onStop = () => {
		if (!active) return;
		giveBack();
		// Stopped by the default action of the same signal: this handler is out of the way until then.
		process.off('SIGTSTP', onStop);
		process.kill(process.pid, 'SIGTSTP');
		// Here once continued, or at once if nothing could continue the program (its process group is orphaned, and
		// the system ignores the stop): either way it runs again, in the terminal.
		process.on('SIGTSTP', onStop);
		resume();
	};
	process.on('SIGTSTP', onStop);
	// A continue the program did not ask for (after `kill -STOP`): the shell has had the terminal meanwhile.
	process.on('SIGCONT', resume);

	// A read or write error on a terminal that has gone away.
	const onStreamError = (error: NodeJS.ErrnoException) => {
		if (error.code === 'EIO' || !present(stdout)) exitTerminalGone(ENDING_SIGNALS.SIGHUP);
	};
	stdin.on('error', onStreamError);
	// Leave the alternate screen before Node prints an uncaught error, so that the message stays on screen.
	const onCrash = () => {
		if (active) giveBack();
		active = false;
	};
	process.on('uncaughtExceptionMonitor', onCrash);
	process.on('exit', onCrash);

	take();

	return {
		attach(next) {
			drawer = next;
		},
		suspend() {
			if (active) onStop();
		},
		end() {
			if (!active) return;
			active = false;
			giveBack();
			for (const [signal, handler] of handlers) process.off(signal, handler);
			process.off('SIGTSTP', onStop);
			process.off('SIGCONT', resume);
			process.off('uncaughtExceptionMonitor', onCrash);
			process.off('exit', onCrash);
			stdin.off('error', onStreamError);
		},
	};
}
