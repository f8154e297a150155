import {isPersonNoun} from '../lexicon.js';
import type {Block} from '../text/article.js';
import {
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	PEOPLE_NOUNS,
	PREPOSITIONS,
	RELATION_NOUNS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	TITLE_WORDS,
	words,
} from '../vocabulary.js';

// Finding quoted spans in a paragraph. Double quotes (straight or curly) nest; single quotes count
// only outside double quotes, after telling them apart from apostrophes (possessives, contractions,
// ’n’, dropped-g "talkin’"). A double quote left open at the end of a paragraph is the news
// convention for a quotation that goes on in the next paragraph.

export type QuoteMark = 'double' | 'single';

export type QuoteSpan = {
	/** The quoted words: [start, end) in the article text, without the marks or a space before the closing mark. */
	readonly start: number;
	readonly end: number;
	/** The opening mark's offset, and the offset just after the closing mark (the paragraph end if left open). */
	readonly open: number;
	readonly close: number;
	/** The paragraph index (-1: the headline). */
	readonly block: number;
	readonly mark: QuoteMark;
	/** No closing mark before the paragraph ended. */
	readonly leftOpen: boolean;
	/** Opens its paragraph right after a paragraph whose quotation was left open. */
	continues: boolean;
};

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;"“‘'«]/;
const CLOSING_FOLLOWERS = /[\s,.;:!?)\]}\u2014\u2013\-"”’'…»]/;
/** Words that start with an apostrophe: 'em, 'til, 'tis, ’90s, rock ’n’ roll. */
const LEADING_ELISION = /^(?:em|til|tis|twas|cause|bout|n|round|nuff|s|\d0s|\d\ds)(?![\p{L}])/iu;

function isOpeningContext(text: string, index: number): boolean {
	return index === 0 || OPENING_CONTEXT.test(text[index - 1]!);
}

function isClosingContext(text: string, index: number): boolean {
	return index + 1 >= text.length || CLOSING_FOLLOWERS.test(text[index + 1]!);
}

type Range = {open: number; close: number; leftOpen: boolean};

/** Outermost double-quoted ranges, as offsets in the block text. */
function doubleRanges(text: string): Range[] {
	const ranges: Range[] = [];
	const stack: number[] = [];
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (char !== '"' && char !== '“' && char !== '”' && char !== '«' && char !== '»') continue;
		let opens: boolean;
		if (char === '“' || char === '«') opens = true;
		else if (char === '”' || char === '»') opens = false;
		else {
			const canOpen = isOpeningContext(text, index) && index + 1 < text.length && !SPACE.test(text[index + 1]!);
			const canClose = index > 0 && !SPACE.test(text[index - 1]!);
			if (stack.length === 0) opens = canOpen || !canClose;
			else if (canClose) opens = false;
			else if (canOpen) opens = true;
			else opens = false; // a mark between spaces inside a quotation: the closing one, as in `.' "`
			if (stack.length === 0 && !opens) continue; // a stray closing mark
		}
		if (opens) stack.push(index);
		else if (stack.length > 0) {
			const open = stack.pop()!;
			if (stack.length === 0) ranges.push({open, close: index + 1, leftOpen: false});
		}
	}
	if (stack.length > 0) ranges.push({open: stack[0]!, close: text.length, leftOpen: true});
	return ranges;
}

/** Is the mark at index an apostrophe ending a word (plural possessive, dropped g) rather than a closing quote? */
function looksLikeTrailingApostrophe(text: string, index: number): boolean {
	const before = /[\p{L}]+$/u.exec(text.slice(Math.max(0, index - 20), index))?.[0] ?? '';
	const after = text.slice(index + 1, index + 3);
	const followedByWord = /^ [\p{Ll}]/u.test(after);
	if (!followedByWord) return false;
	return /s$/i.test(before) || (/in$/i.test(before) && before.length > 3);
}

