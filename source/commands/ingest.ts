import {
	accessSync,
	constants,
	linkSync,
	readdirSync,
	renameSync,
	type Stats,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type {IngestOptions} from '../command-line.js';
import {safeJson} from '../format/json.js';
import {draftBriefing} from '../ingest/index.js';
import {formatProblem, UsageError, UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {decodeText, describeFileError, formatBytes, readTextFile, type TextResult} from '../model/text-file.js';

// `briefing ingest ARTICLE.txt|- [-o OUT.json] [--force]` and `briefing ingest DIR -o OUTDIR`.
// Drafts go to stdout or are written atomically (a temporary file in the same folder, then a
// rename), never over an existing file without --force, never left half-written.

/** News articles are kilobytes; two megabytes of text is not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const WHAT = 'the plain text of a news article';

export type IngestIo = {
	readonly stdout: {write(text: string): unknown};
	readonly stderr: {write(text: string): unknown; isTTY?: boolean; columns?: number};
	readonly stdin: AsyncIterable<Uint8Array | string>;
	/** The date to use when an article names none (default: today). */
	readonly today?: string;
	/** How long one article may take (default ARTICLE_TIME_LIMIT_MS), and the clock that measures it (tests). */
	readonly timeLimitMs?: number;
	readonly now?: () => number;
};

/** An article that takes longer is given up on with a message; a folder ingest goes on with the next. */
export const ARTICLE_TIME_LIMIT_MS = 10_000;

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

const show = (file: string) => sanitizeLine(file);

async function readStdin(stdin: IngestIo['stdin']): Promise<TextResult> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of stdin) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		if (size > MAX_ARTICLE_BYTES)
			return {
				ok: false,
				problem: {
					file: 'standard input',
					message: `is too large (more than ${formatBytes(MAX_ARTICLE_BYTES)}, the limit)`,
				},
			};
		chunks.push(bytes);
	}
	return decodeText(Buffer.concat(chunks), 'standard input', WHAT);
}

function readArticle(file: string): TextResult {
	return readTextFile(file, {maxBytes: MAX_ARTICLE_BYTES, what: WHAT});
}

