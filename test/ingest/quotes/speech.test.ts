import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findSpeech} from '../../../source/ingest/quotes/speech.js';
import {article} from '../helpers.js';

function speechOf(...paragraphs: string[]): [string, string, string | undefined][] {
	return findSpeech(analyseArticle(article('Story', ...paragraphs))).map(item => [
		item.kind,
		item.text,
		item.speaker?.name,
	]);
}

describe('speech by cue position and family', () => {
	it('"X said CLAUSE" without "that": irregular pasts, contractions, present tenses and lower-case subjects', () => {
		expect(
			speechOf(
				'Mayor Ruth Okafor said police were still searching the river.',
				'Okafor said the driver saw nothing before the crash.',
				'She said the council didn’t know about the leak.',
			),
		).toEqual([
			['reported', 'police were still searching the river.', 'Ruth Okafor'],
			['reported', 'the driver saw nothing before the crash.', 'Ruth Okafor'],
			['reported', 'the council didn’t know about the leak.', 'Ruth Okafor'],
		]);
	});

	it('"CLAUSE, X said": the clause before a cue that ends the sentence', () => {
		expect(speechOf('Talks will resume in March, Foreign Minister Anna Berg said.')).toEqual([
			['reported', 'Talks will resume in March', 'Anna Berg'],
		]);
	});

	it('"The plan, he said, would cost jobs": the two parts around a cue set off by commas', () => {
		expect(
			speechOf('Union leader Tom Reyes spoke on Monday.', 'The plan, he said, would cost hundreds of jobs.'),
		).toEqual([
			['reported', 'The plan', 'Tom Reyes'],
			['reported', 'would cost hundreds of jobs.', 'Tom Reyes'],
		]);
	});

	it('told + listener, urged + infinitive', () => {
		expect(
			speechOf(
				'Governor Ian Cole told local reporters the bridge would reopen next week.',
				'Cole urged drivers to avoid the area.',
			),
		).toEqual([
			['reported', 'the bridge would reopen next week.', 'Ian Cole'],
			['reported', 'to avoid the area.', 'Ian Cole'],
		]);
	});

	it('called for + object, encouraged + listener + infinitive, and the participle "calling for"', () => {
		expect(
			speechOf(
				'Governor Ian Cole called for an independent inquiry into the collapse.',
				'Cole encouraged the council to publish its safety reports.',
				'Tom Reyes met workers on Monday, calling for the mine to stay open.',
			),
		).toEqual([
			['reported', 'an independent inquiry into the collapse.', 'Ian Cole'],
			['reported', 'to publish its safety reports.', 'Ian Cole'],
			['reported', 'the mine to stay open.', 'Tom Reyes'],
		]);
	});

	it('announce, confirm and deny name their object as what was said', () => {
		expect(speechOf('The ministry announced the closure of three coal plants.')).toEqual([
			['reported', 'the closure of three coal plants.', 'Ministry'],
		]);
	});

	it('a negated or hypothetical cue reports nothing', () => {
		expect(
			speechOf(
				'Mayor Ruth Okafor has not said whether the council will appeal.',
				'Okafor will argue the fine was unfair.',
			),
		).toEqual([]);
	});

	it('a reported clause carrying quoted words is one mixed statement, not a quoted fragment', () => {
		expect(speechOf('Police chief Ann Holt said officers were "very committed" to the search.')).toEqual([
			['mixed', 'officers were "very committed" to the search.', 'Ann Holt'],
		]);
	});

	it('a quotation the cue introduces after a colon stays direct', () => {
		expect(speechOf('Police chief Ann Holt said: "We are very committed to the search."')).toEqual([
			['direct', 'We are very committed to the search.', 'Ann Holt'],
		]);
	});
});

describe('an inverted cue after a quotation', () => {
	it('introduces the speaker, and what follows the name is not reported speech', () => {
		expect(
			speechOf('"We will be back at work on Monday," said Tom Reyes who was elected to lead the union in May.'),
		).toEqual([['direct', 'We will be back at work on Monday,', 'Tom Reyes']]);
	});
});
