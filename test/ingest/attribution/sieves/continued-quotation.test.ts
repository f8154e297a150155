import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('continued quotation', () => {
	it('a quotation left open at the end of a paragraph goes on in the next with the same speaker', () => {
		expect(
			rulesOf(
				article(
					'Flood defences',
					'Mayor Ruth Okafor said: "The river rose faster than any model predicted.',
					'"We will rebuild the wall higher than before."',
				),
			).at(-1),
		).toEqual(['We will rebuild the wall higher than before.', 'Ruth Okafor', 'continuation']);
	});
});
