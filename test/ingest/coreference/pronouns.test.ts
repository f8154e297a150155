import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {
	agrees,
	bestCandidate,
	type PronounCandidate,
	pronounCandidates,
	resolvePronoun,
	scoreCandidate,
	timesNamed,
} from '../../../source/ingest/coreference/pronouns.js';
import type {Entity} from '../../../source/ingest/types.js';
import {article, quotesOf} from '../helpers.js';

const entity = (fields: Partial<Entity> & Pick<Entity, 'name' | 'kind'>): Entity => ({
	id: 0,
	words: fields.name.toLowerCase().split(' '),
	aliases: new Set(),
	first: 0,
	...fields,
});

const candidate = (fields: Partial<PronounCandidate>): PronounCandidate => ({
	entity: entity({name: 'Ann Holt', kind: 'person'}),
	role: 'other',
	distance: 1,
	rank: 0,
	mentions: 1,
	named: 1,
	otherParagraph: false,
	genderAgrees: false,
	place: false,
	...fields,
});

/** The pronoun mentions of an article with what each was resolved to, as [pronoun, name]. */
function pronounsOf(text: string): [string, string | undefined][] {
	const analysis = analyseArticle(text);
	return analysis.sentences.flatMap(sentence =>
		analysis.discourse
			.mentionsOf(sentence)
			.filter(mention => mention.kind === 'pronoun' && /^(?:he|she|they|it)$/.test(mention.pronoun ?? ''))
			.map(mention => [mention.pronoun!, analysis.discourse.entityOf(mention)?.name] as [string, string | undefined]),
	);
}

describe('agreement in gender and number', () => {
	const woman = entity({name: 'Ann Holt', kind: 'person', gender: 'female'});
	const man = entity({name: 'Tom Reyes', kind: 'person', gender: 'male'});
	const unknownGender = entity({name: 'Kim Lee', kind: 'person'});
	const company = entity({name: 'East Grid', kind: 'organisation'});
	const country = entity({name: 'Chile', kind: 'place'});

	it('he and she agree with a person of that gender, or of unknown gender', () => {
		expect(agrees('she', woman)).toBe(true);
		expect(agrees('she', man)).toBe(false);
		expect(agrees('he', man)).toBe(true);
		expect(agrees('he', woman)).toBe(false);
		expect(agrees('he', unknownGender)).toBe(true);
		expect(agrees('she', company)).toBe(false);
	});

	it('they and it agree with organisations, groups and places, not with people', () => {
		expect(agrees('they', company)).toBe(true);
		expect(agrees('it', company)).toBe(true);
		expect(agrees('they', entity({name: 'Ann Holt and Tom Reyes', kind: 'group'}))).toBe(true);
		expect(agrees('it', country)).toBe(true);
		expect(agrees('they', woman)).toBe(false);
		expect(agrees('it', man)).toBe(false);
	});

	it('an unknown name of several words with nothing human about it can be "it", one word cannot', () => {
		expect(agrees('it', entity({name: 'Mid-River Health Partners', kind: 'unknown'}))).toBe(true);
		expect(agrees('it', entity({name: 'Okafor', kind: 'unknown'}))).toBe(false);
		expect(agrees('it', entity({name: 'Mid River', kind: 'unknown', human: true}))).toBe(false);
	});

	it('someone known only by a role or as a speaker can be "he" or "she"', () => {
		expect(agrees('she', entity({name: 'Okafor', kind: 'unknown', spoke: true}))).toBe(true);
		expect(agrees('he', entity({name: 'Okafor', kind: 'unknown'}))).toBe(false);
		expect(agrees('he', undefined)).toBe(false);
	});
});

