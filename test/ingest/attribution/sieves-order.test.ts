import {describe, expect, it} from 'vitest';
import {SIEVES} from '../../../source/ingest/attribution/index.js';
import {article, rulesOf} from '../helpers.js';

describe('the attribution sieves', () => {
	it('run most precise first: a continued quotation, a document, the cues, a colon, then weaker guesses', () => {
		expect(SIEVES.map(sieve => sieve.name)).toEqual([
			'continued quotation',
			'document in apposition',
			'nearest cue',
			'subject before a colon',
			'quotation alone',
			'sentence subject',
			'previous quotation of the sentence',
		]);
	});

	it('a scare quote of a few words without any cue is not speech', () => {
		expect(
			rulesOf(
				article('Attack', 'Police said a man was injured with a knife.', 'He was found with a "sharp tool" nearby.'),
			),
		).toEqual([]);
	});
});
