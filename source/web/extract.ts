import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {sanitizeLine} from '../model/sanitize.js';
import {type DocumentLike, decodeEntities, type PageMetadata, readMetadata, splitParagraphs} from './metadata.js';

// HTML in, an article out: its body as blocks (paragraphs, subheadings, block quotes) and its photo
// captions marked as captions, with what the page states about itself. No script on the page is run:
// linkedom builds the DOM, Mozilla's Readability (Firefox's reader view) finds the article in it.
// Before Readability, the page's furniture is removed by what it calls itself (cookie notices, share
// bars, newsletter prompts, related links, comments); after it, the "READ MORE" lines it kept. A page
// that ships its text only as data (JSON-LD articleBody, Next.js's __NEXT_DATA__) is read from that data.

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'caption';
export type Block = {readonly kind: BlockKind; readonly text: string};

export type ExtractedPage = {
	readonly metadata: PageMetadata;
	readonly headline: string | undefined;
	/** The article body in page order: paragraphs, subheadings and block quotes. */
	readonly blocks: readonly Block[];
	/** The photo captions in the article, in order: not body text. */
	readonly captions: readonly string[];
	/** The standfirst the page shows under its headline, when it marks one. */
	readonly standfirst: string | undefined;
	/** Words of body text (captions not counted). */
	readonly words: number;
	/** Where the body came from. */
	readonly method: 'readability' | 'json-ld' | 'next-data';
};

type Node = {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<Node>;
	readonly parentNode: Node | null;
	/** False once the element, or a parent of it, has been removed from the document. */
	readonly isConnected: boolean;
};
type Element = Node & {
	readonly tagName: string;
	getAttribute(name: string): string | null;
	remove(): void;
	readonly children: ArrayLike<Element>;
	querySelector(selector: string): Element | null;
	querySelectorAll(selector: string): ArrayLike<Element>;
};

/** Words that name page furniture in class names, ids and data-component attributes. */
const FURNITURE = new Set(
	(
		'cookie cookies consent gdpr cmp share shares sharing sharebar social newsletter newsletters subscribe subscription ' +
		'signup sign-up related recommended recommendations recirc more-stories most-read mostread popular trending ' +
		'comments comment disqus livefyre promo promos advert advertisement ads ad adslot ad-slot dfp sponsor sponsored ' +
		'outbrain taboola read-more readmore also-read see-also tags tag-list breadcrumb breadcrumbs toolbar author-bio ' +
		'bio topics-list byline-share print-only skip-link skiplink modal popup banner-ad paywall-prompt regwall ' +
		'piano-offer meter inline-promo in-article-promo newsletter-signup video-player playlist next-article topic-list ' +
		'links-block visually-hidden sr-only screen-reader-text'
	).split(' '),
);

const INLINE_TAGS = new Set(
	'A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(' '),
);
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text|a11y-hidden)(?:$|\s)/i;

const FURNITURE_TAGS =
	'script,style,noscript,template,iframe,form,button,svg,nav,footer,aside,dialog,select,input,object,embed';
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/i;
const CAPTION_WORDS =
	/(?:^|[-_\s])(?:caption|captions|figcaption|credit|credits|image-?desc|photo-?credit|media-?caption|wp-caption-text)(?:$|[-_\s])/i;

/** Whether a class, id or data-component value names furniture: one of its words (split at - and _) is one. */
function namesFurniture(value: string | null): boolean {
	if (!value) return false;
	for (const token of value.toLowerCase().split(/\s+/)) {
		if (!token) continue;
		if (FURNITURE.has(token)) return true;
		const parts = token.split(/[-_]|(?<=[a-z])(?=[A-Z])/);
		for (let index = 0; index < parts.length; index++) {
			if (FURNITURE.has(parts[index]!)) return true;
			if (index + 1 < parts.length && FURNITURE.has(`${parts[index]}-${parts[index + 1]}`)) return true;
		}
	}
	return false;
}

const fold = (text: string | null | undefined): string => sanitizeLine(text ?? '');

/** Words in a text: runs of letters or digits (a CJK character counts as a word: they are not spaced). */
export function countWords(text: string): number {
	let count = 0;
	for (const _ of text.matchAll(
		/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu,
	))
		count++;
	return count;
}

const STANDFIRST_WORDS =
	/(?:^|[-_\s])(?:standfirst|dek|strapline|subtitle|sub-title|article-sub|article-summary|deck)(?:$|[-_\s])/i;