/** Single-quoted ranges outside the given double-quoted ones. */
function singleRanges(text: string, doubles: readonly Range[], nextOpensSingle = false): Range[] {
	// Doubles are in order and the scan only moves forward: one pointer answers "inside a double quote?".
	let pointer = 0;
	const inside = (index: number) => {
		while (pointer < doubles.length && doubles[pointer]!.close <= index) pointer++;
		const range = doubles[pointer];
		return range !== undefined && index >= range.open;
	};
	const openers: number[] = [];
	const closers: {index: number; weak: boolean}[] = [];
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (char !== "'" && char !== '‘' && char !== '’') continue;
		if (inside(index)) continue;
		const next = text[index + 1] ?? '';
		const previous = text[index - 1] ?? '';
		if (isOpeningContext(text, index) && next !== '' && (WORD.test(next) || next === '[' || next === '…')) {
			if (char !== '’' || !WORD.test(previous)) {
				if (!LEADING_ELISION.test(text.slice(index + 1, index + 5))) openers.push(index);
				continue;
			}
		}
		if (char !== '‘' && previous !== '' && !SPACE.test(previous) && isClosingContext(text, index))
			closers.push({index, weak: looksLikeTrailingApostrophe(text, index)});
	}
	const ranges: Range[] = [];
	let from = 0;
	let first = 0;
	for (const [position, open] of openers.entries()) {
		if (open < from) continue;
		const nextOpen = openers[position + 1] ?? Infinity;
		while (first < closers.length && closers[first]!.index <= open) first++;
		const candidates: {index: number; weak: boolean}[] = [];
		for (let at = first; at < closers.length && closers[at]!.index - open < 600; at++) candidates.push(closers[at]!);
		const strong = candidates.find(closer => !closer.weak);
		const chosen =
			strong && (strong.index < nextOpen || !candidates.some(c => c.index < nextOpen)) ? strong : candidates[0];
		if (!chosen) {
			// "'… the costs." and the next paragraph opens with a single mark: a quotation left open, as with double marks.
			if (nextOpensSingle && nextOpen === Infinity && /[.!?…]\s*$/.test(text))
				ranges.push({open, close: text.length, leftOpen: true});
			continue;
		}
		ranges.push({open, close: chosen.index + 1, leftOpen: false});
		from = chosen.index + 1;
	}
	return ranges;
}

/** The quoted words of a range: marks and the spaces next to them left out. */
function span(block: Block, range: Range, mark: QuoteMark): QuoteSpan | undefined {
	let start = range.open + 1;
	let end = range.leftOpen ? range.close : range.close - 1;
	while (start < end && SPACE.test(block.text[start]!)) start++;
	while (end > start && SPACE.test(block.text[end - 1]!)) end--;
	if (end <= start || !WORD.test(block.text.slice(start, end))) return undefined;
	return {
		start: block.start + start,
		end: block.start + end,
		open: block.start + range.open,
		close: block.start + range.close,
		block: block.index,
		mark,
		leftOpen: range.leftOpen,
		continues: false,
	};
}

const NAMING_CUE =
	/\b(?:named|names|dubbed|dubs|code-?named|nicknamed|titled|entitled|known as|so-called|the (?:term|word|phrase|slogan|hashtag|motto)|(?:a|an|the|its|his|her|their) [\p{L}-]+ called)\s*$/iu;

