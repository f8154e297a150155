import {statSync} from 'node:fs';
import path from 'node:path';
import type {SearchOptions} from '../command-line.js';
import {listLibrary} from '../model/library.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {loadSearchEngine, type QuoteHit, QuoteIndex, readSearchable, termRanges} from '../search/library-index.js';
import {formatDate} from '../view/dates.js';
import {append, hangingWrap} from '../view/text.js';

// `briefing search TEXT [DIR]`: the quotes across a library that match, best first, grouped by story:
// the story, the speaker, and the quote with the matched words marked. Exit codes as grep's: 0 when
// something was found, 1 when nothing was, 2 for bad usage or a folder that cannot be read.

/** The files searched: the briefings of a folder, or the one file named. */
function filesOf(target: string): string[] {
	let folder = false;
	try {
		folder = statSync(target).isDirectory();
	} catch {
		throw new UserError(`briefing search: ${sanitizeLine(target)}: no such file or folder`, {exitCode: 2});
	}
	if (!folder) return [target];
	const listed = listLibrary(target, 'name');
	if (!listed.ok) throw new UserError(`briefing search: ${sanitizeLine(listed.problem.message)}`, {exitCode: 2});
	return listed.files;
}

/** The index of every quote in the files, and the files that could not be read as briefings. */
export function indexFiles(files: readonly string[]): {index: QuoteIndex; unread: string[]} {
	const index = new QuoteIndex();
	const unread: string[] = [];
	for (const file of files) {
		const story = readSearchable(file);
		if (story) index.add(story);
		else unread.push(file);
	}
	return {index, unread};
}

/** The quote's words (or `text`) with the matched ones between `open` and `close`. */
function marked(hit: QuoteHit, open: string, close: string, text = hit.quote.text): string {
	let result = '';
	let from = 0;
	for (const [start, end] of termRanges(text, hit.terms)) {
		result += text.slice(from, start) + open + text.slice(start, end) + close;
		from = end;
	}
	return result + text.slice(from);
}

/** Hits grouped by story, the stories in the order of their best hit. */
function byStory(hits: readonly QuoteHit[]): QuoteHit[][] {
	const groups = new Map<string, QuoteHit[]>();
	for (const hit of hits) {
		const group = groups.get(hit.story.file);
		if (group) group.push(hit);
		else groups.set(hit.story.file, [hit]);
	}
	return [...groups.values()];
}

const speakerLine = (hit: QuoteHit) =>
	[hit.speaker?.name ?? hit.quote.speakerId, hit.speaker?.role].filter(Boolean).join(', ');

const quoted = (hit: QuoteHit, words: string) =>
	hit.quote.kind === 'reported' ? `${words} (reported)` : hit.quote.kind === 'mixed' ? words : `“${words}”`;

/** The hits as text: each story (headline, outlet, date, file), then each speaker and quote under it. */
export function formatHits(
	hits: readonly QuoteHit[],
	options: {width: number; mark: (text: string) => string},
): string {
	const lines: string[] = [];
	const [open, close] = options.mark('\u0000').split('\u0000') as [string, string];
	for (const group of byStory(hits)) {
		const {story} = group[0]!;
		if (lines.length > 0) lines.push('');
		const about = [
			story.outlet,
			story.published ? formatDate(story.published, 'long') : undefined,
			path.basename(story.file),
		];
		append(lines, hangingWrap(story.headline, options.width, ''));
		append(lines, hangingWrap(sanitizeLine(about.filter(Boolean).join(' · ')), options.width, '  '));
		for (const hit of group) {
			lines.push('');
			append(lines, hangingWrap(marked(hit, open, close, speakerLine(hit)), options.width, '  '));
			append(lines, hangingWrap(quoted(hit, marked(hit, open, close)), options.width, '    '));
		}
	}
	return `${lines.join('\n')}\n`;
}

function formatMarkdownHits(hits: readonly QuoteHit[], escapeMarkdown: (text: string) => string): string {
	const lines: string[] = [];
	for (const group of byStory(hits)) {
		const {story} = group[0]!;
		if (lines.length > 0) lines.push('');
		lines.push(`## ${escapeMarkdown(story.headline)}`, '');
		const about = [story.outlet, story.published ? formatDate(story.published, 'long') : undefined];
		lines.push(
			`*${escapeMarkdown(about.filter(Boolean).join(' · '))}* (\`${sanitizeLine(path.basename(story.file))}\`)`,
			'',
		);
		for (const hit of group) {
			const words = marked(hit, '\u0001', '\u0002');
			const text = escapeMarkdown(words)
				.replace(/\u0001/g, '**')
				.replace(/\u0002/g, '**');
			lines.push(`- **${escapeMarkdown(speakerLine(hit))}**: ${quoted(hit, text)}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

function jsonHits(hits: readonly QuoteHit[], safeJson: (value: unknown) => string): string {
	return safeJson(
		hits.map(hit => ({
			file: hit.story.file,
			story: {id: hit.story.id, headline: hit.story.headline, outlet: hit.story.outlet, published: hit.story.published},
			speaker: hit.speaker ?? {id: hit.quote.speakerId},
			quote: hit.quote,
			// Where the matched words are in the quote's text: [start, end) in UTF-16 units, as JavaScript counts.
			matches: termRanges(hit.quote.text, hit.terms),
			score: Math.round(hit.score * 1000) / 1000,
		})),
	);
}

/** Runs the search; resolves with the exit code (0 found, 1 none). */
export async function runSearch(options: SearchOptions): Promise<number> {
	const files = filesOf(options.target);
	await loadSearchEngine();
	const {index, unread} = indexFiles(files);
	const hits = index.find(options.query);
	const width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
	const colour = process.stdout.isTTY && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
	// On a terminal the matched words are in inverse video; in a pipe, in brackets.
	const mark = (text: string) => (colour ? `\u001B[7m${text}\u001B[27m` : `[${text}]`);
	// The formatters of print are loaded only when asked for: this module is loaded with the dashboard's.
	if (options.format === 'json') process.stdout.write(jsonHits(hits, (await import('./print.js')).safeJson));
	else if (hits.length > 0 && options.format === 'markdown')
		process.stdout.write(formatMarkdownHits(hits, (await import('./print.js')).escapeMarkdown));
	else if (hits.length > 0) process.stdout.write(formatHits(hits, {width, mark}));
	if (unread.length > 0 && process.stderr.isTTY)
		process.stderr.write(
			`briefing search: ${unread.length} ${unread.length === 1 ? 'file is' : 'files are'} not briefings and ${unread.length === 1 ? 'was' : 'were'} not searched (\`briefing validate\` says why)\n`,
		);
	if (hits.length === 0 && process.stderr.isTTY)
		process.stderr.write(`briefing search: no quote matches "${sanitizeLine(options.query)}"\n`);
	return hits.length > 0 ? 0 : 1;
}
