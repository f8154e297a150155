import {describe, expect, it} from 'vitest';
import {article, quotesOf} from '../helpers.js';

describe('quotations that are names or terms, not speech', () => {
	it('a title in apposition to a noun for a named thing', () => {
		expect(
			quotesOf(
				article('Rally', 'Organiser Matty Roberts says his event, "Storm the Base, They Cannot Stop Us", was a joke.'),
			),
		).toEqual([]);
	});

	it('a title after a determiner, in title case', () => {
		expect(
			quotesOf(article('Vote', 'Parliament voted to pass the "Reproductive Health Care Reform Bill" on Thursday.')),
		).toEqual([]);
	});

	it('a term after a passive or adverbial naming verb', () => {
		expect(quotesOf(article('Flu', 'That year the virus was commonly called "swine flu" in many countries.'))).toEqual(
			[],
		);
	});

	it('an active naming cue keeps its quoted words as speech', () => {
		expect(
			quotesOf(
				article('Review', 'Critic Ann Lee called the novel "a long walk in the rain with no umbrella" on Tuesday.'),
			),
		).toEqual([['a long walk in the rain with no umbrella', 'Ann Lee']]);
	});
});
