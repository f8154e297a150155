// Runs the built CLI in a real pseudo-terminal and reads the screen back the way a person would see it.
//
// The program runs under @lydell/node-pty at a chosen size; everything it writes goes to an
// @xterm/headless terminal of the same size, whose buffer is the "screen". Tests press keys, wait for
// content to appear (never for a fixed time), and can look at the raw bytes for byte-level checks.
//
// Models: vadimdemedes/ink test/helpers/run.ts (an Ink program in a pty) and Shopify/cli
// packages/cli-kit/src/private/node/testing/ui.ts (waiting for input readiness and for content).

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {type IPty, spawn} from '@lydell/node-pty';
import xterm from '@xterm/headless';
import stringWidth from 'string-width';

/** The repository root, and the bundle the tests run (built by `npm test`'s pretest). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** What a named key sends on an xterm-like terminal in normal (not application) cursor mode. */
export const KEYS = {
	Right: '\u001B[C',
	Left: '\u001B[D',
	Up: '\u001B[A',
	Down: '\u001B[B',
	Enter: '\r',
	Escape: '\u001B',
	Backspace: '\u007F',
	PageUp: '\u001B[5~',
	PageDown: '\u001B[6~',
	Home: '\u001B[H',
	End: '\u001B[F',
	Tab: '\t',
	'S-Tab': '\u001B[Z',
	'C-c': '\u0003',
} as const;

/** A named key, or plain characters typed as they are ("j", "?", "2"). */
export type Key = keyof typeof KEYS | (string & {});

/** Ink's synchronized-update brackets: every frame it draws is written between them. */
const BEGIN_FRAME = '\u001B[?2026h';
const END_FRAME = '\u001B[?2026l';

export type Exit = {readonly exitCode: number; readonly signal: number};

export type Wanted = string | RegExp | ((screen: Screen) => boolean);

/** The visible rows of the terminal as text, right-trimmed, top to bottom. */
export type Screen = readonly string[];

export type Session = {
	readonly pty: IPty;
	readonly terminal: InstanceType<typeof xterm.Terminal>;
	readonly columns: number;
	readonly rows: number;
	/** The visible rows as text (what has been parsed so far: await `flush()` or `waitFor` first). */
	screen(): Screen;
	/** All output of the program so far, as written (escape sequences included). */
	raw(): string;
	/** Resolves when everything received so far has been parsed into the screen. */
	flush(): Promise<void>;
	/** Waits until the screen shows `wanted` in a completely drawn frame; throws with the screen on timeout. */
	waitFor(wanted: Wanted, timeout?: number): Promise<Screen>;
	/** Types keys, in order, without waiting for anything. */
	press(...keys: Key[]): void;
	/** Resizes the pseudo-terminal (the program gets SIGWINCH) and the screen model. */
	resize(columns: number, rows: number): void;
	/** Resolves with how the program ended. */
	exit(timeout?: number): Promise<Exit>;
	/** Whether the program has ended. */
	exited(): boolean;
	/** Sends a signal to the process group (the default) or to the program's own process. */
	kill(signal?: NodeJS.Signals): void;
};

export type StartOptions = {
	columns?: number;
	rows?: number;
	/** Extra environment: a value of undefined removes the variable. */
	env?: Record<string, string | undefined>;
	/**
	 * Run the CLI under `sh -c`, then `stty -a`, so the terminal's state after exit can be checked (see
	 * `terminalRestored`).
	 */
	sttyAfter?: boolean;
	/** Send the program's standard error to this file (to read what it wrote after its terminal was closed). */
	stderrTo?: string;
	/**
	 * Run the CLI from an interactive bash with job control, typed at its prompt (`shell$ `), as a user would: the
	 * shell is there to report a stopped program and to continue it with `fg`.
	 */
	inShell?: boolean;
	/**
	 * Lines a shell prints before it runs the CLI, as when a person starts it below earlier output
	 * (`npm start`, a previous command): the program then starts with the cursor low on the screen.
	 */
	earlierOutput?: readonly string[];
	/**
	 * Wait until the screen shows this and the terminal is in raw mode (so keys are not echoed or
	 * line-buffered) before resolving. False: resolve at once (for programs that are not interactive).
	 */
	ready?: Wanted | false;
	timeout?: number;
};

const DEFAULT_TIMEOUT = 20_000;
const live = new Set<Session>();

/**
 * The environment of a program under test: this one's, minus anything that tells Ink it runs in CI
 * (Ink then prints nothing until exit) or tells chalk how to colour (chalk drops colours for CI=false
 * too), with TERM=xterm-256color.
 */