/**
 * Removes what the page calls furniture, unless it holds most of the text (a whole page wrapped in
 * "share-enabled"), and the standfirst (the sentence under the headline: not body text). Returns the
 * captions left in the page, in order, and the standfirst.
 */
function removeFurniture(document: Element, bodyLength: number): {captions: string[]; standfirst?: string} {
	// Not when it wraps the page: ASP.NET pages put everything in one <form>, some sites the article in an <aside>.
	const wrapsPage = (element: Element) => {
		const length = (element.textContent ?? '').length;
		return length > bodyLength * 0.4 && length > 2000;
	};
	for (const element of Array.from(document.querySelectorAll(FURNITURE_TAGS)))
		if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE' || !wrapsPage(element)) element.remove();
	const candidates = Array.from(
		document.querySelectorAll('[class], [id], [role], [data-component], [hidden], [aria-hidden]'),
	);
	for (const element of candidates) {
		// Inside furniture already removed: nothing more to do (a section of comments holds hundreds).
		if (!element.isConnected) continue;
		const role = element.getAttribute('role');
		// Inside text, a class names a style, not a part of the page ("hljs-comment" is a comment in code): inline
		// elements go only when hidden or screen-reader text.
		const inline = INLINE_TAGS.has(element.tagName);
		const furniture =
			(inline
				? SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')
				: namesFurniture(element.getAttribute('class')) ||
					namesFurniture(element.getAttribute('id')) ||
					namesFurniture(element.getAttribute('data-component'))) ||
			(role !== null && FURNITURE_ROLES.test(role)) ||
			element.getAttribute('hidden') !== null ||
			element.getAttribute('aria-hidden') === 'true';
		if (!furniture || element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE')
			continue;
		if (element.tagName === 'MAIN' || wrapsPage(element)) continue;
		element.remove();
	}
	let standfirst: string | undefined;
	for (const element of Array.from(document.querySelectorAll('[class]'))) {
		if (!element.isConnected || !STANDFIRST_WORDS.test(element.getAttribute('class') ?? '')) continue;
		if ((element.textContent ?? '').length > 600 || element.querySelector('p ~ p')) continue;
		standfirst ??= fold(element.textContent) || undefined;
		element.remove();
	}
	const captions: string[] = [];
	for (const element of Array.from(document.querySelectorAll('figcaption, [class], [id]'))) {
		const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
		if (element.tagName !== 'FIGCAPTION' && !CAPTION_WORDS.test(name)) continue;
		const text = fold(element.textContent);
		if (text && !captions.includes(text) && !captions.some(caption => caption.includes(text))) captions.push(text);
	}
	return {captions, ...(standfirst ? {standfirst} : {})};
}

const BLOCK_TAGS = new Set([
	'P',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'BLOCKQUOTE',
	'LI',
	'FIGCAPTION',
	'PRE',
	'DD',
	'DT',
	'TD',
	'TH',
	'CAPTION',
	'DIV',
	'SECTION',
	'ARTICLE',
	'UL',
	'OL',
	'DL',
	'FIGURE',
	'TABLE',
	'TBODY',
	'THEAD',
	'TR',
	'MAIN',
	'HEADER',
	'ASIDE',
]);

/** Lines that Readability keeps but a reader skips: "READ MORE: …", "Advertisement", "Share this article". */
const FURNITURE_LABEL =
	/^(?:read more|more|related|see also|also read|read also|read|watch|listen|recommended|most read|trending|sign up|subscribe|advertisement|sponsored|share this(?: article| story)?|follow us|click here|download (?:the|our) app|support (?:our|independent) journalism)\s*[:›»|–—]/i;
const FURNITURE_WHOLE =
	/^(?:advertisement|sponsored content|share this (?:article|story|post)|skip advert|read more|load more|show more|copy link|share|tweet|comments?(?: \(\d+\))?)$/i;
/** A line that is only a date or time ("Published 27 November 2019", "10:45 GMT", "Updated 18:40"). */
const STAMP =
	/^(?:(?:first )?(?:published|posted|updated|last updated)(?: on)?:?\s*)?(?:\w+day,?\s+)?(?:\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})?(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i;

function linkText(element: Element): {length: number; links: number} {
	let length = 0;
	let links = 0;
	for (const link of Array.from(element.querySelectorAll('a'))) {
		// A link within the page (a heading's own anchor, a footnote) does not point away from the article.
		if ((link.getAttribute('href') ?? '').startsWith('#')) continue;
		length += (link.textContent ?? '').length;
		links++;
	}
	return {length, links};
}

function isFurnitureLine(element: Element, text: string, heading = false): boolean {
	if (text.length > 600) return false;
	// A subheading may be a link (to itself, or to a section's page); "Share", "Comments (12)" headings are still dropped.
	if (heading) return FURNITURE_WHOLE.test(text);
	if (FURNITURE_WHOLE.test(text) || (text.length < 80 && STAMP.test(text) && /\d/.test(text))) return true;
	const links = linkText(element);
	// A list of links (a menu, "other stories") that Readability kept: nearly all of it is link text.
	if (links.links >= 3 && links.length >= text.length * 0.7) return true;
	// A paragraph that is one link and nothing else: a pointer to another page.
	if (links.links >= 1 && links.length >= text.length * 0.9 && countWords(text) <= 20) return true;
	if (!FURNITURE_LABEL.test(text)) return false;
	// "READ MORE: <a link>"; not a sentence that merely begins "Read" or "More".
	return links.length >= text.length * 0.4 || countWords(text) <= 12;
}

const BLOCK_SELECTOR = [...BLOCK_TAGS, 'BR'].map(tag => tag.toLowerCase()).join(',');

/** The blocks of Readability's content element, in order. */
function blocksOf(root: Element, captions: ReadonlySet<string>): Block[] {
	const blocks: Block[] = [];
	const add = (kind: BlockKind, text: string, element: Element | undefined) => {
		if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
		if (kind !== 'caption' && captions.has(text)) kind = 'caption';
		if (kind !== 'caption' && element && isFurnitureLine(element, text, kind === 'heading')) return;
		if (kind !== 'caption' && !element && isFurnitureLine(root, text) && text.length < 80) return;
		blocks.push({kind, text});
	};
	const push = (kind: BlockKind, element: Element) => add(kind, fold(element.textContent), element);
	const walk = (element: Element, inQuote: boolean) => {
		const tag = element.tagName;
		if (tag === 'FIGCAPTION' || tag === 'CAPTION') return push('caption', element);
		if (/^H[1-6]$/.test(tag)) return push(inQuote ? 'quote' : 'heading', element);
		const nested = element.querySelector(BLOCK_SELECTOR) !== null;
		if (tag === 'BLOCKQUOTE') {
			if (nested) collect(element, true);
			else push('quote', element);
			return;
		}
		if (!nested) return push(inQuote ? 'quote' : 'paragraph', element);
		collect(element, inQuote);
	};
	// A container: its block children in turn, and the text between them (split at line breaks) as paragraphs.
	const collect = (element: Element, inQuote: boolean) => {
		let loose = '';
		const flush = () => {
			for (const line of loose.split('\n')) add(inQuote ? 'quote' : 'paragraph', fold(line), undefined);
			loose = '';
		};
		const visit = (parent: Element) => {
			for (const node of Array.from(parent.childNodes)) {
				if (node.nodeType === 3) loose += node.textContent ?? '';
				else if (node.nodeType === 1) {
					const child = node as Element;
					if (child.tagName === 'BR') loose += '\n';
					else if (BLOCK_TAGS.has(child.tagName) || /^H[1-6]$/.test(child.tagName)) {
						flush();
						walk(child, inQuote);
					} else if (child.querySelector(BLOCK_SELECTOR) !== null) visit(child);
					else loose += child.textContent ?? '';
				}
			}
		};
		visit(element);
		flush();
	};
	walk(root, false);
	return blocks;
}

const bodyWords = (blocks: readonly Block[]) =>
	blocks.reduce((sum, block) => sum + (block.kind === 'caption' ? 0 : countWords(block.text)), 0);

/** The article in a Next.js page's data (__NEXT_DATA__): the list of text blocks, or HTML string, with the most words. */
export function nextDataBlocks(json: string): Block[] | undefined {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return undefined;
	}
	let best: Block[] | undefined;
	let bestWords = 0;
	const consider = (blocks: Block[]) => {
		const words = bodyWords(blocks);
		if (words > bestWords) [best, bestWords] = [blocks, words];
	};
	const textOf = (item: Record<string, unknown>): string | undefined => {
		for (const key of ['text', 'html', 'content', 'value', 'body', 'plainText']) {
			const value = item[key];
			if (typeof value === 'string' && value.trim()) return value;
		}
		return undefined;
	};
	const stack: unknown[] = [data];
	let visited = 0;
	while (stack.length > 0 && visited++ < 100_000) {
		const value = stack.pop();
		if (typeof value === 'string') {
			if (value.length > 400 && /<p[\s>]/i.test(value)) consider(htmlBlocks(value));
			else if (value.length > 1500 && /\n/.test(value))
				consider(splitParagraphs(value).map(text => ({kind: 'paragraph', text})));
			continue;
		}
		if (Array.isArray(value)) {
			const items = value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object');
			const texts = items.map(item => [item, textOf(item)] as const).filter(([, text]) => text !== undefined);
			if (texts.length >= 3 && texts.length >= items.length * 0.5) {
				const blocks = texts.flatMap(([item, text]): Block[] => {
					const type = String(item['type'] ?? item['__typename'] ?? item['kind'] ?? '').toLowerCase();
					if (/ad|promo|related|embed|image|video|newsletter/.test(type) && !/heading|paragraph|quote/.test(type))
						return [];
					const kind: BlockKind = /head|title|h[2-6]/.test(type)
						? 'heading'
						: /quote/.test(type)
							? 'quote'
							: /caption/.test(type)
								? 'caption'
								: 'paragraph';
					const clean = fold(decodeEntities(text!));
					return clean ? [{kind, text: clean}] : [];
				});
				consider(blocks);
			}
			stack.push(...value);
			continue;
		}
		if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
	}
	return best;
}