/** Writes `data` to `target` through a temporary file in the same folder; refuses to replace a file unless `force`. */
export function writeAtomically(target: string, data: string, force: boolean): void {
	const folder = path.dirname(target);
	const temporary = path.join(
		folder,
		`.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
	);
	try {
		writeFileSync(temporary, data, {flag: 'wx'});
		if (force) renameSync(temporary, target);
		else {
			// A hard link fails if the target exists, so a file that appears meanwhile is not replaced either.
			try {
				linkSync(temporary, target);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'EEXIST') throw new UserError(`${show(target)}: already exists (use --force to overwrite it)`);
				if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
				if (exists(target)) throw new UserError(`${show(target)}: already exists (use --force to overwrite it)`);
				renameSync(temporary, target);
			}
		}
	} catch (error) {
		if (error instanceof UserError) throw error;
		throw new UserError(
			`${show(target)}: cannot write the draft: ${describeFileError(error).replace(/^cannot be read /, '')}`,
		);
	} finally {
		try {
			unlinkSync(temporary);
		} catch {
			// Already renamed, or never created.
		}
	}
}

function exists(file: string): boolean {
	try {
		statSync(file);
		return true;
	} catch {
		return false;
	}
}

function isFolder(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/** An output folder that exists and can be written to, or a UserError saying what is wrong with it. */
function checkOutputFolder(folder: string): void {
	let stats: Stats;
	try {
		stats = statSync(folder);
	} catch (error) {
		const cause = describeFileError(error);
		throw new UserError(`${show(folder)}: ${cause === 'no such file' ? 'no such folder (create it first)' : cause}`);
	}
	if (!stats.isDirectory()) throw new UserError(`${show(folder)}: is not a folder`);
	try {
		accessSync(folder, constants.W_OK);
	} catch {
		throw new UserError(`${show(folder)}: permission denied (cannot write drafts there)`);
	}
}

function draftJson(
	text: string,
	io: IngestIo,
	name: string,
): {json: string; quotes: number; speakers: number; warnings: readonly string[]} {
	const {briefing, warnings} = draftBriefing(text, {
		...(io.today ? {today: io.today} : {}),
		...(io.now ? {now: io.now} : {}),
		timeLimitMs: io.timeLimitMs ?? ARTICLE_TIME_LIMIT_MS,
		name,
	});
	return {
		json: safeJson(briefing),
		quotes: briefing.quotes.length,
		speakers: briefing.speakers.length,
		warnings,
	};
}

/** `briefing ingest`: returns the exit code; bad input and usage are thrown as UserError/UsageError. */
export async function runIngest(options: IngestOptions, io: IngestIo = processIo): Promise<number> {
	const input = options.inputs[0]!;
	if (input !== '-' && isFolder(input)) return ingestFolder(input, options, io);

	const read = input === '-' ? await readStdin(io.stdin) : readArticle(input);
	if (!read.ok) throw UserError.fromProblems([read.problem]);
	const name = input === '-' ? 'standard input' : input;
	const draft = draftJson(read.text, io, name);
	for (const warning of draft.warnings) io.stderr.write(`${show(name)}: ${warning}\n`);

	if (!options.output) {
		io.stdout.write(draft.json);
		return 0;
	}
	let target = options.output;
	if (isFolder(target)) {
		if (input === '-')
			throw new UsageError('briefing ingest: -o names a folder; name the output file when reading standard input');
		target = path.join(target, `${path.basename(input).replace(/\.[^.]*$/, '')}.json`);
	} else checkOutputFolder(path.dirname(path.resolve(target)));
	writeAtomically(target, draft.json, options.force);
	io.stderr.write(
		`${show(target)}: draft written (${draft.quotes} quotations and reported statements, ${draft.speakers} speakers)\n`,
	);
	return 0;
}

function progressLine(done: number, total: number, name: string, columns: number): string {
	const width = 20;
	const filled = Math.round((done / Math.max(1, total)) * width);
	const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${show(name)}`;
	return `\r\u001b[2K${text.slice(0, Math.max(10, columns - 1))}`;
}

async function ingestFolder(folder: string, options: IngestOptions, io: IngestIo): Promise<number> {
	if (!options.output)
		throw new UsageError('briefing ingest: a folder of articles needs -o OUTDIR, the folder to write the drafts to');
	checkOutputFolder(options.output);
	let names: string[];
	try {
		names = readdirSync(folder)
			.filter(name => name.toLowerCase().endsWith('.txt'))
			.sort();
	} catch (error) {
		throw new UserError(`${show(folder)}: ${describeFileError(error)}`);
	}
	if (names.length === 0) throw new UserError(`${show(folder)}: no articles (*.txt) in this folder`);

	const interactive = Boolean(io.stderr.isTTY);
	const columns = io.stderr.columns ?? 80;
	const failures: string[] = [];
	let written = 0;
	let quotes = 0;
	for (const [index, name] of names.entries()) {
		if (interactive) io.stderr.write(progressLine(index, names.length, name, columns));
		const file = path.join(folder, name);
		const target = path.join(options.output, `${name.replace(/\.txt$/i, '')}.json`);
		try {
			const read = readArticle(file);
			if (!read.ok) throw UserError.fromProblems([read.problem]);
			const draft = draftJson(read.text, io, file);
			writeAtomically(target, draft.json, options.force);
			written++;
			quotes += draft.quotes;
		} catch (error) {
			const message =
				error instanceof UserError
					? error.problems.length > 0
						? error.problems.map(formatProblem).join('\n')
						: error.message
					: `${show(file)}: internal error: ${sanitizeLine(error instanceof Error ? error.message : String(error))}`;
			failures.push(message);
			if (!interactive) io.stderr.write(`${message}\n`);
		}
	}
	if (interactive) {
		io.stderr.write(`${progressLine(names.length, names.length, '', columns)}\r\u001b[2K`);
		for (const failure of failures) io.stderr.write(`${failure}\n`);
	}
	const failed = failures.length > 0 ? `; ${failures.length} failed` : '';
	const counted = `${quotes} quotations and reported statements`;
	io.stderr.write(
		`ingested ${written} of ${names.length} articles into ${show(options.output)} (${counted})${failed}\n`,
	);
	return failures.length > 0 ? 1 : 0;
}
