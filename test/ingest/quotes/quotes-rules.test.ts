// The rules of finding quoted spans (source/ingest/quotes/quotes.ts) that mutation testing showed no test stated:
// which marks open and close a quotation, apostrophes that are not marks, the words in quotation marks that are
// names rather than someone's words, and a quotation that goes on in the next paragraph.

import {describe, expect, it} from 'vitest';
import {findQuotes, linkContinuations} from '../../../source/ingest/quotes/quotes.js';
import {parseArticle} from '../../../source/ingest/text/article.js';

/** The quoted words of one paragraph; with `scare`, the words in marks left out as names instead. */
function spans(paragraph: string, which: 'quotes' | 'scare' = 'quotes'): string[] {
	const article = parseArticle(`Headline\n\n${paragraph}`);
	const scare: ReturnType<typeof findQuotes> = [];
	const quotes = findQuotes(article.paragraphs[0]!, article.text, scare);
	return (which === 'quotes' ? quotes : scare).map(quote => article.text.slice(quote.start, quote.end));
}

/** Per paragraph: each quotation's words, and whether it goes on from the paragraph before. */
function paragraphs(...texts: string[]): [string, boolean][][] {
	const article = parseArticle(['Headline', ...texts].join('\n\n'));
	const found = article.paragraphs.map(block => findQuotes(block, article.text));
	linkContinuations(found, article.paragraphs);
	return found.map(quotes => quotes.map(quote => [article.text.slice(quote.start, quote.end), quote.continues]));
}

describe('double marks', () => {
	it('guillemets open and close a quotation', () => {
		expect(spans('She called it «a betrayal» and left.')).toEqual(['a betrayal']);
	});

	it('a closing mark with nothing open is not a quotation', () => {
		expect(spans('He said" that was all." Then "it ended."')).toEqual(['it ended.']);
	});

	it('spaces inside the marks are not part of the quoted words', () => {
		expect(spans('He said " we will win " then.')).toEqual(['we will win']);
	});

	it('marks with no words between them quote nothing', () => {
		expect(spans('He said "  " then.')).toEqual([]);
		expect(spans('He said "..." then.')).toEqual([]);
	});
});

describe('single marks and apostrophes', () => {
	it('a quotation may open on a bracket or an ellipsis', () => {
		expect(spans("'[The] plan is dead,' he said.")).toEqual(['[The] plan is dead,']);
		expect(spans("'…and that was it,' he said.")).toEqual(['…and that was it,']);
	});

	it('a word that starts with an apostrophe does not open a quotation', () => {
		expect(spans("'We love 'em all,' he said.")).toEqual(["We love 'em all,"]);
		expect(spans("'We wait 'til dawn,' he said.")).toEqual(["We wait 'til dawn,"]);
		expect(spans("He said 'it is the ’90s again' then.")).toEqual(['it is the ’90s again']);
	});

	it('a mark after a space does not close a quotation', () => {
		expect(spans("He said ' we will win ' then.")).toEqual([]);
	});

	it('a plural possessive before a lower-case word does not close the quotation', () => {
		expect(spans("'The bus' engine failed,' he said.")).toEqual(["The bus' engine failed,"]);
	});

	it('a dropped g ("talkin’") does not close the quotation, but a plain "in" does', () => {
		expect(spans("'Nobody is talkin' about it,' he said.")).toEqual(["Nobody is talkin' about it,"]);
		expect(spans("'We let them in' he said.")).toEqual(['We let them in']);
	});

	it('a word ending in s closes the quotation when no other mark does', () => {
		expect(spans("'We are the champions' said Tom.")).toEqual(['We are the champions']);
	});

	it('a quotation closes before the next one opens, even on a word ending in s', () => {
		expect(spans("'We beat the Lions' said Tom, and 'we will win now' he added.")).toEqual([
			'We beat the Lions',
			'we will win now',
		]);
	});

	it('a double-quoted phrase inside single marks belongs to the single-quoted quotation', () => {
		expect(spans('He said \'the so-called "deal" is dead\' today.')).toEqual(['the so-called "deal" is dead']);
		expect(spans('He said \'the plan is "dead and buried" now\' today.')).toEqual([
			'the plan is "dead and buried" now',
		]);
	});
});