describe('scoring candidates', () => {
	it('a speaker of the sentence before outweighs its subject, and its subject anyone else in it', () => {
		const speaker = scoreCandidate(candidate({role: 'speaker'}));
		const subject = scoreCandidate(candidate({role: 'subject'}));
		const other = scoreCandidate(candidate({role: 'other'}));
		expect(speaker).toBeGreaterThan(subject);
		expect(subject).toBeGreaterThan(other);
		expect(scoreCandidate(candidate({role: 'same-sentence'}))).toBeGreaterThan(speaker);
	});

	it('nearer is likelier: by sentences, and by place among a sentence’s candidates', () => {
		expect(scoreCandidate(candidate({distance: 1}))).toBeGreaterThan(scoreCandidate(candidate({distance: 2})));
		expect(scoreCandidate(candidate({rank: 0}))).toBeGreaterThan(scoreCandidate(candidate({rank: 1})));
		expect(scoreCandidate(candidate({otherParagraph: false}))).toBeGreaterThan(
			scoreCandidate(candidate({otherParagraph: true})),
		);
	});

	it('salience, a known gender that agrees and not being a place each add to a score', () => {
		expect(scoreCandidate(candidate({mentions: 4}))).toBeGreaterThan(scoreCandidate(candidate({mentions: 1})));
		expect(scoreCandidate(candidate({named: 6}))).toBeGreaterThan(scoreCandidate(candidate({named: 1})));
		expect(scoreCandidate(candidate({genderAgrees: true}))).toBeGreaterThan(scoreCandidate(candidate({})));
		expect(scoreCandidate(candidate({place: true}))).toBeLessThan(scoreCandidate(candidate({})));
	});

	it('the best candidate is the highest-scoring, the first found on a tie, none of none', () => {
		const near = candidate({distance: 1});
		const far = candidate({distance: 3});
		expect(bestCandidate([far, near])).toBe(near);
		const twin = candidate({distance: 1});
		expect(bestCandidate([near, twin])).toBe(near);
		expect(bestCandidate([])).toBeUndefined();
	});
});

