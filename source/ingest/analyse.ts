import {type AttributedQuote, attributeSentence, Discourse} from './attribution/index.js';
import {type Deadline, NO_DEADLINE} from './deadline.js';
import {Entities} from './entities/entities.js';
import type {SpeakerChoice} from './learned/speaker-model.js';
import {fold} from './lexicon.js';
import {findMentions} from './mentions/mentions.js';
import {findQuotes, linkContinuations, type QuoteSpan} from './quotes/quotes.js';
import {type Article, type Block, parseArticle} from './text/article.js';
import {type Sentence, splitSentences} from './text/sentences.js';
import type {Entity, Mention} from './types.js';

// The analysis behind a draft: every quotation with its speaker and offsets. The evaluation scores
// this directly; index.ts turns it into a briefing.

export type Analysis = {
	readonly article: Article;
	readonly blocks: readonly Block[];
	readonly sentences: readonly Sentence[];
	readonly quotes: readonly AttributedQuote[];
	readonly entities: Entities;
	readonly discourse: Discourse;
};

/** How an analysis chooses speakers (the shipped model and mode unless told: `npm run train:ingest` tells). */
export type AnalysisOptions = {readonly speakers?: SpeakerChoice};

/** Finds the quotations of an article and who said each; `deadline` is checked as it goes (and throws when spent). */
export function analyseArticle(
	text: string,
	deadline: Deadline = NO_DEADLINE,
	options: AnalysisOptions = {},
): Analysis {
	const article = parseArticle(text);
	const blocks = [article.headline, ...article.paragraphs];
	const namesByBlock: QuoteSpan[][] = blocks.map(() => []);
	const quotesByBlock = blocks.map((block, position) => {
		deadline();
		return findQuotes(block, article.text, namesByBlock[position]);
	});
	linkContinuations(quotesByBlock.slice(1), article.paragraphs);

	const sentences: Sentence[] = [];
	// One at a time, not spread into push: a paragraph can hold more sentences than a call can take arguments.
	for (const [position, block] of blocks.entries()) {
		deadline();
		for (const sentence of splitSentences(block, quotesByBlock[position]!, sentences.length, namesByBlock[position]))
			sentences.push(sentence);
	}
	const mentions = new Map<Sentence, Mention[]>();
	const names = capitalisedInside(sentences);
	for (const sentence of sentences) {
		deadline();
		mentions.set(sentence, findMentions(sentence, article.text, names));
	}
	const entities = new Entities(article.text);
	entities.register([...mentions.values()].flat());
	const discourse = new Discourse(sentences, mentions, entities);

	const quotes: AttributedQuote[] = [];
	let open: {quote: QuoteSpan; speaker: Entity | undefined} | undefined;
	for (const sentence of sentences) {
		deadline();
		const previousOpen = open && open.quote.block === sentence.block - 1 ? open.speaker : undefined;
		const found = attributeSentence(discourse, sentence, article.text, previousOpen, options.speakers);
		for (const quote of found) quotes.push(quote);
		for (const result of found) if (result.quote.leftOpen) open = {quote: result.quote, speaker: result.speaker};
	}
	deadline();
	borrowSpeakers(quotes, article.text);
	return {article, blocks, sentences, quotes, entities, discourse};
}

/** Words written with a capital inside sentences: at a sentence start, "Berg" is then a name, not a word. */
function capitalisedInside(sentences: readonly Sentence[]): Set<string> {
	const found = new Set<string>();
	for (const sentence of sentences) {
		const tokens = sentence.tokens;
		for (let index = 1; index < tokens.length; index++) {
			const token = tokens[index]!;
			if (
				token.capitalised &&
				tokens[index - 1]!.end === token.start - 1 &&
				sentence.masked.charCodeAt(token.start - 1 - sentence.start) === 32
			)
				found.add(token.key);
		}
	}
	return found;
}

/** A phrase quoted without attribution (often in a headline) that repeats words quoted elsewhere has that speaker. */
function borrowSpeakers(quotes: readonly AttributedQuote[], text: string): void {
	const normalise = (quote: QuoteSpan) =>
		fold(text.slice(quote.start, quote.end))
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	const strong = (rule: AttributedQuote['rule']) => rule === 'verb' || rule === 'colon' || rule === 'continuation';
	// A quoted section heading ("‘No line you can build’" alone on its line) quotes words said below it: it is weak too.
	const heading = (quote: QuoteSpan) => {
		const words = text.slice(quote.start, quote.end);
		const line =
			(quote.open === 0 || text.charCodeAt(quote.open - 1) === 0x0a) &&
			/^\s*(?:\n|$)/.test(text.slice(quote.close, quote.close + 2));
		return line && !/[.,;:!?…]$/.test(words) && words.split(/\s+/).length <= 10;
	};
	const weak = quotes
		.filter(quote => !strong(quote.rule) || (quote.sentence.block >= 0 && heading(quote.quote)))
		.slice(0, 100); // bounded: this compares texts pairwise
	if (weak.length === 0) return;
	const sources = quotes
		.filter(quote => quote.speaker && strong(quote.rule))
		.map(quote => ({quote, words: ` ${normalise(quote.quote)} `}));
	for (const item of weak) {
		const words = normalise(item.quote);
		if (words.length < 3) continue;
		const source = sources.find(other => other.quote !== item && other.words.includes(` ${words} `));
		if (source) {
			item.speaker = source.quote.speaker;
			item.rule = 'previous';
		}
	}
}