/** "who rates the stock "market perform."": a short phrase in a relative clause whose verb is not one of saying. */
const RELATIVE_CLAUSE = /\b(?:who|which)\s+(\p{Ll}+)\s+(?:[^\s,;:.!?"“”\u0001]+\s+){0,4}$/u;
const BE = new Set([
	'is',
	'was',
	'are',
	'were',
	'be',
	'been',
	'has',
	'had',
	'have',
	'would',
	'will',
	'could',
	'may',
	'might',
]);

/** "the national anthem, "…"": a phrase in apposition to a thing it names (not a person, a speaker or a document). */
const APPOSED_THING = /(?:^|\s)(\p{Ll}+)\s+(?:the|a|an|its|his|her|their|our)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+),\s*$/u;

/** Words that title case leaves in lower case: "Day after Day", "Gone with the Wind". */
const TITLE_LOWER_CASE = new Set(
	words(`
		a an the and but or nor of in on at to for by as after with from into onto over upon than about under without
	`),
);

/** Scare quotes and names in quotation marks: "Operation Peace Spring", so-called "experts". Not quotations. */
export function isScareQuote(text: string, quote: QuoteSpan): boolean {
	const words = text.slice(quote.start, quote.end);
	const before = text.slice(Math.max(0, quote.open - 40), quote.open);
	const tokens = words.split(/\s+/);
	if (tokens.length <= 6 && NAMING_CUE.test(before)) return true;
	const relative =
		tokens.length <= 3 ? RELATIVE_CLAUSE.exec(text.slice(Math.max(0, quote.open - 80), quote.open)) : null;
	if (relative && !SPEECH_VERBS.has(relative[1]!) && !BE.has(relative[1]!)) return true;
	const apposed = APPOSED_THING.exec(text.slice(Math.max(0, quote.open - 60), quote.open));
	const [, governor = '', noun = ''] = apposed ?? [];
	if (
		apposed &&
		/^\s*(?:[.,;)]|$)/.test(text.slice(quote.close, quote.close + 2)) &&
		!SPEECH_VERBS.has(governor) &&
		!PREPOSITIONS.has(governor) &&
		!FUNCTION_WORDS.has(governor)
	) {
		if (
			!SPEAKER_NOUNS.has(noun) &&
			!PEOPLE_NOUNS.has(noun) &&
			!TITLE_WORDS.has(noun) &&
			!DOCUMENT_NOUNS.has(noun) &&
			!RELATION_NOUNS.has(noun) &&
			!isPersonNoun(noun)
		)
			return true;
	}
	// A word or two glossed in brackets straight after the closing mark is a term being explained: "kuffar" (non-Muslim).
	if (tokens.length <= 2 && /^ ?\(/.test(text.slice(quote.close, quote.close + 2))) return true;
	// A short title-cased phrase with no punctuation is a name or a title, not someone's words.
	if (tokens.length >= 2 && tokens.length <= 5 && !/[.,;:!?…[\]]/.test(words)) {
		const significant = tokens.filter(token => token.length > 3);
		if (significant.length > 0 && significant.every(token => /^[\p{Lu}\d]/u.test(token)) && tokens[0] !== 'I')
			return true;
	}
	// With the punctuation inside the marks (US style: "Doris Day,") only a title capitalises every word but the small
	// ones.
	const bare = words.replace(/[,.]$/, '');
	if (bare !== words && tokens.length >= 2 && tokens.length <= 5 && !/[.,;:!?…[\]]/.test(bare)) {
		if (
			bare.split(/\s+/).every(token => /^[\p{Lu}\d]/u.test(token) || TITLE_LOWER_CASE.has(token)) &&
			tokens[0] !== 'I'
		)
			return true;
	}
	return false;
}

/**
 * Quoted spans of one paragraph, in order, without nested quotations or scare quotes (collected in `scare` if given).
 */
export function findQuotes(block: Block, articleText: string, scare: QuoteSpan[] = []): QuoteSpan[] {
	const doubles = doubleRanges(block.text);
	const nextOpensSingle = /^\s*\n\s*['‘]\p{L}/u.test(
		articleText.slice(block.start + block.text.length, block.start + block.text.length + 12),
	);
	const singles = singleRanges(block.text, doubles, nextOpensSingle);
	const ranges = [
		...doubles.map(range => ({range, mark: 'double' as const})),
		...singles.map(range => ({range, mark: 'single' as const})),
	].sort((a, b) => a.range.open - b.range.open);
	// A double-quoted phrase nested inside single quotes (British style) belongs to the outer quotation.
	const outer: typeof ranges = [];
	let reach = -1;
	for (const item of ranges) {
		if (item.range.open < reach && item.range.close <= reach) continue;
		outer.push(item);
		reach = Math.max(reach, item.range.close);
	}
	const spans: QuoteSpan[] = [];
	for (const {range, mark} of outer) {
		const quote = span(block, range, mark);
		if (!quote) continue;
		if (isScareQuote(articleText, quote)) scare.push(quote);
		else spans.push(quote);
	}
	return spans;
}

/** Marks paragraphs that reopen a quotation the previous paragraph left open. */
export function linkContinuations(quotesByBlock: readonly (readonly QuoteSpan[])[], blocks: readonly Block[]): void {
	for (let index = 1; index < quotesByBlock.length; index++) {
		const previous = quotesByBlock[index - 1]!.at(-1);
		const first = quotesByBlock[index]![0];
		if (previous?.leftOpen && first && first.open === blocks[index]!.start) first.continues = true;
	}
}