export function terminalEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
	const env: Record<string, string | undefined> = {...process.env};
	for (const name of Object.keys(env))
		if (
			name === 'CI' ||
			name === 'CONTINUOUS_INTEGRATION' ||
			name.startsWith('CI_') ||
			name === 'BUILD_NUMBER' ||
			name === 'RUN_ID'
		)
			delete env[name];
	for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLORTERM', 'TERM_PROGRAM', 'BRIEFING_DATA']) delete env[name];
	// The user's own library (~/.local/share/briefing) is not the tests' business: point it at a folder that is not there.
	Object.assign(
		env,
		{TERM: 'xterm-256color', LANG: env['LANG'] ?? 'C.UTF-8', XDG_DATA_HOME: '/nonexistent/briefing-tests'},
		extra,
	);
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const ZERO_WIDTH_JOINER = 0x200d;
const EMOJI_PRESENTATION = 0xfe0f;
const isSkinTone = (codePoint: number) => codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
/** Join states carried from one code point to the next. */
const AFTER_JOINER = 1;
const AFTER_LONE_FLAG_HALF = 2;

/**
 * Character widths of a present-day terminal (kitty, WezTerm, iTerm2, Windows Terminal, foot): Unicode 15
 * wide characters and emoji take two cells, and an emoji sequence (skin tone, ZWJ, VS16, flag) or a letter
 * with combining marks takes the cells of one character. xterm.js's built-in table is Unicode 6, from
 * before emoji were wide. Per code point the width is string-width's (the East Asian Width and
 * Emoji_Presentation properties); joining follows the grapheme rules that matter for these sequences.
 */
const PRESENT_DAY_WIDTHS = {
	version: 'present-day',
	wcwidth(codePoint: number): 0 | 1 | 2 {
		return Math.min(2, stringWidth(String.fromCodePoint(codePoint))) as 0 | 1 | 2;
	},
	charProperties(codePoint: number, preceding: number): number {
		const own = PRESENT_DAY_WIDTHS.wcwidth(codePoint);
		const previousWidth = (preceding >> 1) & 3;
		const state = preceding >>> 3;
		const pairsFlag = state === AFTER_LONE_FLAG_HALF && isRegionalIndicator(codePoint);
		const joins =
			previousWidth > 0 &&
			(own === 0 || codePoint === ZERO_WIDTH_JOINER || state === AFTER_JOINER || isSkinTone(codePoint) || pairsFlag);
		// A joined code point widens its cell only where it makes the sequence an emoji (VS16, the second half of a flag).
		const width = !joins ? own : codePoint === EMOJI_PRESENTATION || pairsFlag ? 2 : previousWidth;
		const next =
			codePoint === ZERO_WIDTH_JOINER
				? AFTER_JOINER
				: isRegionalIndicator(codePoint) && state !== AFTER_LONE_FLAG_HALF
					? AFTER_LONE_FLAG_HALF
					: 0;
		// xterm.js packs the properties as (state << 3) | (width << 1) | shouldJoin.
		return (next << 3) | (width << 1) | (joins ? 1 : 0);
	},
};

/** The prompt of the shell that `inShell` runs the program from. */
export const SHELL_PROMPT = 'shell$ ';

/** Marks where the output of `stty -a` starts, after the program has ended. */
export const STTY_MARK = '@@stty-after-exit@@';

