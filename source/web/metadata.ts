import {sanitizeLine} from '../model/sanitize.js';

// What a page says about itself: JSON-LD, <meta> tags, <link rel=canonical>, <time>, the URL. Only what
// the page states is taken; a field the page does not give stays undefined (never today's date, never a
// guess from the text).

/** The subset of a DOM element the readers use (linkedom's elements have these). */
export type ElementLike = {
	getAttribute(name: string): string | null;
	readonly textContent: string | null;
	querySelector(selector: string): ElementLike | null;
	querySelectorAll(selector: string): Iterable<ElementLike> & {length: number};
};

export type DocumentLike = ElementLike & {readonly documentElement: ElementLike | null};

export type PageMetadata = {
	readonly headline?: string;
	readonly description?: string;
	/** YYYY-MM-DD, as the page states it (its own calendar day: the date part of a timestamp, not converted). */
	readonly published?: string;
	/** Where the date came from, for --verbose and tests: "JSON-LD datePublished", "URL", … */
	readonly publishedFrom?: string;
	readonly byline?: string;
	readonly outlet?: string;
	readonly canonical?: string;
	readonly language?: string;
	/** The JSON-LD article's type ("NewsArticle", "LiveBlogPosting", …). */
	readonly type?: string;
	/** The article text the JSON-LD carries (articleBody, or a live blog's updates), when it has any. */
	readonly jsonLdBody?: readonly string[];
	readonly isAccessibleForFree?: boolean;
};

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type JsonObject = {[key: string]: Json};

const ARTICLE_TYPES =
	/^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;

const isObject = (value: Json | undefined): value is JsonObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
	const type = node['@type'];
	const list = Array.isArray(type) ? type : [type];
	return list.filter((item): item is string => typeof item === 'string').map(item => item.replace(/^.*[/#:]/, ''));
}

/** Every object in the page's JSON-LD blocks, at any depth (@graph, lists, nested mainEntity). */
export function jsonLdObjects(document: DocumentLike): JsonObject[] {
	const found: JsonObject[] = [];
	for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
		let parsed: Json;
		try {
			// Some sites wrap the JSON in a CDATA section or an HTML comment.
			parsed = JSON.parse(
				(script.textContent ?? '')
					.trim()
					.replace(/^(?:<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '')
					.replace(/(?:-->|\/\/\]\]>|\]\]>)$/, ''),
			) as Json;
		} catch {
			continue;
		}
		const stack: Json[] = [parsed];
		while (stack.length > 0 && found.length < 500) {
			const value = stack.pop()!;
			if (Array.isArray(value)) stack.push(...value);
			else if (isObject(value)) {
				found.push(value);
				for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement'])
					if (value[key] && typeof value[key] === 'object') stack.push(value[key]);
			}
		}
	}
	return found;
}

const text = (value: Json | undefined): string | undefined =>
	typeof value === 'string' ? sanitizeLine(decodeEntities(value)) || undefined : undefined;

/** JSON-LD and app-data strings sometimes carry HTML entities or tags; text is what is wanted. */
export function decodeEntities(value: string): string {
	return value
		.replace(/<[^>]{0,200}>/g, ' ')
		.replace(
			/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash));/gi,
			(_, dec, hex, name) => {
				if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
				if (hex) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
				const named: Record<string, string> = {
					amp: '&',
					lt: '<',
					gt: '>',
					quot: '"',
					apos: "'",
					nbsp: ' ',
					rsquo: '’',
					lsquo: '‘',
					rdquo: '”',
					ldquo: '“',
					mdash: '—',
					ndash: '–',
				};
				return named[String(name).toLowerCase()] ?? '';
			},
		);
}

function names(value: Json | undefined): string[] {
	if (typeof value === 'string') return /^https?:/.test(value) ? [] : [value];
	if (Array.isArray(value)) return value.flatMap(names);
	if (isObject(value)) return names(value['name']);
	return [];
}

