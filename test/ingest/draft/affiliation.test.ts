import {describe, expect, it} from 'vitest';
import {ingestArticle} from '../../../source/ingest/index.js';
import {affiliationOf} from '../../../source/ingest/mentions/mentions.js';
import {article} from '../helpers.js';

describe('the country or organisation a role points to', () => {
	it('is the name before the title: "Amazon Environmental Research Institute Director", "Greenpeace campaigner"', () => {
		expect(affiliationOf('Amazon Environmental Research Institute Director')).toBe(
			'Amazon Environmental Research Institute',
		);
		expect(affiliationOf('Greenpeace campaigner')).toBe('Greenpeace');
		expect(affiliationOf('Russian Deputy Foreign Minister')).toBe('Russia');
	});

	it('is nothing when the capital only opens the sentence: "The city\'s mayor", "Its chief executive"', () => {
		expect(affiliationOf('The city’s mayor')).toBeUndefined();
		expect(affiliationOf('Its chief executive')).toBeUndefined();
	});

	it('never makes a side called "The"', () => {
		const draft = ingestArticle(
			article(
				'Cruise ships capped',
				'The city\'s mayor, Ingrid Halvorsen, framed the vote as a matter of who the harbour belongs to. The harbour, she said, was being "given back to the people who live here", not closed.',
			),
		);
		expect(draft.sides.map(side => side.name)).not.toContain('The');
	});
});