/** Starts `node dist/cli.js …args` in a pseudo-terminal. Stop it with `stopAll` in afterEach/afterAll. */
export async function start(args: readonly string[], options: StartOptions = {}): Promise<Session> {
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const timeout = options.timeout ?? DEFAULT_TIMEOUT;
	const [file, argv] = options.inShell
		? ['bash', ['--norc', '--noprofile', '-i']]
		: options.stderrTo
			? ['sh', ['-c', 'exec "$@" 2>"$0"', options.stderrTo, process.execPath, CLI, ...args]]
			: options.sttyAfter
				? [
						'sh',
						// The program's exit status is passed on; stty reports the state the program left the tty in.
						[
							'-c',
							`"$@"; status=$?; printf '\\n%s\\n' '${STTY_MARK}'; stty -a; exit $status`,
							'sh',
							process.execPath,
							CLI,
							...args,
						],
					]
				: options.earlierOutput
					? [
							'sh',
							[
								'-c',
								`printf '%s\\n' "$0"; exec "$@"`,
								options.earlierOutput.join('\n'),
								process.execPath,
								CLI,
								...args,
							],
						]
					: [process.execPath, [CLI, ...args]];
	const env = terminalEnv({...(options.inShell ? {PS1: SHELL_PROMPT, HISTFILE: '/dev/null'} : {}), ...options.env});
	// node-pty sets TERM to `name`.
	const pty = spawn(file, argv, {name: env['TERM'] ?? 'xterm-256color', cols: columns, rows, cwd: ROOT, env});
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	terminal.unicode.register(PRESENT_DAY_WIDTHS);
	terminal.unicode.activeVersion = PRESENT_DAY_WIDTHS.version;

	let output = '';
	let ended: Exit | undefined;
	const waiters = new Set<() => void>();
	// A write to the pty blocks while the program's input buffer (4 KB) is full, and the program, writing a frame,
	// blocks while nobody reads its output: one long write could hold both up for good. So a long text goes in
	// pieces, each in its own turn of the event loop (the output read in between), and later keys queue behind it.
	let typing: Promise<void> | undefined;
	const PIECE = 1024;
	const typeIn = (data: string) => {
		if (!typing && data.length <= PIECE) {
			pty.write(data);
			return;
		}
		let queue = typing ?? Promise.resolve();
		for (let at = 0; at < data.length; at += PIECE) {
			const piece = data.slice(at, at + PIECE);
			queue = queue.then(() => new Promise<void>(resolve => setImmediate(() => resolve(pty.write(piece)))));
		}
		const done = queue.then(() => {
			if (typing === done) typing = undefined;
		});
		typing = done;
	};
	const wake = () => {
		for (const waiter of waiters) waiter();
	};
	pty.onData(data => {
		output += data;
		terminal.write(data);
		wake();
	});
	const exitPromise = new Promise<Exit>(resolve => {
		pty.onExit(({exitCode, signal}) => {
			ended = {exitCode, signal: signal ?? 0};
			resolve(ended);
			wake();
		});
	});

	const flush = () => new Promise<void>(resolve => terminal.write('', resolve));
	const screen = (): Screen => {
		const buffer = terminal.buffer.active;
		return Array.from(
			{length: terminal.rows},
			(_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '',
		);
	};
	/** A frame is complete when Ink has closed every synchronized update it opened. */
	const frameComplete = () => output.lastIndexOf(BEGIN_FRAME) <= output.lastIndexOf(END_FRAME);
	const matches = (wanted: Wanted, shown: Screen) =>
		typeof wanted === 'string'
			? shown.some(line => line.includes(wanted))
			: wanted instanceof RegExp
				? wanted.test(shown.join('\n'))
				: wanted(shown);

	const session: Session = {
		pty,
		terminal,
		get columns() {
			return terminal.cols;
		},
		get rows() {
			return terminal.rows;
		},
		screen,
		raw: () => output,
		flush,
		async waitFor(wanted, wait = timeout) {
			const deadline = Date.now() + wait;
			let quietAfterExit = 0;
			for (;;) {
				await flush();
				const shown = screen();
				if (frameComplete() && matches(wanted, shown)) return shown;
				const left = deadline - Date.now();
				// Once the program has ended and a last quiet moment passed, nothing more will come.
				if (ended) quietAfterExit++;
				if (left <= 0 || quietAfterExit > 2)
					throw new Error(
						`Timed out waiting for ${describe(wanted)}${ended ? ` (the program ended: ${JSON.stringify(ended)})` : ''}; the screen shows:\n${frameText(shown)}`,
					);
				// Wake on new output, or poll now and then (a predicate may read more than the screen).
				await new Promise<void>(resolve => {
					const done = () => {
						clearTimeout(timer);
						waiters.delete(done);
						resolve();
					};
					const timer = setTimeout(done, Math.min(left, 100));
					waiters.add(done);
				});
			}
		},
		press(...keys) {
			for (const key of keys) typeIn(key in KEYS ? KEYS[key as keyof typeof KEYS] : key);
		},
		resize(newColumns, newRows) {
			pty.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		async exit(wait = timeout) {
			let timer: NodeJS.Timeout | undefined;
			const late = new Promise<never>((_, reject) => {
				timer = setTimeout(
					() =>
						reject(new Error(`The program did not exit within ${wait} ms; the screen shows:\n${frameText(screen())}`)),
					wait,
				);
			});
			try {
				const result = await Promise.race([exitPromise, late]);
				await flush();
				return result;
			} finally {
				clearTimeout(timer);
			}
		},
		exited: () => ended !== undefined,
		kill(signal = 'SIGTERM') {
			if (ended) return;
			try {
				process.kill(-pty.pid, signal);
			} catch {
				// Already gone.
			}
		},
	};

	live.add(session);
	void exitPromise.then(() => live.delete(session));
	if (options.inShell) {
		await session.waitFor(SHELL_PROMPT, timeout);
		const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
		session.press(`${[process.execPath, CLI, ...args].map(quote).join(' ')}\r`);
	}
	if (options.ready !== false) {
		await session.waitFor(options.ready ?? (shown => shown.some(line => line.trim() !== '')), timeout);
		await inputReady(session, timeout);
	}
	return session;
}

/**
 * Waits until the program's terminal is in raw mode. Ink turns raw mode on just after its first frame;
 * a key typed before that would be echoed onto the screen and held in the line buffer.
 */
async function inputReady(session: Session, timeout: number): Promise<void> {
	const device = (session.pty as IPty & {ptsName?: string}).ptsName;
	if (!device) return;
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline && !session.exited()) {
		try {
			const settings = execFileSync('stty', ['-F', device, '-a'], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			});
			if (/(^|\s)-icanon(\s|$)/.test(settings)) return;
		} catch {
			return; // No stty that can read another terminal: carry on, the screen was ready.
		}
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}

/** Ends every program still running (the whole process group, so `sh -c` children too). Call in afterEach. */
export async function stopAll(): Promise<void> {
	const sessions = [...live];
	live.clear();
	await Promise.all(
		sessions.map(async session => {
			session.kill('SIGKILL');
			await session.exit(5000).catch(() => undefined);
			session.terminal.dispose();
		}),
	);
}

/** The process ids of a process's children (Linux /proc). */
export function childPids(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {encoding: 'utf8'});
		return out.trim().split(/\s+/).filter(Boolean).map(Number);
	}
}

