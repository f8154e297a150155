import {closeSync, constants, fstatSync, openSync, readdirSync, readSync} from 'node:fs';
import path from 'node:path';
import {alphabetical, byDate} from './alphabetical.js';
import {decodeFileName, fileSystemPath} from './file-names.js';
import {type LoadResult, loadBriefingFile} from './load.js';
import type {Problem} from './problems.js';
import {describeFileError} from './text-file.js';

// A folder of briefings, read lazily: listing the folder costs one readdir; each story is read
// and validated only when the picker first shows it, so a thousand stories open as fast as one.

/** What the picker shows of a story that loads. */
export type StorySummary = {
	readonly headline: string;
	readonly source: string;
	/** YYYY-MM-DD; undefined when the article does not state it. */
	readonly published: string | undefined;
	readonly speakers: number;
	readonly quotes: number;
	readonly sides: readonly string[];
	readonly draft: boolean;
	/** How many articles the story was merged from (1 for a briefing of one article). */
	readonly sources: number;
};

export type LibraryEntry =
	| {readonly file: string; readonly ok: true; readonly summary: StorySummary}
	| {readonly file: string; readonly ok: false; readonly problems: readonly Problem[]};

/** A JSON Schema beside the briefings (data/briefing.schema.json): it describes them, it is not one. */
export function isSchemaFile(name: string): boolean {
	return name.endsWith('.schema.json');
}

/** How much of each file is read to find its publication date for the order of the list. */
const HEAD_BYTES = 8192;
const PUBLISHED = /"source"\s*:\s*\{[^{}]*?"published"\s*:\s*"(\d{4}(?:-\d{2}(?:-\d{2})?)?)"/;

/**
 * The publication date a briefing file states near its top (`source.published`), for ordering the
 * list; undefined when it has none there or cannot be read. Nothing is checked here: the story is
 * read and validated when it is shown. Opened without blocking, and read only if it is a regular file
 * (a FIFO named *.json must not hang the listing).
 */
export function publishedNearTop(file: string): string | undefined {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(fileSystemPath(file), constants.O_RDONLY | constants.O_NONBLOCK);
		// Stryker disable next-line ConditionalExpression: a folder's read throws and a FIFO without a writer reads nothing
		if (!fstatSync(descriptor).isFile()) return undefined;
		const head = Buffer.alloc(HEAD_BYTES);
		const read = readSync(descriptor, head, 0, HEAD_BYTES, 0);
		// Stryker disable next-line OptionalChaining: no match throws here, and the catch gives the same undefined
		return PUBLISHED.exec(head.toString('utf8', 0, read))?.[1];
		// Stryker disable next-line BlockStatement: an emptied catch also ends the function with undefined
	} catch {
		return undefined;
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/**
 * The briefing files in a folder: its *.json files (not the JSON Schema), sorted by name. A name that is not UTF-8 is
 * kept byte for byte (see file-names.ts), so that the file it names can be read.
 */
export function briefingFilesIn(folder: string): string[] {
	return readdirSync(fileSystemPath(folder), {withFileTypes: true, encoding: 'buffer'})
		.filter(entry => entry.isFile() || entry.isSymbolicLink())
		.map(entry => decodeFileName(entry.name))
		.filter(name => name.endsWith('.json') && !isSchemaFile(name))
		.sort(alphabetical)
		.map(name => path.join(folder, name));
}

/** Stories newest first, by the date each states near its top (those without one last), then by name. */
export function newestFirst(files: readonly string[]): string[] {
	return files
		.map(file => ({file, date: publishedNearTop(file) ?? ''}))
		.sort((a, b) => byDate(b.date, a.date) || alphabetical(a.file, b.file))
		.map(entry => entry.file);
}

export type ListResult = {ok: true; files: string[]} | {ok: false; problem: Problem};

/**
 * Lists a story folder (`order`: newest story first, as the picker shows it, or by file name);
 * an unreadable folder is a Problem, not an exception.
 */
export function listLibrary(folder: string, order: 'newest' | 'name' = 'newest'): ListResult {
	try {
		const files = briefingFilesIn(folder);
		return {ok: true, files: order === 'newest' ? newestFirst(files) : files};
	} catch (error) {
		return {ok: false, problem: {file: folder, message: describeFileError(error)}};
	}
}

function summarize(file: string, result: LoadResult): LibraryEntry {
	if (!result.ok) return {file, ok: false, problems: result.problems};
	const {briefing} = result;
	return {
		file,
		ok: true,
		summary: {
			headline: briefing.headline,
			source: briefing.source.name,
			published: briefing.source.published,
			speakers: briefing.speakers.length,
			quotes: briefing.quotes.length,
			sides: briefing.sides.filter(side => side.kind !== 'observer').map(side => side.name),
			draft: briefing.draft ?? false,
			sources: briefing.sources?.length ?? 1,
		},
	};
}

/** The stories of one folder, each loaded on first use and remembered (only its summary is kept). */
export class Library {
	readonly folder: string;
	readonly files: readonly string[];
	private readonly entries = new Map<number, LibraryEntry>();

	constructor(folder: string, files: readonly string[]) {
		this.folder = folder;
		this.files = files;
	}

	get size(): number {
		return this.files.length;
	}

	/** The entry at `index`, reading and validating its file the first time. */
	entry(index: number): LibraryEntry | undefined {
		const file = this.files[index];
		if (file === undefined) return undefined;
		let entry = this.entries.get(index);
		if (!entry) {
			entry = summarize(file, loadBriefingFile(file));
			this.entries.set(index, entry);
		}
		return entry;
	}

	/** Loads the story at `index` in full, for opening it. */
	open(index: number): LoadResult | undefined {
		const file = this.files[index];
		if (file === undefined) return undefined;
		const result = loadBriefingFile(file);
		// A file may have changed since it was listed: keep the picker's view of it true.
		this.entries.set(index, summarize(file, result));
		return result;
	}
}
