import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('quotation alone', () => {
	it('a sentence that is only a quotation continues the speaker before it', () => {
		expect(
			rulesOf(
				article('Budget', 'Finance Minister Ian Cole said the budget was balanced. "There will be no new taxes."'),
			),
		).toEqual([['There will be no new taxes.', 'Ian Cole', 'continuation']]);
	});

	it('a quotation opening a paragraph continues whoever spoke last in the paragraph before', () => {
		expect(
			rulesOf(article('Budget', '"We kept our word," Ian Cole said.', '"And we will keep it again next year."')).at(-1),
		).toEqual(['And we will keep it again next year.', 'Ian Cole', 'continuation']);
	});
});