/** The frame as text with row numbers and the right edge marked, for failure messages. */
export function frameText(shown: Screen): string {
	return shown.map((line, row) => `${String(row).padStart(3)}|${line}`).join('\n');
}

function describe(wanted: Wanted): string {
	return typeof wanted === 'function' ? 'a screen matching the predicate' : JSON.stringify(String(wanted));
}

/**
 * What is wrong with the layout of the screen now: rows that continue a line the terminal had to wrap
 * (the program wrote past the right edge), and a last row that is not free (Ink 6.8 clears the whole
 * screen on every render when the frame is as tall as the terminal).
 */
export function layoutProblems(session: Session): string[] {
	const {terminal} = session;
	const buffer = terminal.buffer.active;
	const problems: string[] = [];
	const cell = buffer.getNullCell();
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		if (!line) continue;
		if (line.isWrapped) problems.push(`row ${row} continues row ${row - 1}: a line ran past column ${terminal.cols}`);
		// Cell by cell: what is drawn must end within the terminal's width. (After the terminal narrows,
		// xterm.js keeps a line's cells past the new width, blank, for a later widening: they do not count.)
		let used = 0;
		for (let column = 0; column < line.length; column++) {
			const drawn = line.getCell(column, cell);
			if (drawn && drawn.getChars() !== '') used = column + drawn.getWidth();
		}
		if (used > terminal.cols) problems.push(`row ${row} is ${used} cells wide, more than ${terminal.cols}`);
	}
	const last = buffer.getLine(buffer.viewportY + terminal.rows - 1)?.translateToString(true) ?? '';
	if (last.trim() !== '') problems.push(`the last row is not free: ${JSON.stringify(last)}`);
	return problems.map(problem => `${session.columns}x${session.rows}: ${problem}`);
}

/** The column (0-based cell index) of every occurrence of `character` in a row of the screen, by cell position. */
export function cellColumns(session: Session, row: number, character: string): number[] {
	const buffer = session.terminal.buffer.active;
	const line = buffer.getLine(buffer.viewportY + row);
	const found: number[] = [];
	if (!line) return found;
	const cell = buffer.getNullCell();
	for (let column = 0; column < line.length; column++)
		if (line.getCell(column, cell)?.getChars() === character) found.push(column);
	return found;
}

/**
 * What is wrong with how the program left the terminal, from its raw output (run with `sttyAfter`):
 * the cursor still hidden, the alternate screen not left, mouse reports still on, the tty not back in canonical
 * mode with echo.
 */
export function terminalRestored(raw: string): string[] {
	const problems: string[] = [];
	const hide = raw.lastIndexOf('\u001B[?25l');
	const show = raw.lastIndexOf('\u001B[?25h');
	if (hide !== -1 && show < hide) problems.push('the cursor was hidden and not shown again');
	const enter = raw.lastIndexOf('\u001B[?1049h');
	const leave = raw.lastIndexOf('\u001B[?1049l');
	if (enter !== -1 && leave < enter) problems.push('the alternate screen was entered and not left');
	const mouseOn = raw.lastIndexOf('\u001B[?1000h');
	if (mouseOn !== -1 && raw.lastIndexOf('\u001B[?1000l') < mouseOn)
		problems.push('mouse reports were asked for and not turned off');
	const mark = raw.lastIndexOf(STTY_MARK);
	if (mark === -1) problems.push('no `stty -a` output after the program (start it with sttyAfter)');
	else {
		const settings = raw.slice(mark);
		const has = (flag: string) => new RegExp(String.raw`(^|\s)${flag}(\s|;|$)`).test(settings);
		for (const flag of ['icanon', 'echo', 'isig']) if (!has(flag)) problems.push(`the terminal was left with -${flag}`);
	}
	return problems;
}
