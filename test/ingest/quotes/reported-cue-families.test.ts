import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findReported} from '../../../source/ingest/quotes/reported.js';
import {article} from '../helpers.js';

const reportedOf = (...paragraphs: string[]): [string, string][] =>
	findReported(analyseArticle(article('Story', ...paragraphs))).map(item => [item.text, item.speaker.name]);

describe('reported speech after more cue families', () => {
	it('"indicated" introduces a clause, as "said" does', () => {
		expect(reportedOf('Defence lawyer Ann Holt indicated her client would appeal the verdict.')).toEqual([
			['her client would appeal the verdict.', 'Ann Holt'],
		]);
	});

	it('"ordered" and "cited" report their object', () => {
		expect(reportedOf('Interior Minister Tom Reyes ordered the installation of safety improvements.')).toEqual([
			['the installation of safety improvements.', 'Tom Reyes'],
		]);
		expect(reportedOf('Prime Minister Ann Holt cited Article 5 of the treaty.')).toEqual([
			['Article 5 of the treaty.', 'Ann Holt'],
		]);
	});

	it('"designated", "labelled", "identified" report the object with what it was named as', () => {
		expect(reportedOf('The State Department designated the group as a terrorist organisation.')).toEqual([
			['the group as a terrorist organisation.', 'State Department'],
		]);
		expect(reportedOf('Police identified the suspect as Tom Reyes of Allen.')).toEqual([
			['the suspect as Tom Reyes of Allen.', 'Police'],
		]);
	});

	it('without "as", an object cue of that kind reports its object alone, up to a clause of time', () => {
		expect(reportedOf('Police identified the suspect after a search.')).toEqual([['the suspect', 'Police']]);
	});

	it('a subjunctive after a cue that asks is what was asked; after "said" it is no clause', () => {
		expect(reportedOf('The committee recommended the museum be closed for repairs.')).toEqual([
			['the museum be closed for repairs.', 'Committee'],
		]);
		expect(reportedOf('The committee recommended the museum be open.')).toEqual([['the museum be open.', 'Committee']]);
		expect(reportedOf('Mayor Ann Holt said the museum be open.')).toEqual([]);
	});

	it('"denounced" and "voiced" report their object', () => {
		expect(reportedOf('Foreign Minister Ann Holt denounced the maritime agreement.')).toEqual([
			['the maritime agreement.', 'Ann Holt'],
		]);
		expect(reportedOf('Senator Tom Reyes has publicly voiced support for the inquiry.')).toEqual([
			['support for the inquiry.', 'Tom Reyes'],
		]);
	});

	it('a pronoun with a contracted verb opens a reported clause', () => {
		expect(reportedOf('Mayor Ann Holt said on Wednesday they’d run out of money.')).toEqual([
			['they’d run out of money.', 'Ann Holt'],
		]);
	});

	it('a listener of one lower-case word before a clause: "informed police she had …"', () => {
		expect(reportedOf('Diplomat Ann Holt informed police she had diplomatic immunity.')).toEqual([
			['she had diplomatic immunity.', 'Ann Holt'],
		]);
	});

	it('a reported clause ends before ", but" opens a quotation of its own', () => {
		expect(
			reportedOf(
				'Diplomat Ann Holt informed police she had diplomatic immunity, but "that she had no plans to leave".',
			),
		).toEqual([['she had diplomatic immunity', 'Ann Holt']]);
	});
});

describe('calls on someone, and judgements stated', () => {
	it('"called on X to …" reports what was asked, with its "to"', () => {
		expect(reportedOf('Foreign Minister Ann Holt called on Turkey to halt its drilling near the island.')).toEqual([
			['to halt its drilling near the island.', 'Ann Holt'],
		]);
	});

	it('"called on" someone with nothing asked of them is a visit, not speech', () => {
		expect(reportedOf('Foreign Minister Ann Holt called on the family at their home.')).toEqual([]);
	});

	it('"deemed that …" reports its clause; "was deemed" does not', () => {
		expect(reportedOf('Judge Ann Holt deemed that the contract breaks the law.')).toEqual([
			['the contract breaks the law.', 'Ann Holt'],
		]);
		expect(reportedOf('The contract was deemed unlawful by the court.')).toEqual([]);
	});

	it('", and" with a second verb of saying ends the first statement', () => {
		// The second verb's own statement is not read yet: its subject is the first verb's ("…, and deemed that …").
		expect(
			reportedOf(
				'Foreign Minister Ann Holt called on Turkey to halt its drilling, and deemed that the deal breaks the law.',
			),
		).toEqual([['to halt its drilling', 'Ann Holt']]);
	});
});
