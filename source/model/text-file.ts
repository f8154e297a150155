import {isUtf8} from 'node:buffer';
import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import {fileSystemPath} from './file-names.js';
import type {Problem} from './problems.js';

export type TextResult = {ok: true; text: string} | {ok: false; problem: Problem};

const MEGABYTE = 1024 * 1024;

/** Sizes people understand: "31.5 MB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < MEGABYTE) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

/** Offsets to 1-based line and column, for messages about a place in a text. */
export class LineIndex {
	private readonly starts: number[] = [0];

	constructor(text: string) {
		for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
			this.starts.push(index + 1);
	}

	at(offset: number): {line: number; column: number} {
		let low = 0;
		// Stryker disable next-line ArithmeticOperator: a start past the last is undefined, never <= offset
		let high = this.starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.starts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return {line: low + 1, column: offset - this.starts[low]! + 1};
	}
}

function problem(file: string, message: string, offset?: {line: number; column: number}): TextResult {
	return {ok: false, problem: {file, message, ...offset}};
}

/** UTF-16 without a BOM: a NUL beside every ASCII character, always on the same side (odd bytes LE, even bytes BE). */
function looksUtf16(bytes: Uint8Array): boolean {
	const pairs = Math.min(bytes.length, 200) >> 1;
	let even = 0;
	let odd = 0;
	for (let index = 0; index < pairs * 2; index += 2) {
		if (bytes[index] === 0) even++;
		if (bytes[index + 1] === 0) odd++;
	}
	const [more, fewer] = even > odd ? [even, odd] : [odd, even];
	// A third of the characters ASCII, and NULs on the other side rare (U+0100, U+3000…): a run of zeros is binary.
	return pairs > 0 && more * 3 >= pairs && fewer * 4 <= more;
}

/**
 * Where, in the lossily decoded text, the first invalid byte was: a U+FFFD that the file itself spelled (EF BF BD) is
 * text, not the error.
 */
function firstInvalidUtf8(bytes: Uint8Array, lossy: string): number {
	let offset = 0; // bytes[offset] is where lossy[from] came from: everything before the first invalid byte is UTF-8
	let from = 0;
	for (let index = lossy.indexOf('\ufffd'); index !== -1; index = lossy.indexOf('\ufffd', index + 1)) {
		offset += Buffer.byteLength(lossy.slice(from, index));
		from = index;
		if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return index;
	}
	return 0;
}

/** Decodes bytes as UTF-8 text: a UTF-8 BOM is dropped; UTF-16, binary and invalid UTF-8 are explained. */
export function decodeText(bytes: Uint8Array, file: string, what: string): TextResult {
	if (bytes.length === 0) return problem(file, `is empty, expected ${what}`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return problem(file, 'is UTF-16 encoded, expected UTF-8: save it as UTF-8 and try again');
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(start);
	const nul = body.indexOf(0);
	if (nul !== -1) {
		return looksUtf16(body)
			? problem(file, 'looks UTF-16 encoded, expected UTF-8: save it as UTF-8 and try again')
			: problem(file, `is a binary file (a NUL byte at byte ${nul + start}), expected ${what}`);
	}
	// isUtf8 checks natively; a fatal TextDecoder took 60 ms on a 5 MB briefing.
	if (!isUtf8(body)) {
		const lossy = new TextDecoder('utf-8').decode(body);
		return problem(
			file,
			'is not valid UTF-8: save it as UTF-8 and try again',
			new LineIndex(lossy).at(firstInvalidUtf8(body, lossy)),
		);
	}
	const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
	if (text.trim().length === 0) return problem(file, `is empty (only white space), expected ${what}`);
	return {ok: true, text};
}

function tooLarge(file: string, size: number, limit: number): TextResult {
	let found = formatBytes(size);
	let allowed = formatBytes(limit);
	// Just over the limit rounds to the limit ("16.0 MB; the limit is 16.0 MB"): then give exact sizes.
	if (found === allowed)
		[found, allowed] = [size, limit].map(bytes => `${bytes.toLocaleString('en-US')} bytes`) as [string, string];
	return problem(file, `is too large (${found}; the limit is ${allowed})`);
}

/**
 * Opening without blocking, and without making a terminal the program's own: a FIFO (or a device) opened to read
 * would otherwise wait for a writer that may never come.
 */
const OPEN_TO_CHECK = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** Reads a user's text file with a size limit; every failure is a Problem, never a thrown error. */
export function readTextFile(file: string, options: {maxBytes: number; what: string}): TextResult {
	let bytes: Buffer;
	let fd: number | undefined;
	try {
		// Opened once, and checked on what was opened: a check by name, then a read by name, can read something else
		// (a file swapped for a FIFO in between blocked the read for good).
		fd = openSync(fileSystemPath(file), OPEN_TO_CHECK);
		const stats = fstatSync(fd);
		if (stats.isDirectory()) return problem(file, `is a folder, expected ${options.what}`);
		if (!stats.isFile()) return problem(file, `is not a regular file, expected ${options.what}`);
		// Stryker disable next-line ConditionalExpression: the check after the read says the same
		if (stats.size > options.maxBytes) return tooLarge(file, stats.size, options.maxBytes);
		bytes = readFileSync(fd);
	} catch (error) {
		return problem(file, describeFileError(error));
		// Stryker disable next-line BlockStatement: a descriptor left open is a leak no test sees
	} finally {
		// Stryker disable next-line ConditionalExpression: as above
		if (fd !== undefined) closeSync(fd);
	}
	// The file may have grown between stat and read.
	if (bytes.length > options.maxBytes) return tooLarge(file, bytes.length, options.maxBytes);
	return decodeText(bytes, file, options.what);
}

/** What went wrong with a file operation, in words. */
export function describeFileError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder, expected a file';
		case 'ENOTDIR':
			return 'a part of the path is not a folder';
		case 'ELOOP':
			return 'too many symbolic links';
		case 'ENAMETOOLONG':
			return 'the path is too long';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		default:
			return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
	}
}
