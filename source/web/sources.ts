import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {IngestArticleOptions} from '../ingest/index.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {decodeText, describeFileError, formatBytes, readTextFile} from '../model/text-file.js';
import {charsetOfContentType, decodePage} from './charset.js';
import {countWords, extractArticle} from './extract.js';
import {type Feed, looksLikeFeed, parseFeedDocument} from './feeds.js';
import {type FetchOptions, fetchPage, isWebUrl, MAX_BODY_BYTES, showUrl, webError} from './fetch.js';

// What `briefing ingest` and `briefing add` read: a .txt or HTML file, a folder of them, an http(s) URL
// of an article or a feed, a feed file, or standard input, each turned into the text ingest drafts from
// (the headline on the first line, then paragraphs) and what the page states about itself.

/** News articles are kilobytes; two megabytes of text is not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Fewer words than this is a page about an article (an index, an error page, a teaser), not one. */
export const MIN_ARTICLE_WORDS = 50;

const WHAT = 'the plain text of a news article';

export type ArticleInput = {
	/** How messages name it: a path, a URL, or "standard input". */
	readonly name: string;
	/** The article as ingest reads it: the headline on the first line, then paragraphs separated by blank lines. */
	readonly text: string;
	/** For a file, its name without the extension (the draft is NAME.json in a folder). */
	readonly fileStem?: string;
	readonly options: IngestArticleOptions;
	/** The addresses it is known by (asked for, redirected to, canonical): one already drafted is skipped. */
	readonly urls: readonly string[];
};

export type Opened =
	| {readonly kind: 'article'; readonly article: ArticleInput}
	| {readonly kind: 'feed'; readonly name: string; readonly feed: Feed}
	| {readonly kind: 'folder'; readonly name: string; readonly files: readonly string[]};

const ARTICLE_FILE = /\.(?:txt|html?|xhtml)$/i;

/** Whether a text is HTML rather than plain text: it starts with markup, or has a document's tags. */
export function looksLikeHtml(text: string): boolean {
	const start = text
		.slice(0, 4096)
		.replace(/^\ufeff/, '')
		.trimStart();
	if (/^<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|section|p|h1|!--)[\s>]/i.test(start))
		return true;
	return /<\/(?:p|div|body|html)>/i.test(start) && /<(?:p|div|body|html|head)[\s>]/i.test(start);
}

/** An article from the text of an HTML page; `url` is where it came from (none for a saved page). */
export function articleFromHtml(
	html: string,
	context: {name: string; url?: string; requested?: string; retrieved: string},
): ArticleInput {
	const page = extractArticle(html, context.url);
	const headline = page.headline;
	if (!headline) throw new UserError(`${show(context.name)}: not an article (the page has no headline or title)`);
	if (page.words < MIN_ARTICLE_WORDS)
		throw new UserError(
			`${show(context.name)}: not an article (too little text: ${page.words} ${page.words === 1 ? 'word' : 'words'})`,
		);
	const {metadata} = page;
	const text = `${headline}\n\n${page.blocks.map(block => block.text).join('\n\n')}\n`;
	// The limit of a .txt article holds for a page's text too (ten megabytes of HTML can hold more).
	if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES)
		throw new UserError(
			`${show(context.name)}: too much text for one article (${formatBytes(Buffer.byteLength(text))}; the limit is ${formatBytes(MAX_ARTICLE_BYTES)})`,
		);
	const canonical = metadata.canonical;
	const urls = [context.requested, context.url, canonical].filter((url): url is string => Boolean(url));
	return {
		name: context.name,
		text,
		options: {
			source: {
				...(metadata.outlet ? {name: metadata.outlet} : {}),
				...(canonical ? {url: canonical} : {}),
				...(metadata.published ? {published: metadata.published} : {}),
				...(metadata.byline ? {author: metadata.byline} : {}),
				retrieved: context.retrieved,
				...(metadata.language ? {language: metadata.language} : {}),
			},
			// A description cut short ("…") is a teaser, not the standfirst.
			...(page.standfirst && !/(?:…|\.\.\.)$/.test(page.standfirst) && countWords(page.standfirst) >= 6
				? {standfirst: page.standfirst}
				: {}),
			captions: page.captions,
		},
		urls: [...new Set(urls)],
	};
}

function show(name: string): string {
	return isWebUrl(name) ? showUrl(name) : sanitizeLine(name);
}

function textArticle(text: string, name: string, retrieved: string, fileStem?: string): ArticleInput {
	return {name, text, ...(fileStem ? {fileStem} : {}), options: {source: {retrieved}}, urls: []};
}

const stem = (file: string) => path.basename(file).replace(/\.[^.]*$/, '');

/** Reads a local file as an article or a feed: .txt is text, .html an HTML page; anything else by its content. */
export function openFile(file: string, now: () => string): Opened {
	if (/\.txt$/i.test(file)) {
		const read = readTextFile(file, {maxBytes: MAX_ARTICLE_BYTES, what: WHAT});
		if (!read.ok) throw UserError.fromProblems([read.problem]);
		return {kind: 'article', article: textArticle(read.text, file, now(), stem(file))};
	}
	let bytes: Buffer;
	try {
		const stats = statSync(file);
		if (!stats.isFile()) throw new UserError(`${show(file)}: is not a regular file, expected an article or a feed`);
		if (stats.size > MAX_BODY_BYTES)
			throw new UserError(
				`${show(file)}: is too large (${formatBytes(stats.size)}; the limit is ${formatBytes(MAX_BODY_BYTES)})`,
			);
		bytes = readFileSync(file);
	} catch (error) {
		if (error instanceof UserError) throw error;
		throw new UserError(`${show(file)}: ${describeFileError(error)}`);
	}
	return openBytes(bytes, {
		name: file,
		contentType: undefined,
		retrieved: now(),
		fileStem: stem(file),
		html: /\.x?html?$/i.test(file),
	});
}

