import {analyseArticle} from '../../source/ingest/analyse.js';

/** The quotations ingest finds in an article, as [quoted words, speaker name] pairs. */
export function quotesOf(text: string): [string, string | undefined][] {
	const analysis = analyseArticle(text);
	return analysis.quotes.map(({quote, speaker}) => [
		analysis.article.text.slice(quote.start, quote.end),
		speaker?.name,
	]);
}

/** An article from a headline and paragraphs. */
export function article(headline: string, ...paragraphs: string[]): string {
	return [headline, ...paragraphs].join('\n\n');
}

/** The quotations of an article with their speaker and the rule (sieve) that found it. */
export function rulesOf(text: string): [string, string | undefined, string][] {
	const analysis = analyseArticle(text);
	return analysis.quotes.map(({quote, speaker, rule}) => [
		analysis.article.text.slice(quote.start, quote.end),
		speaker?.name,
		rule,
	]);
}
