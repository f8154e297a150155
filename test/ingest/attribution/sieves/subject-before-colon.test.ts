import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('subject before a colon', () => {
	it('the subject of the clause before a colon says the quotation after it', () => {
		expect(
			rulesOf(
				article(
					'Summit',
					'Brazilian President Jair Bolsonaro opposed the French statement on the Amazon: "It is our forest."',
				),
			),
		).toEqual([['It is our forest.', 'Jair Bolsonaro', 'colon']]);
	});
});