/** An article or a feed from a document's bytes (a file, standard input or a response). */
export function openBytes(
	bytes: Uint8Array,
	context: {
		name: string;
		contentType: string | undefined;
		retrieved: string;
		url?: string;
		requested?: string;
		fileStem?: string;
		html?: boolean;
	},
): Opened {
	const {text} = decodePage(bytes, charsetOfContentType(context.contentType));
	if (text.trim() === '') throw new UserError(`${show(context.name)}: is empty, expected an article or a feed`);
	if (!context.html && looksLikeFeed(context.contentType, text)) {
		const feed = parseFeedDocument(text, context.url);
		if (!feed)
			throw new UserError(
				`${show(context.name)}: not a feed (it looks like RSS, Atom or JSON Feed but cannot be read as one)`,
			);
		return {kind: 'feed', name: context.name, feed};
	}
	const type = (context.contentType ?? '').split(';')[0]!.trim().toLowerCase();
	if (context.html || /html/.test(type) || looksLikeHtml(text)) {
		const article = articleFromHtml(text, context);
		return {kind: 'article', article: context.fileStem ? {...article, fileStem: context.fileStem} : article};
	}
	if (
		/^(?:application|text)\/(?:[\w.+-]*\+)?(?:xml|json)$/.test(type) ||
		/^\s*(?:<\?xml|<[\w:-]+[\s>]|[{[])/.test(text)
	)
		throw new UserError(
			`${show(context.name)}: not an article or a feed (${type || 'XML or JSON'} that is not RSS, Atom or JSON Feed)`,
		);
	// Plain text: as a .txt file, it must be UTF-8.
	const decoded = decodeText(bytes, context.name, WHAT);
	if (!decoded.ok) throw UserError.fromProblems([decoded.problem]);
	return {kind: 'article', article: textArticle(decoded.text, context.name, context.retrieved, context.fileStem)};
}

/** Fetches a URL and reads it as an article or a feed. */
export async function openUrl(url: string, fetchOptions: FetchOptions): Promise<Opened> {
	const page = await fetchPage(url, fetchOptions);
	try {
		return openBytes(page.bytes, {
			name: url,
			contentType: page.contentType,
			retrieved: page.retrieved,
			url: page.url,
			requested: page.requested,
		});
	} catch (error) {
		// Name the address the user gave, not a file.
		if (error instanceof UserError && error.problems.length > 0) throw webError(url, error.problems[0]!.message);
		throw error;
	}
}

/** The article files in a folder, sorted: *.txt, *.html, *.htm. */
export function openFolder(folder: string): Opened {
	let names: string[];
	try {
		names = readdirSync(folder, {withFileTypes: true})
			.filter(entry => (entry.isFile() || entry.isSymbolicLink()) && ARTICLE_FILE.test(entry.name))
			.map(entry => entry.name)
			.sort();
	} catch (error) {
		throw new UserError(`${show(folder)}: ${describeFileError(error)}`);
	}
	if (names.length === 0) throw new UserError(`${show(folder)}: no articles (*.txt, *.html, *.htm) in this folder`);
	return {kind: 'folder', name: folder, files: names.map(name => path.join(folder, name))};
}

/** Standard input: text or HTML, by its content. */
export async function openStdin(stdin: AsyncIterable<Uint8Array | string>, now: () => string): Promise<Opened> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of stdin) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		if (size > MAX_BODY_BYTES)
			throw new UserError(`standard input: is too large (more than ${formatBytes(MAX_BODY_BYTES)}, the limit)`);
		chunks.push(bytes);
	}
	const bytes = Buffer.concat(chunks);
	const head = bytes.subarray(0, 4096).toString('latin1');
	if (looksLikeHtml(head) || looksLikeFeed(undefined, head))
		return openBytes(bytes, {name: 'standard input', contentType: undefined, retrieved: now()});
	if (bytes.length > MAX_ARTICLE_BYTES)
		throw new UserError(
			`standard input: is too large (more than ${formatBytes(MAX_ARTICLE_BYTES)}, the limit for text)`,
		);
	const decoded = decodeText(bytes, 'standard input', WHAT);
	if (!decoded.ok) throw UserError.fromProblems([decoded.problem]);
	return {kind: 'article', article: textArticle(decoded.text, 'standard input', now())};
}

/** Whether a string names something to fetch; a bare "example.com/x" is explained rather than read as a file. */
export function sourceKind(input: string, exists: (file: string) => boolean): 'stdin' | 'url' | 'path' {
	if (input === '-') return 'stdin';
	if (isWebUrl(input)) return 'url';
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
		throw new UserError(`${show(input)}: only http(s) addresses can be fetched`);
	if (!exists(input) && /^(?:www\.)?[\w-]+(?:\.[\w-]+)+\//i.test(input))
		throw new UserError(`${show(input)}: no such file (an address needs http:// or https:// in front)`);
	return 'path';
}