describe('resolving pronouns in articles', () => {
	it('"she" is the woman of two people named before, "he" the man', () => {
		expect(
			pronounsOf(
				article(
					'Council vote',
					'Councillor Ann Holt and Mayor Tom Reyes met on Monday.',
					'She said the budget was too small. He said it was enough.',
				),
			),
		).toEqual(
			expect.arrayContaining([
				['she', 'Ann Holt'],
				['he', 'Tom Reyes'],
			]),
		);
	});

	it('a pronoun after a quotation is the speaker of the sentence before rather than someone else named there', () => {
		expect(
			quotesOf(
				article(
					'Strike',
					'Union leader Maria Costa spoke after talks with Peter Lund. "We will not back down," Costa said.',
					'"The offer is an insult," she added.',
				),
			).at(-1),
		).toEqual(['The offer is an insult,', 'Maria Costa']);
	});

	it('"they" is several people who were the subject before, not a country named in the same sentence', () => {
		const found = pronounsOf(
			article(
				'Summit',
				'Foreign ministers Sameh Shoukry and Nikos Dendias met in Cairo to discuss Libya.',
				'They said the agreement was void.',
			),
		);
		expect(found.find(([pronoun]) => pronoun === 'they')?.[1]).toBe('Sameh Shoukry and Nikos Dendias');
	});

	it('"it" is the organisation that spoke before', () => {
		expect(
			quotesOf(
				article(
					'Power cuts',
					'Mid-River Health Partners said on Tuesday that repairs would take a week.',
					'"Crews are working around the clock," it said.',
				),
			).at(-1),
		).toEqual(['Crews are working around the clock,', 'Mid-River Health Partners']);
	});

	it('candidates outside the window of eight sentences are not offered', () => {
		const filler = Array.from({length: 9}, (_, index) => `The river rose by ${index + 2} centimetres.`);
		expect(
			pronounsOf(article('Floods', 'Engineer Ann Holt inspected the dam.', ...filler, 'She said it would hold.')),
		).toContainEqual(['she', undefined]);
	});

	it('resolving is a lookup: the entity is not changed until the discourse records what the pronoun tells', () => {
		const analysis = analyseArticle(article('Vote', 'Kim Lee met the press.', 'She said the vote was close.'));
		const sentence = analysis.sentences.at(-1)!;
		const mention = analysis.discourse.mentionsOf(sentence).find(other => other.pronoun === 'she')!;
		const kim = analysis.entities.all.find(other => other.name === 'Kim Lee')!;
		// Analysis already recorded "she"; a fresh copy of the entity without a gender stands in for an unresolved one.
		kim.gender = undefined;
		const found = resolvePronoun(analysis.discourse, mention);
		expect(found).toEqual({entity: kim, gender: 'female'});
		expect(kim.gender).toBeUndefined();
		analysis.discourse.learn(found!);
		expect(kim.gender).toBe('female');
	});

	it('counts how often an entity was named before a point of the article', () => {
		const analysis = analyseArticle(
			article('Vote', 'Ann Holt spoke first.', 'Holt said the vote was close.', 'Holt left.'),
		);
		const holt = analysis.entities.all.find(other => other.name === 'Ann Holt')!;
		const last = analysis.sentences.at(-1)!;
		expect(timesNamed(analysis.discourse, holt, last.start)).toBe(2);
		expect(timesNamed(analysis.discourse, holt, last.end)).toBe(3);
	});

	it('describes each candidate: role, distance, rank, agreeing gender, place', () => {
		const analysis = analyseArticle(
			article('Vote', 'Mayor Ann Holt met Tom Reyes in Chile. "We agree," Holt said.', 'She said the vote was close.'),
		);
		const sentence = analysis.sentences.at(-1)!;
		const she = analysis.discourse.mentionsOf(sentence).find(other => other.pronoun === 'she')!;
		const found = pronounCandidates(analysis.discourse, she);
		const holt = found.find(candidate => candidate.entity.name === 'Ann Holt')!;
		expect(holt).toMatchObject({role: 'speaker', distance: 1, otherParagraph: true, place: false});
		expect(found.some(candidate => candidate.entity.name === 'Tom Reyes')).toBe(false);
		const they = pronounCandidates(analysis.discourse, {...she, pronoun: 'they'});
		const chile = they.find(candidate => candidate.entity.name === 'Chile')!;
		expect(chile).toMatchObject({place: true, genderAgrees: false, distance: 2});
	});

	it('a known gender that agrees counts for he and she only', () => {
		const analysis = analyseArticle(article('Vote', 'Mr Tom Reyes spoke.', 'He said the vote was close.'));
		const sentence = analysis.sentences.at(-1)!;
		const he = analysis.discourse.mentionsOf(sentence).find(other => other.pronoun === 'he')!;
		const reyes = pronounCandidates(analysis.discourse, he).find(candidate => candidate.entity.name === 'Tom Reyes');
		expect(reyes?.genderAgrees).toBe(true);
	});

	it('"he" tells a man, "it" an organisation; a known gender is not told again', () => {
		const analysis = analyseArticle(
			article('Vote', 'Kim Lee met Mid-River Health Partners.', 'He said it was close. It said it agreed.'),
		);
		const [first, second] = analysis.sentences.slice(-2);
		const he = analysis.discourse.mentionsOf(first!).find(other => other.pronoun === 'he')!;
		const it = analysis.discourse.mentionsOf(second!).find(other => other.pronoun === 'it')!;
		const kim = analysis.entities.all.find(other => other.name === 'Kim Lee')!;
		const partners = analysis.entities.all.find(other => other.name === 'Mid-River Health Partners')!;
		kim.gender = undefined;
		partners.kind = 'unknown';
		expect(resolvePronoun(analysis.discourse, he)).toEqual({entity: kim, gender: 'male'});
		expect(resolvePronoun(analysis.discourse, it)).toEqual({entity: partners, kind: 'organisation'});
		kim.gender = 'male';
		expect(resolvePronoun(analysis.discourse, he)).toEqual({entity: kim});
	});

	it('a pronoun in the body does not look back into the headline', () => {
		expect(pronounsOf(article('Mayor Ann Holt resigns', 'She said the vote was close.'))).toContainEqual([
			'she',
			undefined,
		]);
	});
});
