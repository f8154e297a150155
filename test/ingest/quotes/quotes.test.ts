import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../../source/ingest/quotes/quotes.js';
import {parseArticle} from '../../../source/ingest/text/article.js';

function spans(paragraph: string): string[] {
	const article = parseArticle(`Headline\n\n${paragraph}`);
	const block = article.paragraphs[0]!;
	return findQuotes(block, article.text).map(quote => article.text.slice(quote.start, quote.end));
}

describe('findQuotes', () => {
	it('finds straight and curly double quotes, keeping punctuation inside the marks', () => {
		expect(spans('"We are ready," she said. “It is time.”')).toEqual(['We are ready,', 'It is time.']);
	});

	it('finds partial quotes inside a sentence and both halves of a split quote', () => {
		expect(spans('He called it "a non-starter" and left.')).toEqual(['a non-starter']);
		expect(spans('"What is so sad for me", Cengiz said, "is not seeing justice."')).toEqual([
			'What is so sad for me',
			'is not seeing justice.',
		]);
	});

	it('finds single-quoted quotations, as in headlines and photo captions', () => {
		expect(spans("Stoltenberg said that 'there is a real risk for new armed conflict' [Reuters]")).toEqual([
			'there is a real risk for new armed conflict',
		]);
		expect(spans('Talks at impasse amid ‘real risk’ of war')).toEqual(['real risk']);
	});

	it('does not mistake apostrophes for quotation marks', () => {
		expect(spans("The drivers' union said the ministry's plan was fine.")).toEqual([]);
		expect(spans('It’s five o’clock, and rock ’n’ roll is talkin’ about the ’90s and Erdogan’s plans.')).toEqual([]);
		expect(spans("The workers' leaders said 'we won't go back' on Friday.")).toEqual(["we won't go back"]);
	});

	it('keeps nested quotations inside the outer one', () => {
		expect(spans(`"I'd think, 'Wow, I’m surprised they're discussing this.' " he wrote.`)).toEqual([
			"I'd think, 'Wow, I’m surprised they're discussing this.'",
		]);
		expect(spans('"The "United States" is not holding any detainees," he said.')).toEqual([
			'The "United States" is not holding any detainees,',
		]);
	});

	it('leaves out a space before the closing mark', () => {
		expect(spans('"It is over. " she said.')).toEqual(['It is over.']);
	});

	it('skips scare quotes and names in quotation marks', () => {
		expect(spans('He named it "Operation Peace Spring" on Wednesday.')).toEqual([]);
		expect(spans('The so-called "experts" were wrong.')).toEqual([]);
		expect(spans('He called the deal "null and void".')).toEqual(['null and void']);
		expect(spans('He told her to shun her "kuffar" (non-Muslim) parents, calling them "lost" (she said).')).toEqual([]);
		expect(spans('He called the offer "insulting" and left (on Monday).')).toEqual(['insulting']);
	});

	it('skips titles with the punctuation inside the marks, and what "a song called" names', () => {
		expect(
			spans('Her name was shortened to "Doris Day," after a song called "Day after Day," which she sang.'),
		).toEqual([]);
		expect(spans('Hits followed, including "Kitchen Light," and "Gone with the Wind."')).toEqual([]);
		expect(spans('"We\'ll see," she said. "This is not over." He called the plan "Reckless."')).toEqual([
			"We'll see,",
			'This is not over.',
			'Reckless.',
		]);
	});

	it('runs a quotation left open to the end of its paragraph', () => {
		const article = parseArticle('Headline\n\n"It was about safety, about being heard.\n\n"Now they know."');
		const [first, second] = article.paragraphs.map(block => findQuotes(block, article.text));
		expect(first![0]!.leftOpen).toBe(true);
		expect(article.text.slice(first![0]!.start, first![0]!.end)).toBe('It was about safety, about being heard.');
		expect(second![0]!.leftOpen).toBe(false);
	});
});
