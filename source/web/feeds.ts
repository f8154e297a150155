import {parseFeed} from '@rowanmanning/feed-parser';
import {sanitizeLine} from '../model/sanitize.js';

// RSS 2.0, RSS 1.0 (RDF) and Atom through @rowanmanning/feed-parser; JSON Feed (a small JSON format) read
// here. What briefing needs of a feed is its articles: each item's link, title and date, newest first.

export type FeedItem = {
	/** The item's link, resolved against the feed's address; undefined when it has none. */
	readonly url: string | undefined;
	readonly title: string | undefined;
	readonly published: Date | undefined;
};

export type Feed = {readonly title: string | undefined; readonly items: readonly FeedItem[]};

/** Whether a document is a feed by its type or its first characters (it may still fail to parse as one). */
export function looksLikeFeed(contentType: string | undefined, text: string): boolean {
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
	if (/^application\/(?:rss|atom|rdf)\+xml$|^application\/feed\+json$/.test(type)) return true;
	const start = text
		.slice(0, 2000)
		.replace(/^\ufeff/, '')
		.trimStart();
	if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start))
		return true;
	return start.startsWith('{') && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start);
}

function resolve(link: string | null | undefined, base: string | undefined): string | undefined {
	if (!link) return undefined;
	try {
		return new URL(link.trim(), base).href;
	} catch {
		return undefined;
	}
}

function validDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value !== 'string') return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function jsonFeed(text: string, base: string | undefined): Feed | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		return undefined;
	}
	if (data === null || typeof data !== 'object') return undefined;
	const feed = data as {version?: unknown; title?: unknown; items?: unknown};
	if (typeof feed.version !== 'string' || !/jsonfeed\.org\/version\//.test(feed.version) || !Array.isArray(feed.items))
		return undefined;
	const items = feed.items
		.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
		.map(item => {
			const link =
				typeof item['url'] === 'string'
					? item['url']
					: typeof item['external_url'] === 'string'
						? item['external_url']
						: undefined;
			return {
				url: resolve(link, base),
				title: typeof item['title'] === 'string' ? sanitizeLine(item['title']) || undefined : undefined,
				published: validDate(item['date_published']),
			};
		});
	return {title: typeof feed.title === 'string' ? sanitizeLine(feed.title) || undefined : undefined, items};
}

/** The feed in a document, or undefined when it is not an RSS, Atom or JSON feed. `url` resolves relative links. */
export function parseFeedDocument(text: string, url: string | undefined): Feed | undefined {
	const start = text.replace(/^\ufeff/, '').trimStart();
	if (start.startsWith('{')) return jsonFeed(start, url);
	let parsed: ReturnType<typeof parseFeed>;
	try {
		parsed = parseFeed(start);
	} catch {
		return undefined;
	}
	const base = resolve(parsed.url, url) ?? url;
	return {
		title: parsed.title ? sanitizeLine(parsed.title) || undefined : undefined,
		items: parsed.items.map(item => ({
			url: resolve(item.url, base),
			title: item.title ? sanitizeLine(item.title) || undefined : undefined,
			published: validDate(item.published ?? item.updated),
		})),
	};
}

/** The items newest first (in feed order when not all are dated), at most `limit`. */
export function newestItems(feed: Feed, limit: number): FeedItem[] {
	const items = [...feed.items];
	if (items.every(item => item.published)) items.sort((a, b) => b.published!.getTime() - a.published!.getTime());
	return items.slice(0, limit);
}
