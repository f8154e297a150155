import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {sanitizeLine} from '../model/sanitize.js';
import {type DocumentLike, type PageMetadata, readMetadata, splitParagraphs} from './metadata.js';

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
	/** The article body and its captions, in page order. */
	readonly blocks: readonly Block[];
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
		'piano-offer meter inline-promo in-article-promo newsletter-signup video-player playlist next-article'
	).split(' '),
);

const FURNITURE_TAGS = 'script,style,noscript,template,iframe,form,button,svg,nav,footer,aside,dialog,select,input,object,embed';
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/i;
const CAPTION_WORDS = /(?:^|[-_\s])(?:caption|captions|figcaption|credit|credits|image-?desc|photo-?credit|media-?caption|wp-caption-text)(?:$|[-_\s])/i;

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
	for (const _ of text.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu))
		count++;
	return count;
}

/** Removes what the page calls furniture, unless it holds most of the text (a whole page wrapped in "share-enabled"). */
function removeFurniture(document: Element, bodyLength: number): Set<string> {
	const captions = new Set<string>();
	for (const element of Array.from(document.querySelectorAll('figcaption, [class], [id]'))) {
		const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
		if (element.tagName === 'FIGCAPTION' || CAPTION_WORDS.test(name)) {
			const text = fold(element.textContent);
			if (text) captions.add(text);
		}
	}
	for (const element of Array.from(document.querySelectorAll(FURNITURE_TAGS))) element.remove();
	const candidates = Array.from(document.querySelectorAll('[class], [id], [role], [data-component], [hidden], [aria-hidden]'));
	for (const element of candidates) {
		if (!element.parentNode) continue;
		const role = element.getAttribute('role');
		const furniture =
			namesFurniture(element.getAttribute('class')) ||
			namesFurniture(element.getAttribute('id')) ||
			namesFurniture(element.getAttribute('data-component')) ||
			(role !== null && FURNITURE_ROLES.test(role)) ||
			element.getAttribute('hidden') !== null ||
			element.getAttribute('aria-hidden') === 'true';
		if (!furniture || element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE') continue;
		if (element.tagName === 'MAIN') continue;
		const length = (element.textContent ?? '').length;
		if (length > bodyLength * 0.4 && length > 2000) continue;
		element.remove();
	}
	return captions;
}

const BLOCK_TAGS = new Set([
	'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'FIGCAPTION', 'PRE', 'DD', 'DT', 'TD', 'TH', 'CAPTION',
	'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'TBODY', 'THEAD', 'TR', 'MAIN', 'HEADER', 'ASIDE',
]);

/** Lines that Readability keeps but a reader skips: "READ MORE: …", "Advertisement", "Share this article". */
const FURNITURE_LINE =
	/^(?:read more|more|related|see also|also read|read also|read|watch|listen|recommended|most read|trending|sign up|subscribe|advertisement|sponsored|share this(?: article| story)?|follow us|click here|download (?:the|our) app|support (?:our|independent) journalism)\b\s*[:›»|–—-]?/i;

function linkText(element: Element): number {
	let length = 0;
	for (const link of Array.from(element.querySelectorAll('a'))) length += (link.textContent ?? '').length;
	return length;
}

function isFurnitureLine(element: Element, text: string): boolean {
	if (text.length > 400) return false;
	if (/^(?:advertisement|sponsored content|share this (?:article|story)|skip advert)$/i.test(text)) return true;
	if (!FURNITURE_LINE.test(text)) return false;
	// "Read more" followed by a link; not a sentence that merely begins "Read" or "More".
	return linkText(element) >= text.length * 0.5 || /^[A-Z\s]{4,}:/.test(text) || countWords(text) <= 6;
}

/** The blocks of Readability's content element, in order. */
function blocksOf(root: Element, captions: ReadonlySet<string>): Block[] {
	const blocks: Block[] = [];
	const push = (kind: BlockKind, element: Element) => {
		const text = fold(element.textContent);
		if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
		if (kind !== 'caption' && captions.has(text)) kind = 'caption';
		if (kind !== 'caption' && isFurnitureLine(element, text)) return;
		blocks.push({kind, text});
	};
	const walk = (element: Element, inQuote: boolean) => {
		const tag = element.tagName;
		if (tag === 'FIGCAPTION' || tag === 'CAPTION') return push('caption', element);
		if (/^H[1-6]$/.test(tag)) return push(inQuote ? 'quote' : 'heading', element);
		const children = Array.from(element.children);
		const hasBlocks = children.some(child => BLOCK_TAGS.has(child.tagName) || child.tagName === 'BR');
		if (tag === 'BLOCKQUOTE') {
			if (children.some(child => BLOCK_TAGS.has(child.tagName))) for (const child of children) walk(child, true);
			else push('quote', element);
			return;
		}
		if (!hasBlocks || tag === 'P' || tag === 'LI' || tag === 'DT' || tag === 'DD' || tag === 'PRE' || tag === 'TD') {
			return push(inQuote ? 'quote' : 'paragraph', element);
		}
		// A container: its element children in turn, and any text directly inside it as a paragraph of its own.
		let loose = '';
		const flush = () => {
			const text = fold(loose);
			loose = '';
			if (text && /[\p{L}\p{N}]/u.test(text)) blocks.push({kind: captions.has(text) ? 'caption' : inQuote ? 'quote' : 'paragraph', text});
		};
		for (const node of Array.from(element.childNodes)) {
			if (node.nodeType === 3) loose += node.textContent ?? '';
			else if (node.nodeType === 1) {
				const child = node as Element;
				if (child.tagName === 'BR') loose += '\n';
				else if (BLOCK_TAGS.has(child.tagName)) {
					flush();
					walk(child, inQuote);
				} else loose += child.textContent ?? '';
			}
		}
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
			else if (value.length > 1500 && /\n/.test(value)) consider(splitParagraphs(value).map(text => ({kind: 'paragraph', text})));
			continue;
		}
		if (Array.isArray(value)) {
			const items = value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object');
			const texts = items.map(item => [item, textOf(item)] as const).filter(([, text]) => text !== undefined);
			if (texts.length >= 3 && texts.length >= items.length * 0.5) {
				const blocks = texts.flatMap(([item, text]): Block[] => {
					const type = String(item['type'] ?? item['__typename'] ?? item['kind'] ?? '').toLowerCase();
					if (/ad|promo|related|embed|image|video|newsletter/.test(type) && !/heading|paragraph|quote/.test(type)) return [];
					const kind: BlockKind = /head|title|h[2-6]/.test(type)
						? 'heading'
						: /quote/.test(type)
							? 'quote'
							: /caption/.test(type)
								? 'caption'
								: 'paragraph';
					const clean = /<[a-z][^>]*>/i.test(text!) ? fold(parseHTML(`<p>${text}</p>`).document.textContent) : fold(text);
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
	const captions = removeFurniture(doc, (body?.textContent ?? '').length);

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
	const fromJsonLd = metadata.jsonLdBody?.map((text): Block => ({kind: 'paragraph', text}));
	if (fromJsonLd && bodyWords(fromJsonLd) > Math.max(words * 1.5, words + 50)) {
		blocks = fromJsonLd;
		method = 'json-ld';
	}
	const fromNext = nextData ? nextDataBlocks(nextData) : undefined;
	if (fromNext && bodyWords(fromNext) > Math.max(bodyWords(blocks) * 1.5, bodyWords(blocks) + 50)) {
		blocks = fromNext;
		method = 'next-data';
	}
	const headline = metadata.headline ?? title;
	blocks = tidy(blocks, headline);
	return {metadata, headline, blocks, words: bodyWords(blocks), method};
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
