// The rules of `findSpeech` (source/ingest/quotes/speech.ts) that mutation testing showed no test stated: which
// quotations are direct and which partial, a quoted fragment inside a mixed clause, and the order of what is found.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findSpeech, quotationKind} from '../../../source/ingest/quotes/speech.js';
import {article} from '../helpers.js';

function speechOf(...paragraphs: string[]): [string, string, string | undefined][] {
	return findSpeech(analyseArticle(article('Story', ...paragraphs))).map(item => [
		item.kind,
		item.text,
		item.speaker?.name,
	]);
}

describe('a quotation is direct or partial', () => {
	it('one that starts in lower case is partial, however long', () => {
		expect(quotationKind('we will not give up the search until every family knows.')).toBe('partial');
	});

	it('an ellipsis, a bracket or a space before its first word does not hide the lower case', () => {
		expect(quotationKind('… and then there was nothing left of the house.')).toBe('partial');
		expect(quotationKind('[the] council will pay for all of the repairs.')).toBe('partial');
		expect(quotationKind(' the council will pay for all of the repairs.')).toBe('partial');
	});

	it('one that starts in capitals is direct', () => {
		expect(quotationKind('The council will pay for all of the repairs.')).toBe('direct');
	});

	it('one or two capitalised words with no punctuation are partial: a phrase, not a sentence', () => {
		expect(quotationKind('Reckless')).toBe('partial');
		expect(quotationKind('Never again')).toBe('partial');
		expect(quotationKind('Never  again')).toBe('partial');
		expect(quotationKind('Never, ever')).toBe('partial');
	});

	it('one or two words ending in punctuation are a whole utterance, so direct', () => {
		expect(quotationKind('Reckless,')).toBe('direct');
		expect(quotationKind('Never again.')).toBe('direct');
		expect(quotationKind('Why not?')).toBe('direct');
	});

	it('three capitalised words are direct even without punctuation', () => {
		expect(quotationKind('Not this time')).toBe('direct');
	});

	it('the kind is what findSpeech reports for each quotation', () => {
		expect(speechOf('“Never again”, Mayor Ann Holt said. “Never again,” she said.')).toEqual([
			['partial', 'Never again', 'Ann Holt'],
			['direct', 'Never again,', 'Ann Holt'],
		]);
	});
});

describe('quotations and mixed clauses', () => {
	it('each of two mixed clauses keeps its quoted words: neither fragment is a quotation of its own', () => {
		expect(
			speechOf(
				'Police chief Ann Holt said officers were "very committed" to the search. ' +
					'She said divers were "ready to go" at dawn.',
			),
		).toEqual([
			['mixed', 'officers were "very committed" to the search.', 'Ann Holt'],
			['mixed', 'divers were "ready to go" at dawn.', 'Ann Holt'],
		]);
	});

	it('words left open at the end of the last paragraph belong to the mixed clause they are part of', () => {
		expect(speechOf('Police chief Ann Holt said officers were "very committed to the search')).toEqual([
			['mixed', 'officers were "very committed to the search', 'Ann Holt'],
		]);
	});

	it('a quotation before a mixed clause is a quotation of its own', () => {
		expect(
			speechOf(
				'"We will find them," Police chief Ann Holt said. She said officers were "very committed" to the search.',
			),
		).toEqual([
			['direct', 'We will find them,', 'Ann Holt'],
			['mixed', 'officers were "very committed" to the search.', 'Ann Holt'],
		]);
	});
});

describe('the order of what is found', () => {
	it('speech comes in the order of the text, reported speech before a later quotation', () => {
		expect(
			speechOf('Police chief Ann Holt said divers were searching the river. "We will find them," she said.'),
		).toEqual([
			['reported', 'divers were searching the river.', 'Ann Holt'],
			['direct', 'We will find them,', 'Ann Holt'],
		]);
	});
});
