// The mentions found in a sentence (source/ingest/mentions/mentions.ts): which words name a person, an organisation
// or a place, which are someone's role or relation, and which are epithets, each as a reader would pick them out.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findMentions} from '../../../source/ingest/mentions/mentions.js';

/** The mentions of each sentence after the headline: kind, text, and what else the mention says of itself. */
function mentionsOf(...sentences: string[]): string[][] {
	const analysis = analyseArticle(`Story\n\n${sentences.join('\n\n')}`);
	return analysis.sentences
		.filter(sentence => sentence.block >= 0)
		.flatMap(sentence =>
			findMentions(sentence, analysis.article.text).map(mention => [
				mention.kind,
				mention.text,
				...(mention.afterPreposition ? ['after-prep'] : []),
				...(mention.epithet ? [JSON.stringify(mention.epithet)] : []),
				...(mention.title ? [`title:${mention.title}`] : []),
				...(mention.owner ? [`owner:${mention.owner}`] : []),
			]),
		);
}

describe('findMentions', () => {
	it('pronouns are mentions of whoever they stand for', () => {
		expect(mentionsOf('He and she left; they said it was late.')).toEqual([
			['pronoun', 'He'],
			['pronoun', 'she'],
			['pronoun', 'they'],
			['pronoun', 'it'],
		]);
	});

	it('a possessive determiner is no mention', () => {
		expect(mentionsOf('Its board met.')).toEqual([]);
	});

	it('someone known by whose relation they are: "her family", "his younger brother", "my editor"', () => {
		expect(mentionsOf('Her family said so. His younger brother agreed. My editor left.')).toEqual([
			['noun', 'Her family', 'owner:her'],
			['noun', 'His younger brother', 'owner:his'],
			['noun', 'My editor', 'owner:my'],
		]);
	});

	it("a capitalised relation noun is a name's, not a relation", () => {
		expect(mentionsOf('Her Family Trust said so.')).toEqual([['noun', 'Family Trust']]);
	});

	it('where an organisation is based is not part of its name', () => {
		expect(mentionsOf('Shenzhen-based Huaxin Energy said so.')).toEqual([['noun', 'Huaxin Energy']]);
	});

	it('a nationality after "the" used as a noun is an epithet for a person', () => {
		expect(
			mentionsOf(
				'The chief met the Dutchman on Monday.',
				'The Hungarian was unimpressed.',
				'They met the Northern Irishman.',
				'They met the South African at noon.',
			),
		).toEqual([
			['noun', 'Dutchman', '{"country":"netherlands","gender":"male"}'],
			['noun', 'Hungarian', '{"country":"hungary"}'],
			['pronoun', 'They'],
			['noun', 'Northern Irishman', '{"country":"ireland","gender":"male"}'],
			['pronoun', 'They'],
			['noun', 'South African', '{"country":"south africa"}'],
		]);
	});

	it('a demonym before a title is an adjective, not a mention', () => {
		expect(mentionsOf('Greek prime minister Kyriakos Mitsotakis said so.')).toEqual([['name', 'Kyriakos Mitsotakis']]);
	});

	it('letters after a name do not make an organisation of it', () => {
		expect(mentionsOf('Martin Shah KC said so.', 'Prosecuting, Nicholas Grey KC said so.')).toEqual([
			['name', 'Martin Shah KC'],
			['name', 'Nicholas Grey KC'],
		]);
	});

	it('a title before a name is its role, not part of it, even when the surname is a common word', () => {
		expect(mentionsOf('Attorney Bash said so.', 'Judge Young said so.', 'Prime Minister Boris Johnson spoke.')).toEqual(
			[
				['name', 'Bash'],
				['name', 'Young'],
				['name', 'Boris Johnson'],
			],
		);
	});

	it('a title alone is a mention of whoever holds it', () => {
		expect(mentionsOf('The Prime Minister spoke.')).toEqual([['noun', 'Prime Minister', 'title:prime minister']]);
	});

	it('lower-case role words between a title and a name are part of the role', () => {
		expect(mentionsOf('Senior meteorologist Priya Raman said so.')).toEqual([['name', 'Priya Raman']]);
	});

	it('a capitalised common word right before a surname is a first name', () => {
		expect(mentionsOf('Senate leaders Dick Durbin and Mitch McConnell spoke.')).toEqual([
			['noun', 'Senate'],
			['name', 'Dick Durbin'],
			['name', 'Mitch McConnell'],
		]);
	});

	it("after a first name or an honorific, a town's name is a surname", () => {
		expect(mentionsOf('Megan Carlisle said so.', 'Ms Carlisle said so.')).toEqual([
			['name', 'Megan Carlisle'],
			['name', 'Carlisle'],
		]);
	});

	it('one word after an organisation or place word is part of that name', () => {
		expect(mentionsOf('RAF Croughton said so.', 'The River Severn rose.')).toEqual([
			['noun', 'RAF Croughton'],
			['noun', 'River Severn'],
		]);
	});

	it('what an organisation or title is "of" is part of its name', () => {
		expect(
			mentionsOf(
				'The Ohio Bureau of Criminal Investigation said so.',
				'The Ministry of Home Affairs said so.',
				'The Secretary of State spoke.',
				'The Fraternal Order of Police spoke.',
				'The Office of Management and Budget spoke.',
			),
		).toEqual([
			['noun', 'Ohio Bureau of Criminal Investigation'],
			['noun', 'Ministry of Home Affairs'],
			['noun', 'Secretary of State'],
			['noun', 'Fraternal Order of Police'],
			['noun', 'Office of Management and Budget'],
		]);
	});

	it("a title's office is one organisation's name", () => {
		expect(mentionsOf("The Alachua County Sheriff's Office spoke.")).toEqual([
			['noun', "Alachua County Sheriff's Office"],
		]);
	});

	it('a body that speaks for its owner is an organisation of its own', () => {
		expect(mentionsOf("Schumer's office said so.")).toEqual([['noun', "Schumer's office"]]);
	});

	it("a common word opening the sentence opens an organisation's name glued to it", () => {
		expect(mentionsOf('Professional Game Match Officials Limited said so.')).toEqual([
			['noun', 'Professional Game Match Officials Limited'],
		]);
	});

	it('an adverb opening the sentence is not part of the name after it', () => {
		expect(mentionsOf('Reportedly, Tom Berg left.', 'Separately, Tom Berg left.')).toEqual([
			['name', 'Tom Berg'],
			['name', 'Tom Berg'],
		]);
	});

	it('a name after a preposition, or after a preposition and role words, is its object', () => {
		expect(
			mentionsOf(
				'It went to the record producer Earl Combs.',
				'It went to Earl Combs.',
				'Residents of Tewkesbury spoke.',
			),
		).toEqual([
			['pronoun', 'It'],
			['name', 'Earl Combs', 'after-prep'],
			['pronoun', 'It'],
			['name', 'Earl Combs', 'after-prep'],
			['name', 'Tewkesbury', 'after-prep'],
		]);
	});
});
