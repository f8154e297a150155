import {closeSync, readFileSync, readlinkSync} from 'node:fs';

// What briefing does when its output cannot be written. A reader that goes away (`briefing print | head -n 1`) is
// not an error: the program ends quietly. Anything else (a full disk, `>/dev/full`, an I/O error) is one line on
// standard error and exit 1, never a stack trace; and output to a standard output that was closed (`>&-`) is not
// lost in silence.

/** The words for an error code, after "cannot write output: ". */
export function describeWriteError(error: NodeJS.ErrnoException): string {
	switch (error.code) {
		case 'ENOSPC':
			return 'no space left on device';
		case 'EDQUOT':
			return 'disk quota exceeded';
		case 'EFBIG':
			return 'the file is too large';
		case 'EIO':
			return 'input/output error';
		case 'EBADF':
			return 'standard output is closed';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EROFS':
			return 'read-only file system';
		default:
			return `${error.code ?? error.message}`.replace(/[^\x20-\x7e]/g, '');
	}
}

/**
 * Whether standard output was closed when briefing started (`>&-`). Node reopens a closed descriptor 0-2 on
 * /dev/null, read-write, so writes then vanish without an error; a shell's `>/dev/null` opens it write-only. Linux
 * only (/proc); elsewhere this answers false.
 */
export function standardOutputClosed(fd = 1): boolean {
	try {
		if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return false;
		const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
		const O_ACCMODE = 0o3;
		const O_RDWR = 0o2;
		return flags !== null && (Number.parseInt(flags[1]!, 8) & O_ACCMODE) === O_RDWR;
	} catch {
		return false;
	}
}

/** The exit status of a program whose terminal went away: 128 + SIGHUP, as if it had been hung up on. */
export const TERMINAL_GONE_EXIT = 129;

/**
 * Ends the program whose terminal has gone (closed under it), without another write: nothing can be shown, and Node
 * itself, which sets the terminal back to how it found it at exit, aborts (an assertion, then SIGSEGV) when that
 * fails on a terminal that is gone; with the terminal's descriptors closed it leaves them alone.
 */
export function exitTerminalGone(code: number = TERMINAL_GONE_EXIT): never {
	// Writers still holding the streams (Ink, at exit) see them destroyed and write nothing.
	for (const stream of [process.stdout, process.stderr, process.stdin]) stream.destroy();
	for (const fd of [0, 1, 2]) {
		try {
			closeSync(fd);
		} catch {
			// Already closed.
		}
	}
	process.exit(code);
}

/**
 * Handles write errors on stdout and stderr for the whole program: EPIPE ends it quietly (exit status unchanged), any
 * other error says `briefing: cannot write output: …` and exits 1. The first write to a closed stdout does the same,
 * when the output is what the command is for (`closedOutputMatters`: print, a draft on standard output).
 * An I/O error on a terminal means the terminal is gone (closed under the program): nothing more can be shown, so the
 * program exits with TERMINAL_GONE_EXIT without another word.
 */
export function guardStandardStreams(options: {readonly closedOutputMatters: () => boolean}): void {
	const fail = (reason: string): never => {
		try {
			process.stderr.write(`briefing: cannot write output: ${reason}\n`);
		} catch {
			// Standard error is gone too: the exit status is all that is left to tell.
		}
		process.exit(1);
	};
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		if (error.code === 'EIO' && process.stdout.isTTY) exitTerminalGone();
		fail(describeWriteError(error));
	});
	process.stderr.on('error', (error: NodeJS.ErrnoException) => {
		// Nothing can be said about an error on standard error itself.
		process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
	});

	let checked = false;
	const write = process.stdout.write;
	process.stdout.write = function (this: NodeJS.WriteStream, ...args: Parameters<typeof write>) {
		if (!checked) {
			checked = true;
			// A program that throws the output away opens /dev/null read-write too (Node's and Python's
			// "ignore" and DEVNULL): only where the output is what was asked for is a closed one an error.
			if (options.closedOutputMatters() && standardOutputClosed())
				fail('standard output is closed (nothing would be shown)');
		}
		return write.apply(this, args);
	} as typeof write;
}