describe('names and terms in quotation marks', () => {
	it('up to six words after a naming cue are a name', () => {
		expect(spans('The group is known as "the lions of the north" now.', 'scare')).toEqual(['the lions of the north']);
		expect(spans('The group is known as "the lions of the far north" now.', 'scare')).toEqual([
			'the lions of the far north',
		]);
		expect(spans('The group is known as "the lions of the north and the south" now.')).toEqual([
			'the lions of the north and the south',
		]);
	});

	it('a short phrase in a relative clause whose verb is not one of saying is a term, not speech', () => {
		expect(spans('An analyst who rates the stock "market perform" said so.', 'scare')).toEqual(['market perform']);
		expect(spans('An analyst who rates the stock "market perform now" said so.', 'scare')).toEqual([
			'market perform now',
		]);
		expect(spans('An analyst who rates the stock "market perform now please" said so.')).toEqual([
			'market perform now please',
		]);
	});

	it('after "who said" or "who was" a short phrase in marks is still speech', () => {
		expect(spans('The minister, who said "it was fine," left.')).toEqual(['it was fine,']);
		expect(spans('The minister, who was "very upset," left.')).toEqual(['very upset,']);
		expect(spans('An analyst who might "sell" said so.')).toEqual(['sell']);
	});

	it('the relative clause must be close: a few words from its verb to the mark', () => {
		expect(spans('An analyst who rates the stock very highly today "market perform" said so.')).toEqual([
			'market perform',
		]);
	});

	it('a phrase set off after a thing it names is that thing’s name', () => {
		expect(spans('They sang the national anthem, "God save the king."', 'scare')).toEqual(['God save the king.']);
		expect(spans('They sang the national anthem, "God save the king"; then they left.', 'scare')).toEqual([
			'God save the king',
		]);
		expect(spans('They sang the national anthem, "God save the king") then left.', 'scare')).toEqual([
			'God save the king',
		]);
	});

	it('but not when the sentence goes on after it, nor after a person, a listener or a preposition', () => {
		expect(spans('They sang the national anthem, "God save the king" and left.')).toEqual(['God save the king']);
		expect(spans('He met the new chairman, "a fine man."')).toEqual(['a fine man.']);
		expect(spans('She told the crowd, "we shall overcome."')).toEqual(['we shall overcome.']);
		expect(spans('She sang with the choir, "we shall overcome."')).toEqual(['we shall overcome.']);
		expect(spans('They stood for the flag and the anthem, "God save the king."')).toEqual(['God save the king.']);
		expect(spans('They met the band, "a fine partner."', 'scare')).toEqual(['a fine partner.']);
		expect(spans('They met the company, "a fine partner."')).toEqual(['a fine partner.']);
		expect(spans('They read the letter, "we are sorry."')).toEqual(['we are sorry.']);
	});

	it('one or two words glossed in brackets right after the mark are a term', () => {
		expect(spans('He called them "kuffar infidel" (non-Muslim).', 'scare')).toEqual(['kuffar infidel']);
		expect(spans('He called them "kuffar infidel bad" (non-Muslim).')).toEqual(['kuffar infidel bad']);
		expect(spans('He called them "kuffar"(non-Muslim).', 'scare')).toEqual(['kuffar']);
		expect(spans('He called them "kuffar"  (non-Muslim).')).toEqual(['kuffar']);
	});

	it('two to five capitalised words with no punctuation are a name', () => {
		expect(spans('They played "Love Lagoon" and left.', 'scare')).toEqual(['Love Lagoon']);
		expect(spans('They played "LOVE LAGOON" and left.', 'scare')).toEqual(['LOVE LAGOON']);
		expect(spans('They played "Blue Lagoon Summer 1999" and left.', 'scare')).toEqual(['Blue Lagoon Summer 1999']);
		expect(spans('They played "Love Me Do Now Or" and left.', 'scare')).toEqual(['Love Me Do Now Or']);
		expect(spans('They played "Love Me Do Now Or Not" and left.')).toEqual(['Love Me Do Now Or Not']);
		expect(spans('They played "love Lagoon" and left.')).toEqual(['love Lagoon']);
		expect(spans('It was "Big Red" said Tom.')).toEqual(['Big Red']);
		expect(spans('It was "Blue Lagoon!" said Tom.')).toEqual(['Blue Lagoon!']);
	});

	it('with a comma or full stop inside the marks, a title-cased phrase of two to five words is a title', () => {
		expect(spans('They played "Love Me," and left.', 'scare')).toEqual(['Love Me,']);
		expect(spans('They played "Love Me Do." and left.', 'scare')).toEqual(['Love Me Do.']);
		expect(spans('They played "Love Me Do Now Or," and left.', 'scare')).toEqual(['Love Me Do Now Or,']);
		expect(spans('They played "Love of the Game," and left.', 'scare')).toEqual(['Love of the Game,']);
		expect(spans('They played "Love Me Do Now Or Not," and left.')).toEqual(['Love Me Do Now Or Not,']);
		expect(spans('They played "Love," and left.')).toEqual(['Love,']);
		expect(spans('They played "Love: Me Do," and left.')).toEqual(['Love: Me Do,']);
		expect(spans('They played "Love Me Do?" and left.')).toEqual(['Love Me Do?']);
	});

	it('“I” opening a title-cased phrase is someone speaking', () => {
		expect(spans('"I Love The Game," he said.')).toEqual(['I Love The Game,']);
		expect(spans('"I Love This Town" he said.')).toEqual(['I Love This Town']);
	});
});

