import {fold} from '../lexicon.js';
import type {QuoteSpan} from '../quotes/quotes.js';
import {ABBREVIATIONS} from '../vocabulary.js';
import type {Block} from './article.js';

// Sentences of a paragraph, with quotations treated as opaque: a full stop inside quotation marks
// does not end the sentence that quotes it ("…in two days!" Macron told the world).

/** Stands for quoted text in a masked sentence, so rules see where a quotation was without its words. */
export const QUOTE_CHAR = '\u0001';
/** Stands for a name in quotation marks in a masked sentence. */
export const NAME_CHAR = '\u0002';

/** A word outside quotation marks. */
export type Token = {
	readonly text: string;
	/** Lower case, no diacritics, possessive ending removed. */
	readonly key: string;
	readonly start: number;
	readonly end: number;
	readonly capitalised: boolean;
	/** Ends in ’s or s’ (the possessive mark is part of text but not of key). */
	readonly possessive: boolean;
};

export type Sentence = {
	readonly block: number;
	readonly start: number;
	readonly end: number;
	readonly quotes: readonly QuoteSpan[];
	/** The sentence text with quotations replaced by QUOTE_CHAR and asides (parentheses, paired dashes) by spaces. */
	readonly masked: string;
	/** Words outside quotations and asides, with offsets into the article text. */
	readonly tokens: readonly Token[];
	/** Position in the article's list of sentences. */
	readonly index: number;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:['’](?![\p{L}]))?/gu;

/** The text with each span [open, close) replaced by a run of `char`: one pass, spans sorted by the caller's order. */
function maskSpans(
	text: string,
	offset: number,
	spans: readonly {open: number; close: number}[],
	char: string,
): string {
	if (spans.length === 0) return text;
	let out = '';
	let at = 0;
	for (const span of [...spans].sort((a, b) => a.open - b.open)) {
		const from = Math.max(at, span.open - offset);
		const to = Math.min(text.length, span.close - offset);
		if (to <= from) continue;
		out += text.slice(at, from) + char.repeat(to - from);
		at = to;
	}
	return out + text.slice(at);
}

const SENTENCE_END_CANDIDATE = /[.!?]|\u0001(?!\u0001)/g;

/**
 * A wire dateline is where and when the story was filed, not part of its first sentence: "LONDON (AP) — ",
 * "DAYTON, Ohio (AP) — ", "NASHVILLE, Tenn. (AP) — ", "UNITED NATIONS — ", "March 4 (Reuters) - ".
 */
const DATELINE =
	/^(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)? ?(?:\([^()]{1,30}\) ?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \([^()]{1,30}\) ?)[\u2014\u2013-]{1,2} /u;

function maskAsides(masked: string): string {
	if (!/[([\u2014\u2013]|\s-\s/.test(masked)) return masked;
	let out = masked.replace(/\([^()]{0,200}\)|\[[^[\]]{0,200}\]/g, match => ' '.repeat(match.length));
	out = out.replace(
		/(?:\s[\u2014\u2013]\s?|\u2014|\s-\s)[^\u2014\u2013\u0001]{1,120}?(?:\s?[\u2014\u2013]\s|\u2014|\s-\s)/g,
		match => ' '.repeat(match.length),
	);
	return out;
}

/** Words of a masked text; offsets are shifted by `offset`. */
const isMark = (code: number) => code === 39 || code === 0x2019;

export function tokenize(masked: string, offset: number): Token[] {
	const tokens: Token[] = [];
	for (const match of masked.matchAll(WORD)) {
		let text = match[0];
		let core = text;
		let possessive = false;
		const last = text.charCodeAt(text.length - 1);
		if (isMark(last)) {
			// "Forces'" (plural possessive) or a quotation mark glued to a word.
			if (text.length > 1 && (text.charCodeAt(text.length - 2) | 32) === 115) {
				possessive = true;
				core = text.slice(0, -1);
			} else {
				text = text.slice(0, -1);
				core = text;
			}
		} else if ((last | 32) === 115 && text.length > 2 && isMark(text.charCodeAt(text.length - 2))) {
			possessive = true;
			core = text.slice(0, -2);
		}
		const first = core.charAt(0);
		// The full stop of an abbreviation or an initial is part of its word: "Rep. Luis Ferrer Jr.", "U.S. Attorney",
		// "John F. Kennedy".
		if (!possessive && masked.charCodeAt(match.index + text.length) === 46 && isAbbreviation(core)) text += '.';
		tokens.push({
			text,
			key: fold(core),
			start: offset + match.index,
			end: offset + match.index + text.length,
			capitalised: first !== first.toLowerCase(),
			possessive,
		});
	}
	return tokens;
}

/** A word written with a full stop that does not end a sentence: a title, "U.S", an initial. */
function isAbbreviation(word: string): boolean {
	return ABBREVIATIONS.has(fold(word)) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function endsSentence(masked: string, dot: number): boolean {
	// What follows: spaces, then a capital letter, a digit or an opening mark.
	const after = masked.slice(dot + 1, dot + 4);
	if (!/^[)\]'’"”]*\s+(?:[\p{Lu}\p{N}"“‘'\u0001([])/u.test(after + masked.slice(dot + 4, dot + 8))) return false;
	if (masked[dot] !== '.') return true;
	const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: John F. Kennedy
	if (ABBREVIATIONS.has(fold(word))) return false;
	return true;
}

/** Splits a paragraph into sentences; `startIndex` numbers them within the article. */
export function splitSentences(
	block: Block,
	quotes: readonly QuoteSpan[],
	startIndex: number,
	names: readonly QuoteSpan[] = [],
): Sentence[] {
	// Names in quotation marks ("Operation Peace Spring") are hidden from the name finder but are not quotations.
	let masked = maskSpans(maskSpans(block.text, block.start, quotes, QUOTE_CHAR), block.start, names, NAME_CHAR);
	const dateline = block.index >= 0 ? DATELINE.exec(masked) : null;
	if (dateline) masked = ' '.repeat(dateline[0].length) + masked.slice(dateline[0].length);
	const quoteEnds = new Map(quotes.map(quote => [quote.close - block.start, quote]));
	const cuts: number[] = [];
	for (const match of masked.matchAll(SENTENCE_END_CANDIDATE)) {
		const index = match.index;
		const char = match[0];
		if (char !== QUOTE_CHAR) {
			if (endsSentence(masked, index)) cuts.push(index + 1);
		} else {
			// A quotation that ends with its own full stop, followed by a capital: the sentence ended inside the marks.
			const quote = quoteEnds.get(index + 1);
			if (
				quote &&
				/\.['’]?$/.test(block.text.slice(quote.start - block.start, quote.end - block.start)) &&
				/^\s+[\p{Lu}"“‘\u0001]/u.test(masked.slice(index + 1, index + 4))
			)
				cuts.push(index + 1);
		}
	}
	cuts.push(masked.length);
	const sentences: Sentence[] = [];
	let from = 0;
	let quoteIndex = 0;
	for (const cut of cuts) {
		if (cut <= from) continue;
		const lead = /^\s*/.exec(masked.slice(from, cut))![0].length;
		const start = from + lead;
		from = cut;
		if (start >= cut) continue;
		const sentenceMasked = maskAsides(masked.slice(start, cut));
		const absoluteStart = block.start + start;
		// Quotations come in order, and so do sentences: a pointer, not a search per sentence.
		while (quoteIndex < quotes.length && quotes[quoteIndex]!.open < absoluteStart) quoteIndex++;
		const within: QuoteSpan[] = [];
		for (let at = quoteIndex; at < quotes.length && quotes[at]!.open < block.start + cut; at++)
			within.push(quotes[at]!);
		const tokens = tokenize(sentenceMasked, absoluteStart);
		let next = 0; // the first of `within` not yet given to a piece: they are in order, and so are the pieces
		for (const piece of pieces(absoluteStart, block.start + cut, tokens)) {
			const quotesOfPiece: QuoteSpan[] = [];
			for (; next < within.length && within[next]!.open < piece.end; next++) quotesOfPiece.push(within[next]!);
			sentences.push({
				block: block.index,
				start: piece.start,
				end: piece.end,
				quotes: quotesOfPiece,
				masked: sentenceMasked.slice(piece.start - absoluteStart, piece.end - absoluteStart),
				tokens: tokens.slice(piece.from, piece.to),
				index: startIndex + sentences.length,
			});
		}
	}
	return sentences;
}

/**
 * More words than this outside quotation marks is not a sentence of news prose (the longest in the annotated
 * articles has 56) but a list, a table or an attack. It is read as sentences of this many words: the rules look
 * around each word within its sentence, so a sentence of unbounded length would make ingest quadratic.
 */
export const MAX_SENTENCE_WORDS = 250;

/** A sentence's stretch [start, end) in the article and its tokens [from, to): the whole, or pieces of a long one. */
function pieces(start: number, end: number, tokens: readonly Token[]) {
	if (tokens.length <= MAX_SENTENCE_WORDS) return [{start, end, from: 0, to: tokens.length}];
	const found: {start: number; end: number; from: number; to: number}[] = [];
	for (let from = 0; from < tokens.length; from += MAX_SENTENCE_WORDS) {
		const to = Math.min(tokens.length, from + MAX_SENTENCE_WORDS);
		found.push({
			start: from === 0 ? start : tokens[from]!.start,
			end: to < tokens.length ? tokens[to]!.start : end,
			from,
			to,
		});
	}
	return found;
}
