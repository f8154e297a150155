import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findSpeech} from '../../../source/ingest/quotes/speech.js';
import {article} from '../helpers.js';

const speakersOf = (...paragraphs: string[]) =>
	findSpeech(analyseArticle(article('Story', ...paragraphs))).map(item => item.speaker?.name);

describe('a role noun linked to the body named before', () => {
	it('"the administration" is the Trump administration named before, "the army" the Iranian army', () => {
		expect(
			speakersOf(
				'The Trump administration wants to add a question. The administration said it would appeal the ruling.',
				'The Iranian army sent rescue teams. The army said the entire crew were Iranians.',
			),
		).toEqual(['Trump administration', 'Iranian army']);
	});

	it('"the foreign minister" is the foreign secretary named before: the same office under another title', () => {
		expect(
			speakersOf(
				"Mexico's Foreign Secretary Marcelo Ebrard visited the city.",
				'The foreign minister said Mexico would seek to extradite the gunman.',
			),
		).toEqual(['Marcelo Ebrard']);
		// Another office qualified so is no one named.
		expect(
			speakersOf(
				"Mexico's Foreign Secretary Marcelo Ebrard visited the city.",
				'The finance minister said the visit would cost little.',
			),
		).toEqual(['Finance minister']);
	});

	it('"Police" after "Thames Valley Police" is that force, unless two forces were named; a plural of people is not', () => {
		expect(
			speakersOf(
				'A man was arrested by Thames Valley Police on Saturday.',
				'Police said on Monday the theft involved several vehicles.',
			),
		).toEqual(['Thames Valley Police']);
		expect(
			speakersOf(
				'Officers of Thames Valley Police and the Metropolitan Police searched the house.',
				'Police said on Monday the theft involved several vehicles.',
			),
		).toEqual(['Police']);
		expect(
			speakersOf(
				'The Royal College of Midwives backed the campaign.',
				'Midwives at the unit said they were running on empty.',
			),
		).not.toContain('Royal College of Midwives');
	});

	it('a capitalised "States" is part of the name before "government", not a verb of saying', () => {
		expect(speakersOf('The United States government claims the airline flies fighters to Syria.')).toEqual([
			'United States government',
		]);
	});

	it('"the archive" is the one name of several words, no person\'s, that ends in "archive"', () => {
		expect(
			speakersOf(
				'Figures come from the Gun Violence Archive, a research group.',
				'The archive said the shooting was the deadliest this year.',
			),
		).toContain('Gun Violence Archive');
	});

	it('an unnamed source is kept as its description', () => {
		expect(speakersOf('A senior official said the talks would resume next week.')).toEqual(['Senior official']);
	});
});

describe('names', () => {
	it('a first name that is also a word stays part of the name inside a sentence', () => {
		expect(
			speakersOf(
				'Senate leaders Dick Durbin and Adam Schiff met on Monday.',
				'"I do not know what he is basing this on," Durbin said.',
			),
		).toEqual(['Dick Durbin']);
	});
});
