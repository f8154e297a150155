// What counts as a quotation, stated through ingest's entry point (analyseArticle), so the rules can move
// between stages without these tests changing: each one is a rule a reader of the draft would notice.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../source/ingest/analyse.js';

/** The quotations found in one paragraph under a headline, as [quoted words, speaker name]. */
function quotesIn(paragraph: string): [string, string | undefined][] {
	const analysis = analyseArticle(`Vote on the bridge\n\n${paragraph}`);
	return analysis.quotes.map(({quote, speaker}) => [
		analysis.article.text.slice(quote.start, quote.end),
		speaker?.name,
	]);
}

const LONG =
	'we have spent three years on this plan and we will not give it up now, whatever the council says about the ' +
	'cost of the new bridge, the size of the road, the time it will take to build or the people who will lose their ' +
	'homes while it is built, because the town needs a bridge and the people who cross the river every day deserve ' +
	'one that does not close for a month every winter when the ice comes down,';

describe('quotations and the words that only look like them', () => {
	it('a short title-cased phrase in quotation marks is a name, not a quotation', () => {
		expect(quotesIn('Mayor Ana Silva said the plan was called “Bridge For Tomorrow”.')).toEqual([]);
	});

	it('but one that starts with “I” is someone speaking, capitals or not', () => {
		expect(quotesIn('“I Cannot Accept This,” Mayor Ana Silva said.')).toEqual([['I Cannot Accept This,', 'Ana Silva']]);
		expect(quotesIn('Mayor Ana Silva said it plainly: “I Will Not Resign”.')).toEqual([
			['I Will Not Resign', 'Ana Silva'],
		]);
	});

	it('a few words after “so-called” or “dubbed” are a name; a whole clause after it is a quotation', () => {
		expect(quotesIn('The plan was dubbed “the bridge to nowhere” by its critics.')).toEqual([]);
		expect(
			quotesIn('The so-called “bridge that nobody in this town asked for” was debated on Monday, Tom Berg said.'),
		).toEqual([['bridge that nobody in this town asked for', 'Tom Berg']]);
	});

	it('a single-quoted quotation runs to its closing mark even 400 characters on', () => {
		expect(LONG.length).toBeGreaterThan(400);
		expect(quotesIn(`‘${LONG}’ Mayor Ana Silva said.`)).toEqual([[LONG, 'Ana Silva']]);
	});

	it('a plural possessive inside single marks does not close the quotation', () => {
		expect(quotesIn('‘The players’ union will decide on Monday, not the club,’ Tom Berg said.')).toEqual([
			['The players’ union will decide on Monday, not the club,', 'Tom Berg'],
		]);
	});
});