/** "Ann Lee", "Ann Lee and Bo Chan", "Ann Lee, Bo Chan and Cy Diaz". */
function joinNames(list: readonly string[]): string | undefined {
	const unique = [...new Set(list.map(sanitizeLine).filter(Boolean))];
	if (unique.length === 0) return undefined;
	if (unique.length === 1) return unique[0];
	return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day a date or timestamp states, as YYYY-MM-DD, or undefined when it states none. */
export function dayOf(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(value);
	if (iso) {
		const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		if (year >= 1900 && year <= 2200 && isCalendarDate(year, month, day)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
		return undefined;
	}
	// RFC 2822 and other written forms ("Wed, 12 Jan 2022 14:03:00 GMT", "January 12, 2022"): the day as written.
	const written = writtenDate(value);
	return written;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "12 January 2022", "January 12, 2022", "12 Jan. 2022": YYYY-MM-DD. */
export function writtenDate(value: string): string | undefined {
	const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
	const british = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${month}\s+(\d{4})\b`, 'i').exec(value);
	const american = new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i').exec(value);
	const parts = british
		? {day: british[1]!, month: british[2]!, year: british[3]!}
		: american
			? {day: american[2]!, month: american[1]!, year: american[3]!}
			: undefined;
	if (!parts) return undefined;
	const monthNumber = MONTHS.indexOf(parts.month.slice(0, 3).toLowerCase()) + 1;
	const [year, day] = [Number(parts.year), Number(parts.day)];
	if (year < 1900 || year > 2200 || !isCalendarDate(year, monthNumber, day)) return undefined;
	return `${parts.year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date in an article URL: /2022/01/12/, /2022-01-12/, /20220112/. Only a whole date counts. */
export function dateInUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	let pathname: string;
	try {
		pathname = new URL(url).pathname;
	} catch {
		return undefined;
	}
	const match =
		/\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(pathname) ??
		/[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(pathname) ??
		/\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(pathname);
	return match ? dayOf(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

/** Every <meta> of the page by its property, name or itemprop (lower-cased; the first of a name wins), read once. */
const metaCache = new WeakMap<DocumentLike, Map<string, string>>();

function metaTags(document: DocumentLike): Map<string, string> {
	let tags = metaCache.get(document);
	if (tags) return tags;
	tags = new Map();
	for (const element of document.querySelectorAll('meta[content]')) {
		const content = sanitizeLine(element.getAttribute('content') ?? '');
		if (!content) continue;
		for (const attribute of ['property', 'name', 'itemprop']) {
			const key = element.getAttribute(attribute)?.toLowerCase();
			if (key && !tags.has(key)) tags.set(key, content);
		}
	}
	metaCache.set(document, tags);
	return tags;
}

function meta(document: DocumentLike, ...keys: string[]): string | undefined {
	const tags = metaTags(document);
	for (const key of keys) {
		const content = tags.get(key.toLowerCase());
		if (content) return content;
	}
	return undefined;
}

function absoluteHttp(value: string | undefined, base: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value.trim(), base);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
		url.hash = '';
		return url.href;
	} catch {
		return undefined;
	}
}

/** A language tag as pages write it ("en_GB", "EN-us") in BCP 47 form ("en-GB"), or undefined. */
function languageTag(value: string | undefined): string | undefined {
	const match = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?\b/i.exec(value ?? '');
	if (!match) return undefined;
	const region = match[2];
	const subtag = region
		? region.length === 4
			? region[0]!.toUpperCase() + region.slice(1).toLowerCase()
			: region.toUpperCase()
		: '';
	return match[1]!.toLowerCase() + (subtag ? `-${subtag}` : '');
}

function hostOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).hostname.replace(/^www\d?\./, '') || undefined;
	} catch {
		return undefined;
	}
}

/** The page's title without the site's name after a separator ("Headline | The Daily Planet"). */
function titleWithoutSite(title: string | undefined, site: string | undefined, host?: string): string | undefined {
	if (!title) return undefined;
	const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	const prefix = /^([^:]{2,40}):\s+(.+)$/.exec(title);
	if (prefix && [site, host?.split('.')[0]].some(name => name && letters(name) === letters(prefix[1]!)))
		return prefix[2];
	const parts = title.split(/\s+[|–—·•:-]\s+/);
	if (parts.length < 2) return title;
	const last = parts.at(-1)!;
	const first = parts[0]!;
	if (site && last.toLowerCase() === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
	if (site && first.toLowerCase() === site.toLowerCase()) return parts.slice(1).join(' - ');
	// No site name to match: the longest part is the headline when the others are short.
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
	return parts.every(part => part === longest || part.split(/\s+/).length <= 4) ? longest : title;
}

/** The article's JSON-LD object: the first of an article type (NewsArticle first), if any. */
function articleNode(objects: readonly JsonObject[]): JsonObject | undefined {
	const articles = objects.filter(node => typesOf(node).some(type => ARTICLE_TYPES.test(type)));
	return articles.find(node => typesOf(node).includes('NewsArticle')) ?? articles[0];
}

function jsonLdBody(node: JsonObject | undefined): string[] | undefined {
	if (!node) return undefined;
	const body = node['articleBody'];
	if (typeof body === 'string' && body.trim()) return splitParagraphs(body);
	const updates = node['liveBlogUpdate'];
	if (Array.isArray(updates)) {
		const texts = updates.flatMap(update => {
			if (!isObject(update)) return [];
			const headline = text(update['headline']);
			const body = typeof update['articleBody'] === 'string' ? splitParagraphs(update['articleBody']) : [];
			return [...(headline ? [headline] : []), ...body];
		});
		return texts.length > 0 ? texts : undefined;
	}
	return undefined;
}

/** A body written as one string: paragraphs at blank lines, or at single newlines when there are no blank lines. */
export function splitParagraphs(body: string): string[] {
	const decoded = decodeEntities(body.replace(/<\/p>|<br\s*\/?>/gi, '\n\n')).replace(/\r\n?/g, '\n');
	const parts = /\n\s*\n/.test(decoded) ? decoded.split(/\n\s*\n/) : decoded.split('\n');
	return parts.map(sanitizeLine).filter(Boolean);
}

/** Everything the page states about itself. `url` is the address it was fetched from (or undefined for a file). */
export function readMetadata(document: DocumentLike, url: string | undefined): PageMetadata {
	const objects = jsonLdObjects(document);
	const article = articleNode(objects);
	const publisherNode = article?.['publisher'];
	const publisher = isObject(publisherNode) ? text(publisherNode['name']) : undefined;
	const orgName = text(
		objects.find(node => typesOf(node).some(type => /^(?:NewsMediaOrganization|Organization)$/.test(type)))?.['name'],
	);
	const outlet = meta(document, 'og:site_name', 'application-name') ?? publisher ?? orgName ?? hostOf(url);

	const dates: [string | undefined, string][] = [
		[dayOf(text(article?.['datePublished'])), 'JSON-LD datePublished'],
		[dayOf(meta(document, 'article:published_time', 'og:article:published_time')), 'article:published_time'],
		[
			dayOf(
				meta(
					document,
					'datePublished',
					'date',
					'pubdate',
					'publishdate',
					'publish-date',
					'publication_date',
					'dc.date.issued',
					'dcterms.issued',
					'dc.date',
					'dcterms.created',
					'sailthru.date',
					'parsely-pub-date',
					'cxenseparse:recs:publishtime',
				),
			),
			'meta',
		],
		[dayOf(firstTime(document)), '<time datetime>'],
		[statedDate(document), 'a "Published" line'],
		[dateInUrl(url), 'URL'],
	];
	const [published, publishedFrom] = dates.find(([date]) => date !== undefined) ?? [undefined, undefined];

	const canonical =
		absoluteHttp(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, url) ??
		absoluteHttp(meta(document, 'og:url'), url) ??
		absoluteHttp(typeof article?.['url'] === 'string' ? article['url'] : undefined, url) ??
		absoluteHttp(url, undefined);

	const byline =
		joinNames(names(article?.['author'])) ??
		joinNames(names(meta(document, 'author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'))) ??
		bylineInPage(document);

	const language = languageTag(
		document.documentElement?.getAttribute('lang') ??
			meta(document, 'og:locale', 'language', 'content-language', 'dc.language') ??
			(typeof article?.['inLanguage'] === 'string' ? article['inLanguage'] : undefined),
	);
	const site = meta(document, 'og:site_name') ?? publisher;
	const headline =
		text(article?.['headline']) ?? meta(document, 'og:title', 'twitter:title') ?? pageHeadline(document, site, url);
	const description =
		text(article?.['description']) ?? meta(document, 'og:description', 'description', 'twitter:description');
	const free = article?.['isAccessibleForFree'];
	const type = article ? typesOf(article).find(item => ARTICLE_TYPES.test(item)) : undefined;
	const body = jsonLdBody(article);
	return {
		...(headline ? {headline: titleWithoutSite(headline, site, hostOf(url))!} : {}),
		...(description ? {description} : {}),
		...(published ? {published, publishedFrom} : {}),
		...(byline ? {byline} : {}),
		...(outlet ? {outlet} : {}),
		...(canonical ? {canonical} : {}),
		...(language ? {language} : {}),
		...(type ? {type} : {}),
		...(body ? {jsonLdBody: body} : {}),
		...(free === false || free === 'False' || free === 'false' ? {isAccessibleForFree: false} : {}),
	};
}

/**
 * The headline a page without metadata shows: the <h1> of its article or main part; else an <h1> that the page's
 * <title> contains (a site's logo is often an <h1> too, and is not the headline); else the <title> without the
 * site's name; else the first <h1>.
 */
function pageHeadline(document: DocumentLike, site: string | undefined, url: string | undefined): string | undefined {
	const clean = (element: ElementLike | null) => sanitizeLine(element?.textContent ?? '') || undefined;
	const inArticle = clean(
		document.querySelector('article h1, main h1, [role="main" i] h1, [itemprop="headline" i], h1[class*="headline" i]'),
	);
	if (inArticle) return inArticle;
	const letters = (text: string) =>
		text
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	// The site's own name, as its header shows it (a logo, a menu title), is in the <title> too, and is no headline.
	const siteNames = new Set(
		[
			...document.querySelectorAll(
				'header h1, [class*="logo" i], [class*="brand" i], [class*="site-title" i], [class*="menu-title" i], [class*="site-name" i]',
			),
		]
			.map(clean)
			.filter((name): name is string => name !== undefined)
			.map(letters),
	);
	const rawTitle = clean(document.querySelector('title'));
	const siteName = site ?? [...(rawTitle?.split(/\s+[|–—·•:-]\s+/) ?? [])].find(part => siteNames.has(letters(part)));
	const title = titleWithoutSite(rawTitle, siteName, hostOf(url));
	const h1s = [...document.querySelectorAll('h1')]
		.map(clean)
		.filter((h1): h1 is string => h1 !== undefined && !siteNames.has(letters(h1)));
	const inTitle = rawTitle ? h1s.find(h1 => h1.length >= 12 && letters(rawTitle).includes(letters(h1))) : undefined;
	return inTitle ?? title ?? h1s[0];
}

/** A date the page writes as "Published 27 November 2019" (or "Posted on …") near its top. */
function statedDate(document: DocumentLike): string | undefined {
	const top = (document.querySelector('body')?.textContent ?? '').slice(0, 5000);
	const match = /\b(?:first published|published|posted)(?: on)?:?\s+((?:\w+day,?\s+)?[\w.]+\s+[\w.]+,?\s+\d{4})/i.exec(
		top,
	);
	return match ? writtenDate(match[1]!) : undefined;
}

/** The byline the page shows: a rel=author link, or an author element, without "By". */
function bylineInPage(document: DocumentLike): string | undefined {
	const element =
		document.querySelector('[itemprop="author" i] [itemprop="name" i]') ??
		document.querySelector('.byline .author, .byline [rel~="author"], .author .fn, .author-name, [rel~="author"]') ??
		document.querySelector('.byline, [class*="byline__name" i]');
	const text = sanitizeLine(element?.textContent ?? '')
		.replace(/^(?:by|words by|written by|von|par|por)\s+/i, '')
		.replace(/\s*[,|·].*$/, '');
	if (!text || text.split(/\s+/).length > 6 || /\d/.test(text)) return undefined;
	return text;
}

function firstTime(document: DocumentLike): string | undefined {
	const time =
		document.querySelector('time[pubdate]') ??
		document.querySelector('[itemprop="datePublished" i]') ??
		document.querySelector('article time[datetime]') ??
		document.querySelector('[class*="byline" i] time[datetime], [class*="dateline" i] time[datetime]');
	return time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? undefined;
}
