import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('sentence subject', () => {
	it('without a cue, a long quotation goes to the subject of its sentence (a weak rule)', () => {
		expect(
			rulesOf(
				article(
					'Derby',
					'Manager Gary Doyle, visibly moved, "never expected to see a crowd like this one in my lifetime".',
				),
			),
		).toEqual([['never expected to see a crowd like this one in my lifetime', 'Gary Doyle', 'subject']]);
	});
});
