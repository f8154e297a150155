import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('document in apposition', () => {
	it("words in apposition to someone's reply or letter are that person's", () => {
		expect(
			rulesOf(
				article(
					'Late arrival',
					'Coach Dana Carter was asked when she would arrive.',
					'Carter\'s reply, "on my way, save me a seat", was sent at noon.',
				),
			),
		).toEqual([['on my way, save me a seat', 'Dana Carter', 'verb']]);
	});
});
