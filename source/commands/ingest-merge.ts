import {statSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_LIMIT, DEFAULT_TIMEOUT_SECONDS, type IngestOptions} from '../command-line.js';
import {safeJson} from '../format/json.js';
import {draftBriefing} from '../ingest/index.js';
import {mergeBriefings} from '../merge/merge.js';
import {UsageError, UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {newestItems} from '../web/feeds.js';
import {type FetchOptions, showUrl} from '../web/fetch.js';
import {createPool} from '../web/pool.js';
import {type ArticleInput, openFile, openUrl} from '../web/sources.js';
import {
	ARTICLE_TIME_LIMIT_MS,
	checkParentFolder,
	type IngestIo,
	messageOf,
	openAll,
	writeAtomically,
} from './ingest.js';

// `briefing ingest SOURCE... --merge [-o FILE]`: every article the sources hold (files, pages, a folder's files,
// a feed's newest items) drafted on its own, then merged into one briefing of the story (source/merge/). An
// article that fails is reported in its line and the others are merged; the exit code is then 1.

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

const show = (name: string) => (/^https?:/i.test(name) ? showUrl(name) : sanitizeLine(name));

function isFolder(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/** A drafted article, with what is known of it besides its draft. */
export type DraftedArticle = {
	readonly name: string;
	readonly article: ArticleInput;
	readonly briefing: Briefing;
	/** The feed item's date (YYYY-MM-DD) where the article came from a feed. */
	readonly feedDate?: string;
};

type Options = Pick<IngestOptions, 'limit' | 'timeoutMs' | 'inputs'>;

/**
 * Every article of the sources, drafted one by one (pages fetched four at once, two per host). Failures are written to
 * standard error, each in one line, and counted; `skip` leaves out articles by their URLs before they are fetched.
 */
export async function draftAll(
	options: Options,
	io: IngestIo,
	skip: (urls: readonly string[]) => boolean = () => false,
): Promise<{drafted: DraftedArticle[]; failed: number; skipped: number}> {
	const fetchOptions: FetchOptions = {timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000};
	const now = io.now ?? (() => new Date().toISOString());
	const {opened, failed: openFailed} = await openAll(options.inputs, io, fetchOptions);
	let failed = openFailed;
	let skipped = 0;
	type Job = {label: string; feedDate?: string; open: () => Promise<ArticleInput | undefined>};
	const jobs: Job[] = [];
	const pool = createPool(4, 2);
	for (const source of opened) {
		if (source.kind === 'article') jobs.push({label: source.article.name, open: async () => source.article});
		else if (source.kind === 'folder')
			for (const file of source.files)
				jobs.push({
					label: file,
					open: async () => {
						const result = openFile(file, now);
						return result.kind === 'article' ? result.article : undefined;
					},
				});
		else
			for (const item of newestItems(source.feed, options.limit ?? DEFAULT_LIMIT)) {
				const url = item.url;
				if (!url || !/^https?:$/i.test(new URL(url).protocol)) {
					io.stderr.write(
						`${showUrl(source.name)}: skipped "${sanitizeLine(item.title ?? 'an item')}" (no http(s) link)\n`,
					);
					continue;
				}
				const feedDate = item.published?.toISOString().slice(0, 10);
				jobs.push({
					label: url,
					...(feedDate ? {feedDate} : {}),
					open: async () => {
						if (skip([url])) {
							skipped++;
							return undefined;
						}
						const host = new URL(url).host;
						const result = await pool.run(host, () => openUrl(url, fetchOptions));
						if (result.kind !== 'article') throw new UserError(`${showUrl(url)}: is a ${result.kind}, not an article`);
						return result.article;
					},
				});
			}
	}
	const results = await Promise.all(
		jobs.map(async job => {
			try {
				const article = await job.open();
				if (!article) return undefined;
				if (skip(article.urls)) {
					skipped++;
					return undefined;
				}
				return {job, article};
			} catch (error) {
				failed++;
				io.stderr.write(`${messageOf(error, job.label)}\n`);
				return undefined;
			}
		}),
	);
	const drafted: DraftedArticle[] = [];
	for (const result of results) {
		if (!result) continue;
		const {job, article} = result;
		try {
			const {briefing, warnings} = draftBriefing(article.text, {
				...article.options,
				timeLimitMs: io.timeLimitMs ?? ARTICLE_TIME_LIMIT_MS,
				...(io.clock ? {now: io.clock} : {}),
			});
			for (const warning of warnings) io.stderr.write(`${show(article.name)}: ${warning}\n`);
			drafted.push({name: article.name, article, briefing, ...(job.feedDate ? {feedDate: job.feedDate} : {})});
		} catch (error) {
			failed++;
			const message = error instanceof Error ? error.message : String(error);
			io.stderr.write(
				error instanceof UserError
					? `${show(article.name)}: ${message}\n`
					: `${show(article.name)}: internal error: ${sanitizeLine(message)}\n`,
			);
		}
	}
	return {drafted, failed, skipped};
}

/** What a merge did, in one line: "merged 3 articles from 3 outlets: 14 quotes, 6 speakers …". */
export function mergeSummary(briefing: Briefing, same: number, differs: number): string {
	const outlets = new Set((briefing.sources ?? []).map(source => source.outlet)).size;
	const articles = briefing.sources?.length ?? 1;
	const parts = [
		`${briefing.quotes.length} quotations and reported statements`,
		`${briefing.speakers.length} speakers`,
	];
	if (same > 0) parts.push(`${same} reported by more than one article`);
	if (differs > 0) parts.push(`${differs} quoted differently`);
	return `merged ${articles} ${articles === 1 ? 'article' : 'articles'} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'} (${parts.join(', ')})`;
}

/** `briefing ingest SOURCE... --merge [-o FILE]`: returns the exit code. */
export async function runMerge(options: IngestOptions, io: IngestIo = processIo): Promise<number> {
	// One article (a text or HTML file, or standard input) is nothing to merge; one folder or feed may hold many.
	const [only] = options.inputs;
	if (options.inputs.length === 1 && only !== undefined && (only === '-' || /\.(?:txt|html?|xhtml)$/i.test(only)))
		throw new UsageError(
			'briefing ingest --merge: name two or more articles of one story (files, pages, URLs), or a folder or feed of them',
		);
	const output = options.output;
	if (output !== undefined) {
		if (isFolder(output))
			throw new UsageError(
				`briefing ingest --merge: writes one briefing, so -o names a file, not a folder (${show(output)})`,
			);
		checkParentFolder(path.dirname(path.resolve(output)));
	}
	const {drafted, failed} = await draftAll(options, io);
	if (drafted.length === 0) throw new UserError('nothing to merge: none of the sources could be drafted');
	if (drafted.length === 1)
		throw new UserError(
			`nothing to merge: ${show(drafted[0]!.name)} is the only article drafted (without --merge it is drafted alone)`,
		);
	const {briefing, warnings, report} = mergeBriefings(
		drafted.map(item => ({briefing: item.briefing, name: show(item.name)})),
	);
	for (const warning of warnings) io.stderr.write(`${warning}\n`);
	const json = safeJson(briefing);
	const summary = mergeSummary(briefing, report.same, report.differs);
	if (output === undefined) {
		io.stdout.write(json);
		io.stderr.write(`${summary}\n`);
	} else {
		writeAtomically(output, json, options.force);
		io.stderr.write(`${show(output)}: ${summary}\n`);
	}
	return failed > 0 ? 1 : 0;
}