function htmlBlocks(html: string): Block[] {
	const {document} = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
	const root = document.querySelector('body > div') as unknown as Element | null;
	return root ? blocksOf(root, new Set()) : [];
}

/** The article in a page: its blocks and metadata. `url` is where it came from (undefined for a file). */
export function extractArticle(html: string, url?: string): ExtractedPage {
	const {document} = parseHTML(html);
	const doc = document as unknown as Element & DocumentLike;
	const metadata = readMetadata(doc, url);
	const nextData = doc.querySelector('script#__NEXT_DATA__')?.textContent ?? undefined;
	const body = doc.querySelector('body');
	const furniture = removeFurniture(doc, (body?.textContent ?? '').length);
	const captions = new Set(furniture.captions);

	let blocks: Block[] = [];
	let title: string | undefined;
	try {
		const reader = new Readability(document as unknown as globalThis.Document, {
			serializer: (element: unknown) => element,
			charThreshold: 300,
			keepClasses: false,
		});
		const result = reader.parse();
		if (result?.content) {
			blocks = blocksOf(result.content as unknown as Element, captions);
			title = fold(result.title) || undefined;
		}
	} catch {
		// A page Readability cannot read: the data fallbacks below may still find the text.
	}
	let method: ExtractedPage['method'] = 'readability';
	const words = bodyWords(blocks);
	// A page marked as not free (isAccessibleForFree: false) gives what it shows its readers, not the full text it
	// hands search engines in its data: briefing is no way around a paywall.
	const paywalled = metadata.isAccessibleForFree === false;
	const fromJsonLd = paywalled ? undefined : metadata.jsonLdBody?.map((text): Block => ({kind: 'paragraph', text}));
	if (fromJsonLd && bodyWords(fromJsonLd) > Math.max(words * 1.5, words + 50)) {
		blocks = fromJsonLd;
		method = 'json-ld';
	}
	const fromNext = nextData && !paywalled ? nextDataBlocks(nextData) : undefined;
	if (fromNext && bodyWords(fromNext) > Math.max(bodyWords(blocks) * 1.5, bodyWords(blocks) + 50)) {
		blocks = fromNext;
		method = 'next-data';
	}
	const headline = metadata.headline ?? title;
	blocks = tidy(blocks, headline);
	const found = [...furniture.captions];
	for (const block of blocks) if (block.kind === 'caption' && !found.includes(block.text)) found.push(block.text);
	return {
		metadata,
		headline,
		blocks: blocks.filter(block => block.kind !== 'caption'),
		captions: found,
		standfirst: furniture.standfirst ?? metadata.description,
		words: bodyWords(blocks),
		method,
	};
}

/** Drops the headline repeated as the first heading, and a block repeated right after itself. */
function tidy(blocks: readonly Block[], headline: string | undefined): Block[] {
	const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	const headlineKey = headline ? key(headline) : undefined;
	const out: Block[] = [];
	for (const block of blocks) {
		if (block.kind === 'heading' && headlineKey && key(block.text) === headlineKey) continue;
		const previous = out.at(-1);
		if (previous && previous.text === block.text) continue;
		out.push(block);
	}
	return out;
}
