import {
	accessSync,
	constants,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	type Stats,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {DEFAULT_LIMIT, DEFAULT_TIMEOUT_SECONDS, type IngestOptions} from '../command-line.js';
import {safeJson} from '../format/json.js';
import {slug} from '../ingest/draft/sides.js';
import {draftBriefing} from '../ingest/index.js';
import {formatProblem, UsageError, UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {describeFileError} from '../model/text-file.js';
import {truncate} from '../view/text.js';
import {sameArticle} from '../web/article-url.js';
import {newestItems} from '../web/feeds.js';
import {type FetchOptions, showUrl} from '../web/fetch.js';
import {createPool, type Pool} from '../web/pool.js';
import {type ArticleInput, type Opened, openFile, openFolder, openStdin, openUrl, sourceKind} from '../web/sources.js';

// `briefing ingest SOURCE... [-o PATH] [--force]` (and, through ingestInto, `briefing add`). One article
// without -o is printed; anything else is written into a folder, each draft atomically (a temporary file
// in the same folder, then a rename or link), never over an existing file without --force, never left
// half-written. In a batch a failure is reported in one line and the others go on.

export {MAX_ARTICLE_BYTES} from '../web/sources.js';

export type IngestIo = {
	readonly stdout: {write(text: string): unknown};
	readonly stderr: {write(text: string): unknown; isTTY?: boolean; columns?: number};
	readonly stdin: AsyncIterable<Uint8Array | string> & {isTTY?: boolean};
	/** The time a source is read, as ISO 8601 (default: now). */
	readonly now?: () => string;
	/** Whether a path exists (default: the file system). */
	readonly exists?: (file: string) => boolean;
	/** How long one article may take (default ARTICLE_TIME_LIMIT_MS), and the clock in ms that measures it (tests). */
	readonly timeLimitMs?: number;
	readonly clock?: () => number;
};

/** An article that takes longer is given up on with a message; a batch goes on with the next. */
export const ARTICLE_TIME_LIMIT_MS = 10_000;

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

const show = (file: string) => sanitizeLine(file);

/** Writes `data` to `target` through a temporary file in the same folder; refuses to replace a file unless `force`. */
export function writeAtomically(target: string, data: string, force: boolean): void {
	const folder = path.dirname(target);
	// The target's name, shortened: a long name (a CJK headline is three bytes a character) plus the suffix must stay
	// within the file system's 255 bytes.
	const stem = [...path.basename(target)].slice(0, 40).join('');
	const temporary = path.join(folder, `.${stem}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
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

/** An output folder that can be written to, created (with its parents) when missing; else a UserError saying why not. */
export function prepareOutputFolder(folder: string): void {
	let stats: Stats;
	try {
		stats = statSync(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
			throw new UserError(`${show(folder)}: ${describeFileError(error)}`);
		try {
			mkdirSync(folder, {recursive: true});
		} catch (made) {
			throw new UserError(`${show(folder)}: cannot create the folder: ${describeFileError(made)}`);
		}
		return;
	}
	if (!stats.isDirectory()) throw new UserError(`${show(folder)}: is not a folder`);
	try {
		accessSync(folder, constants.W_OK);
	} catch {
		throw new UserError(`${show(folder)}: permission denied (cannot write drafts there)`);
	}
}

/** The folder a single output file goes in must exist: a typo in -o should not create folders. */
export function checkParentFolder(folder: string): void {
	let stats: Stats;
	try {
		stats = statSync(folder);
	} catch (error) {
		const cause = describeFileError(error);
		throw new UserError(`${show(folder)}: ${cause === 'no such file' ? 'no such folder (create it first)' : cause}`);
	}
	if (!stats.isDirectory()) throw new UserError(`${show(folder)}: is not a folder`);
}

type Draft = {
	json: string;
	headline: string;
	url: string | undefined;
	quotes: number;
	speakers: number;
	warnings: readonly string[];
};

function draftOf(article: ArticleInput, io: IngestIo): Draft {
	try {
		const {briefing, warnings} = draftBriefing(article.text, {
			...article.options,
			timeLimitMs: io.timeLimitMs ?? ARTICLE_TIME_LIMIT_MS,
			...(io.clock ? {now: io.clock} : {}),
		});
		return {
			// Escaped so that nothing in a draft can act on a terminal it is shown on.
			json: safeJson(briefing),
			headline: briefing.headline,
			url: briefing.source.url,
			quotes: briefing.quotes.length,
			speakers: briefing.speakers.length,
			warnings,
		};
	} catch (error) {
		// Every message names the article it is about.
		const message = error instanceof Error ? error.message : String(error);
		const name = /^https?:/i.test(article.name) ? showUrl(article.name) : show(article.name);
		if (error instanceof UserError) throw new UserError(`${name}: ${message}`);
		throw new UserError(`${name}: internal error: ${sanitizeLine(message)}`);
	}
}

/** A failure's message for standard error: the problems of a UserError, else an internal error naming `name`. */
export function messageOf(error: unknown, name: string): string {
	if (error instanceof UserError)
		return error.problems.length > 0 ? error.problems.map(formatProblem).join('\n') : error.message;
	return `${show(name)}: internal error: ${sanitizeLine(error instanceof Error ? error.message : String(error))}`;
}

export type Naming = {
	/** Draft names: from the file name where there is one ("file"), or always from the headline ("headline"). */
	readonly from: 'file' | 'headline';
	/** Never replace a file: take the next free name (NAME-2.json) instead of failing. */
	readonly neverOverwrite: boolean;
	/** What the summary calls the folder. */
	readonly folderName?: string;
	/** The verb of the summary: "drafted" (ingest), "added" (add). */
	readonly verb?: string;
};

/** Names unique within one run and one folder, compared without case (case-insensitive file systems). */
class Names {
	private readonly taken = new Set<string>();
	private readonly onDisk: Set<string>;

	constructor(
		private readonly folder: string,
		avoidDisk: boolean,
	) {
		this.onDisk = new Set(avoidDisk ? safeList(folder).map(name => name.toLowerCase()) : []);
	}

	reserve(stem: string): string {
		for (let n = 1; ; n++) {
			const name = `${n === 1 ? stem : `${stem}-${n}`}.json`;
			const key = name.toLowerCase();
			if (this.taken.has(key) || this.onDisk.has(key)) continue;
			this.taken.add(key);
			return path.join(this.folder, name);
		}
	}
}

function safeList(folder: string): string[] {
	try {
		return readdirSync(folder);
	} catch {
		return [];
	}
}

/** The source URLs of the drafts already in a folder, so that a feed ingested again skips what it has. */
function draftedUrls(folder: string): Map<string, string> {
	const urls = new Map<string, string>();
	for (const name of safeList(folder)) {
		if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
		try {
			const text = readFileSync(path.join(folder, name), 'utf8');
			if (!text.includes('"url"')) continue;
			const url = (JSON.parse(text) as {source?: {url?: unknown}}).source?.url;
			if (typeof url === 'string') urls.set(sameArticle(url), name);
		} catch {
			// Not a briefing, or unreadable: nothing to skip for it.
		}
	}
	return urls;
}

type Job = {label: string; host: string | undefined; url: string | undefined; open: () => Promise<Opened> | Opened};

const hostOf = (url: string) => {
	try {
		return new URL(url).host;
	} catch {
		return '';
	}
};

/** The progress line: bar, done/total, failures so far, the current item; measured in terminal cells. */
export function progressLine(done: number, total: number, failed: number, name: string, columns: number): string {
	const width = 20;
	const filled = Math.round((done / Math.max(1, total)) * width);
	const failures = failed > 0 ? ` · ${failed} failed` : '';
	const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${failures} ${show(name)}`;
	return `\r\u001b[2K${truncate(text, Math.max(10, columns - 1))}`;
}

/** `briefing ingest`: returns the exit code; bad input and usage are thrown as UserError/UsageError. */
export async function runIngest(options: IngestOptions, io: IngestIo = processIo): Promise<number> {
	const fetchOptions: FetchOptions = {timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000};
	const single = options.inputs.length === 1;
	if (!single && !options.output)
		throw new UsageError('briefing ingest: several sources need -o DIR, the folder to write the drafts to');

	if (single) {
		const input = options.inputs[0]!;
		if (input !== '-' && isFolder(input)) {
			if (!options.output)
				throw new UsageError(
					'briefing ingest: a folder of articles needs -o OUTDIR, the folder to write the drafts to',
				);
			prepareOutputFolder(options.output);
		}
		const opened = await openSource(input, io, fetchOptions);
		// `-o drafts/` names a folder even before it exists.
		const toFolder =
			opened.kind !== 'article' ||
			(options.output !== undefined && (isFolder(options.output) || /[\\/]$/.test(options.output)));
		if (opened.kind === 'article' && !toFolder) return writeSingle(opened.article, options, io);
		if (!options.output)
			throw new UsageError(
				opened.kind === 'feed'
					? `briefing ingest: a feed has many articles: name a folder for the drafts with -o DIR`
					: 'briefing ingest: a folder of articles needs -o OUTDIR, the folder to write the drafts to',
			);
		return ingestInto([opened], options.output, options, io, {from: 'file', neverOverwrite: false});
	}
	const {opened, failed} = await openAll(options.inputs, io, fetchOptions);
	return ingestInto(opened, options.output!, options, io, {from: 'file', neverOverwrite: false}, failed);
}

/**
 * Opens several sources (URLs a few at a time, as feed items are), in the order given; each that fails is
 * reported in its line on standard error and counted.
 */
export async function openAll(
	inputs: readonly string[],
	io: IngestIo,
	fetchOptions: FetchOptions,
): Promise<{opened: Opened[]; failed: number}> {
	const pool = createPool(4, 2);
	let failed = 0;
	const results = await Promise.all(
		inputs.map(async input => {
			try {
				const open = () => openSource(input, io, fetchOptions);
				return await (sourceKind(input, io.exists ?? exists) === 'url' ? pool.run(hostOf(input), open) : open());
			} catch (error) {
				failed++;
				io.stderr.write(`${messageOf(error, input)}\n`);
				return undefined;
			}
		}),
	);
	return {opened: results.filter((result): result is Opened => result !== undefined), failed};
}

/** Opens one source: standard input, a URL, a folder or a file. */
export async function openSource(input: string, io: IngestIo, fetchOptions: FetchOptions): Promise<Opened> {
	const now = io.now ?? (() => new Date().toISOString());
	const kind = sourceKind(input, io.exists ?? exists);
	if (kind === 'stdin') {
		if (io.stdin.isTTY) io.stderr.write('reading the article from standard input; end with Ctrl+D\n');
		return openStdin(io.stdin, now);
	}
	if (kind === 'url') return openUrl(input, fetchOptions);
	if (isFolder(input)) return openFolder(input);
	return openFile(input, now);
}

function writeSingle(article: ArticleInput, options: IngestOptions, io: IngestIo): number {
	const draft = draftOf(article, io);
	const name = /^https?:/i.test(article.name) ? showUrl(article.name) : show(article.name);
	for (const warning of draft.warnings) io.stderr.write(`${name}: ${warning}\n`);
	if (!options.output) {
		io.stdout.write(draft.json);
		return 0;
	}
	const target = options.output;
	checkParentFolder(path.dirname(path.resolve(target)));
	writeAtomically(target, draft.json, options.force);
	io.stderr.write(
		`${show(target)}: draft written (${draft.quotes} quotations and reported statements, ${draft.speakers} speakers)\n`,
	);
	return 0;
}

type BatchOptions = Pick<IngestOptions, 'force' | 'limit' | 'timeoutMs'>;

/**
 * Drafts every article of the opened sources into `folder` (created when missing): folders' files, feeds'
 * items (newest first, at most `limit`, fetched at most four at once and two per host) and single
 * articles. Prints failures as they happen, progress on a terminal, and a summary; returns the exit code.
 */
export async function ingestInto(
	opened: readonly Opened[],
	folder: string,
	options: BatchOptions,
	io: IngestIo,
	naming: Naming,
	failedBefore = 0,
): Promise<number> {
	prepareOutputFolder(folder);
	const now = io.now ?? (() => new Date().toISOString());
	const fetchOptions: FetchOptions = {timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000};
	const interactive = Boolean(io.stderr.isTTY);
	const columns = io.stderr.columns ?? 80;
	const known = options.force ? new Map<string, string>() : draftedUrls(folder);
	const names = new Names(folder, naming.neverOverwrite);
	const pool: Pool = createPool(4, 2);

	const jobs: Job[] = [];
	const warnings: string[] = [];
	for (const source of opened) {
		if (source.kind === 'article')
			jobs.push({label: source.article.name, host: undefined, url: undefined, open: () => source});
		else if (source.kind === 'folder')
			for (const file of source.files)
				jobs.push({label: path.basename(file), host: undefined, url: undefined, open: () => openFile(file, now)});
		else
			for (const item of newestItems(source.feed, options.limit ?? DEFAULT_LIMIT)) {
				const label = item.url ?? item.title ?? 'an item';
				if (!item.url || !/^https?:$/i.test(new URL(item.url).protocol)) {
					warnings.push(
						`${showUrl(source.name)}: skipped ${item.url ? `${showUrl(item.url)} (not an http(s) link)` : `"${item.title ?? 'an item'}" (it has no link)`}`,
					);
					continue;
				}
				const url = item.url;
				jobs.push({label, host: hostOf(url), url, open: () => openUrl(url, fetchOptions)});
			}
	}
	for (const warning of warnings) io.stderr.write(`${warning}\n`);
	if (jobs.length === 0 && failedBefore === 0) throw new UserError('nothing to draft: the sources have no articles');

	let done = 0;
	let failed = failedBefore;
	let written = 0;
	let skipped = 0;
	let quotes = 0;
	let current = '';
	const drawProgress = () => {
		if (interactive) io.stderr.write(progressLine(done, jobs.length, failed, current, columns));
	};
	const report = (message: string) => {
		if (interactive) io.stderr.write('\r\u001b[2K');
		io.stderr.write(`${message}\n`);
		drawProgress();
	};
	const seen = new Set<string>();
	const alreadyThere = (urls: readonly string[]) =>
		urls.some(url => known.has(sameArticle(url)) || seen.has(sameArticle(url)));

	const runJob = async (job: Job) => {
		current = job.label;
		drawProgress();
		try {
			if (job.url && alreadyThere([job.url])) {
				skipped++;
				return;
			}
			const result = await job.open();
			if (result.kind !== 'article')
				throw new UserError(`${show(job.label)}: is a ${result.kind}, not an article (name it as a source of its own)`);
			const {article} = result;
			if (alreadyThere(article.urls)) {
				skipped++;
				return;
			}
			for (const url of article.urls) seen.add(sameArticle(url));
			const draft = draftOf(article, io);
			if (draft.url) seen.add(sameArticle(draft.url));
			const stem = naming.from === 'file' && article.fileStem ? article.fileStem : slug(draft.headline, 'story');
			writeAtomically(names.reserve(stem), draft.json, options.force && !naming.neverOverwrite);
			written++;
			quotes += draft.quotes;
		} catch (error) {
			failed++;
			report(messageOf(error, job.label));
		} finally {
			done++;
		}
	};

	// Pages are fetched in the background, a few at a time; files are read and drafted one by one meanwhile.
	const remote = Promise.all(
		jobs.filter(job => job.host !== undefined).map(job => pool.run(job.host!, () => runJob(job))),
	);
	for (const job of jobs) if (job.host === undefined) await runJob(job);
	await remote;
	current = '';
	drawProgress();
	if (interactive) io.stderr.write('\r\u001b[2K');
	const total = jobs.length + failedBefore;
	const parts = [
		`${naming.verb ?? 'drafted'} ${written} of ${total} ${total === 1 ? 'article' : 'articles'} into ${show(naming.folderName ?? folder)} (${quotes} quotations and reported statements)`,
	];
	if (skipped > 0) parts.push(`${skipped} already there, skipped (--force drafts them again)`);
	if (failed > 0) parts.push(`${failed} failed (above)`);
	io.stderr.write(`${parts.join('; ')}\n`);
	return failed > 0 ? 1 : 0;
}