describe('a quotation that goes on in the next paragraph', () => {
	it('a paragraph that opens with a mark continues the quotation the paragraph before left open', () => {
		expect(paragraphs('"We will rebuild the town.', '"It will take years," he said.')).toEqual([
			[['We will rebuild the town.', false]],
			[['It will take years,', true]],
		]);
	});

	it('a quotation later in the paragraph does not continue it', () => {
		expect(paragraphs('"We will rebuild the town.', 'He said "it will take years."')).toEqual([
			[['We will rebuild the town.', false]],
			[['it will take years.', false]],
		]);
	});

	it('nothing continues after a quotation that closed', () => {
		expect(paragraphs('"We will rebuild the town," he said.', '"It will take years," he said.')).toEqual([
			[['We will rebuild the town,', false]],
			[['It will take years,', false]],
		]);
	});

	it('only the last quotation of the paragraph before counts', () => {
		expect(paragraphs('He said "it is fine" and "We will rebuild the town.', '"It will take years," he said.')).toEqual(
			[
				[
					['it is fine', false],
					['We will rebuild the town.', false],
				],
				[['It will take years,', true]],
			],
		);
	});

	it('a single mark left open at a sentence end goes on when the next paragraph opens with one', () => {
		expect(paragraphs("'We will rebuild the town and the school.", "'It will take years,' he said.")).toEqual([
			[['We will rebuild the town and the school.', false]],
			[['It will take years,', true]],
		]);
		expect(
			paragraphs("'We will rebuild the town,' he said, 'and the school.", "'It will take years,' he said."),
		).toEqual([
			[
				['We will rebuild the town,', false],
				['and the school.', false],
			],
			[['It will take years,', true]],
		]);
	});

	it('but is no quotation when the paragraph stops mid-sentence or the next one opens otherwise', () => {
		expect(paragraphs("'We will rebuild the town and the school", "'It will take years,' he said.")).toEqual([
			[],
			[['It will take years,', false]],
		]);
		expect(paragraphs("'We will rebuild the town and the school.", 'It will take years, he said.')).toEqual([[], []]);
	});
});
