import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('nearest cue', () => {
	it('a quotation opening its sentence takes the cue after it', () => {
		expect(rulesOf(article('Talks', '"We are ready," Foreign Minister Anna Berg said on Monday.'))).toEqual([
			['We are ready,', 'Anna Berg', 'verb'],
		]);
	});

	it('a quotation inside its sentence takes the cue before it, not a later one', () => {
		expect(
			rulesOf(
				article(
					'Talks',
					'Anna Berg said "the door is open" before Peter Olsen, the opposition leader, said that he disagreed.',
				),
			),
		).toEqual([['the door is open', 'Anna Berg', 'verb']]);
	});
});
