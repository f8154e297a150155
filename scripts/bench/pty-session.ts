// One program in a real pseudo-terminal, with a headless xterm as its screen. Every chunk of output
// is timestamped when it arrives (before it is parsed), so a condition on the screen can be dated to
// the chunk that made it true, not to when this process got round to looking.

import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

/** Ink wraps each frame in these (DEC mode 2026, synchronized output) when stdout is a TTY and CI is unset. */
export const BEGIN_SYNC = '\u001B[?2026h';
export const END_SYNC = '\u001B[?2026l';

export type Screen = {
	/** The visible rows, trailing blanks trimmed. */
	readonly rows: readonly string[];
	/** The rows joined by newlines, to compare or search. */
	readonly text: string;
	/** Inside a synchronized update: a frame has begun and not yet ended. */
	readonly syncOpen: boolean;
};

export type ScreenCheck = (screen: Screen) => boolean;

export type SessionOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly cwd: string;
	readonly env: Record<string, string>;
};

type Waiter = {check: ScreenCheck; resolve: (at: number) => void};

export class PtySession {
	/** performance.now() just before the spawn. */
	readonly startedAt: number;
	readonly pid: number;
	/** Arrival time of the first and the latest output. */
	firstOutputAt: number | undefined;
	lastOutputAt: number | undefined;
	/** Output bytes (UTF-16 code units) received so far. */
	received = 0;
	/** Everything received so far, escape sequences included. */
	output = '';
	/** Whether any synchronized-update marker was seen. */
	syncSeen = false;
	exitedAt: number | undefined;
	readonly exited: Promise<{exitCode: number; signal?: number}>;

	private readonly terminal: InstanceType<typeof xterm.Terminal>;
	private readonly child: pty.IPty;
	private readonly waiters = new Set<Waiter>();
	private syncOpen = false;
	/** The end of the previous chunk, in case a marker is split between chunks. */
	private tail = '';

	constructor(file: string, args: readonly string[], options: SessionOptions) {
		this.terminal = new xterm.Terminal({cols: options.cols, rows: options.rows, allowProposedApi: true, scrollback: 0});
		this.startedAt = performance.now();
		this.child = pty.spawn(file, [...args], {name: 'xterm-256color', ...options});
		this.pid = this.child.pid;
		// Answer what the program asks the terminal (cursor position, device attributes), as a terminal would.
		this.terminal.onData(data => {
			if (this.exitedAt === undefined) this.child.write(data);
		});
		this.child.onData(data => this.receive(data));
		this.exited = new Promise(resolve =>
			this.child.onExit(result => {
				this.exitedAt = performance.now();
				resolve(result);
			}),
		);
	}

	private receive(data: string): void {
		const at = performance.now();
		this.firstOutputAt ??= at;
		this.lastOutputAt = at;
		this.received += data.length;
		this.output += data;
		const scanned = this.tail + data;
		const begin = scanned.lastIndexOf(BEGIN_SYNC);
		const end = scanned.lastIndexOf(END_SYNC);
		if (begin !== -1 || end !== -1) {
			this.syncSeen = true;
			this.syncOpen = begin > end;
		}
		this.tail = scanned.slice(-(BEGIN_SYNC.length - 1));
		const syncOpen = this.syncOpen;
		this.terminal.write(data, () => this.settle(at, syncOpen));
	}

	/** Runs the waiting checks against the screen as it is after the chunk that arrived at `at`. */
	private settle(at: number, syncOpen: boolean): void {
		if (this.waiters.size === 0) return;
		const screen = this.readScreen(syncOpen);
		for (const waiter of this.waiters)
			if (waiter.check(screen)) {
				this.waiters.delete(waiter);
				waiter.resolve(at);
			}
	}

	private readScreen(syncOpen: boolean): Screen {
		const buffer = this.terminal.buffer.active;
		const rows: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++)
			rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return {rows, text: rows.join('\n'), syncOpen};
	}

	/** The screen now, as far as output has been parsed. */
	screen(): Screen {
		return this.readScreen(this.syncOpen);
	}

	/**
	 * Resolves with the arrival time of the output chunk after which `check` first holds
	 * (checked after each chunk from now on, not against the screen as it already is).
	 * Rejects after `timeoutMs`, saying what the screen showed.
	 */
	waitFor(check: ScreenCheck, timeoutMs: number, what: string): Promise<number> {
		return new Promise((resolve, reject) => {
			const waiter: Waiter = {
				check,
				resolve: at => {
					clearTimeout(timer);
					resolve(at);
				},
			};
			const timer = setTimeout(() => {
				this.waiters.delete(waiter);
				const shown = this.screen()
					.rows.filter(row => row.trim())
					.slice(0, 6)
					.join(' | ');
				reject(
					new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen shows: ${shown || '(nothing)'}`),
				);
			}, timeoutMs);
			this.waiters.add(waiter);
		});
	}

	/** Resolves once no output has arrived for `quietMs`, with the arrival time of the last output. */
	async waitQuiet(quietMs: number): Promise<number | undefined> {
		for (;;) {
			const last = this.lastOutputAt ?? this.startedAt;
			const silent = performance.now() - last;
			if (silent >= quietMs) return this.lastOutputAt;
			await sleep(quietMs - silent + 1);
		}
	}

	write(data: string): void {
		this.child.write(data);
	}

	/** Asks the program to quit with `keys`, and kills it if it has not exited within `graceMs`. */
	async close(keys = 'q', graceMs = 3000): Promise<void> {
		if (this.exitedAt === undefined) {
			this.write(keys);
			const timer = setTimeout(() => this.kill(), graceMs);
			await this.exited;
			clearTimeout(timer);
		}
		this.terminal.dispose();
	}

	kill(): void {
		if (this.exitedAt === undefined) {
			try {
				this.child.kill('SIGKILL');
			} catch {
				// Already gone.
			}
		}
	}
}

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * The environment a user's terminal would give: TERM=xterm-256color, and none of the variables that
 * change what the app draws (CI makes Ink draw only at exit; NO_COLOR/FORCE_COLOR change chalk) or
 * how node starts (NODE_OPTIONS, e.g. a tsx loader inherited from this process; npm's variables).
 */
export function terminalEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
	const dropped =
		/^(CI|CONTINUOUS_INTEGRATION|NODE_OPTIONS|NODE_ENV|NO_COLOR|FORCE_COLOR|COLORTERM|TERM_PROGRAM|BRIEFING_DATA|npm_.*|INIT_CWD)$/i;
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(base)) if (value !== undefined && !dropped.test(key)) env[key] = value;
	env['TERM'] = 'xterm-256color';
	return env;
}
