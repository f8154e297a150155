import type {QuoteSpan} from '../../quotes/quotes.js';
import type {Sentence} from '../../text/sentences.js';
import type {Entity} from '../../types.js';
import {CONJUNCTIONS} from '../../vocabulary.js';
import type {Discourse} from '../discourse.js';
import type {AttributedQuote, Attribution, AttributionRule} from '../types.js';

/** What a sieve sees of one quotation: its sentence, the sentence's cues, and what came before it. */
export type QuoteContext = {
	readonly discourse: Discourse;
	readonly sentence: Sentence;
	readonly article: string;
	readonly quote: QuoteSpan;
	/** The sentence's cues (verbs of saying, "according to"), each with the speaker it names, if any. */
	readonly cues: readonly Attribution[];
	/** The speaker of a quotation left open at the end of the paragraph before. */
	readonly previousOpen: Entity | undefined;
	/** This sentence's quotations already attributed, in order. */
	readonly earlier: readonly AttributedQuote[];
};

/** One pass of attribution: a named rule that finds a quotation's speaker, or leaves it to the next sieve. */
export type Sieve = {
	readonly name: string;
	/** How the speaker was found, recorded with the quotation (later passes trust some rules more than others). */
	readonly rule: AttributionRule;
	readonly find: (context: QuoteContext) => Entity | undefined;
};

/** Only conjunctions and punctuation before it: the quotation opens its sentence. */
export function opensSentence({sentence, quote}: QuoteContext): boolean {
	return !sentence.tokens.some(token => token.start < quote.open && !CONJUNCTIONS.has(token.key));
}

/** The quotation follows a colon: "Bolsonaro opposed Macron's statement: "…"". */
export function followsColon({sentence, quote}: QuoteContext): boolean {
	let back = quote.open - sentence.start - 1;
	while (back >= 0 && /\s/.test(sentence.masked[back]!)) back--;
	return back >= 0 && sentence.masked[back] === ':';
}

/** A sentence of quotations and conjunctions only. */
export function isQuotationsOnly(sentence: Sentence): boolean {
	return sentence.tokens.every(token => CONJUNCTIONS.has(token.key));
}
