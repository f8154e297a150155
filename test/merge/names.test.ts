import {describe, expect, it} from 'vitest';
import {compatibleNames, givenNameIn, groupSpeakers, readName, type SpeakerMention} from '../../source/merge/names.js';

const mention = (name: string, draft: number, extra: Partial<SpeakerMention> = {}): SpeakerMention => ({
	name,
	draft,
	...extra,
});

/** The names of the groups the mentions fall into, as sets of the names given. */
function grouped(mentions: SpeakerMention[]): string[][] {
	const {groupOf, groups} = groupSpeakers(mentions);
	return groups
		.map((_, group) => mentions.filter((_, index) => groupOf[index] === group).map(item => item.name))
		.filter(names => names.length > 0);
}

describe('readName', () => {
	it('sets titles and organisations before a name apart', () => {
		expect(readName({name: 'NATO Secretary General Jens Stoltenberg'})).toMatchObject({
			kind: 'person',
			display: 'Jens Stoltenberg',
			before: 'NATO Secretary General',
		});
		expect(readName({name: 'US Deputy Secretary of State Wendy Sherman'})).toMatchObject({display: 'Wendy Sherman'});
		expect(readName({name: 'Mum-of-two Kerry Doyle'})).toMatchObject({display: 'Kerry Doyle'});
		expect(readName({name: 'Ursula von der Leyen'})).toMatchObject({display: 'Ursula von der Leyen'});
	});

	it('tells descriptions, organisations and the placeholder from names', () => {
		expect(readName({name: 'the NATO chief'}).kind).toBe('description');
		expect(readName({name: 'Minister'}).kind).toBe('description');
		expect(readName({name: 'NATO', organisation: true})).toMatchObject({kind: 'organisation', acronym: 'nato'});
		expect(readName({name: 'Unknown speaker'}).kind).toBe('placeholder');
	});
});

describe('compatibleNames', () => {
	const person = (words: string) => ({words: words.split(' ')});
	it('joins a surname, an initial and a left-out middle name', () => {
		expect(compatibleNames(person('jens stoltenberg'), person('stoltenberg'))).toBe(true);
		expect(compatibleNames(person('j stoltenberg'), person('jens stoltenberg'))).toBe(true);
		expect(compatibleNames(person('george walker bush'), person('george bush'))).toBe(true);
	});
	it('keeps different first or middle names apart', () => {
		expect(compatibleNames(person('conor walsh'), person('brid walsh'))).toBe(false);
		expect(compatibleNames(person('george w bush'), person('george h w bush'))).toBe(false);
		expect(compatibleNames(person('jens stoltenberg'), person('jens stolten'))).toBe(false);
	});
});

describe('groupSpeakers', () => {
	it('makes one speaker of every way the articles name Jens Stoltenberg', () => {
		const mentions = [
			mention('Jens Stoltenberg', 0, {role: 'NATO Secretary General'}),
			mention('Stoltenberg', 1),
			mention('NATO Secretary General Jens Stoltenberg', 2),
			mention('the NATO chief', 3),
		];
		expect(grouped(mentions)).toEqual([mentions.map(item => item.name)]);
		expect(groupSpeakers(mentions).groups[0]).toMatchObject({name: 'Jens Stoltenberg', role: 'NATO Secretary General'});
	});

	it('never joins two people: a bare surname two full names could mean stays apart', () => {
		const result = grouped([mention('Conor Walsh', 0), mention('Brid Walsh', 0), mention('Walsh', 1)]);
		expect(result).toEqual([['Conor Walsh'], ['Brid Walsh'], ['Walsh']]);
	});

	it('lets a bare surname take the one full name of its own article', () => {
		const result = grouped([mention('Conor Walsh', 0), mention('Brid Walsh', 1), mention('Walsh', 1)]);
		expect(result).toEqual([['Conor Walsh'], ['Brid Walsh', 'Walsh']]);
	});

	it('joins a description only to the one person it fits', () => {
		const two = grouped([
			mention('Peter Brandt', 0, {role: 'Transport Minister'}),
			mention('Oliver Grant', 1, {role: 'Finance Minister'}),
			mention('the minister', 2),
		]);
		expect(two).toEqual([['Peter Brandt'], ['Oliver Grant'], ['the minister']]);
		const one = grouped([mention('Peter Brandt', 0, {role: 'Transport Minister'}), mention('Minister', 1)]);
		expect(one).toEqual([['Peter Brandt', 'Minister']]);
	});

	it('joins organisations by name or acronym, never to a person', () => {
		const result = grouped([
			mention('NATO', 0, {organisation: true}),
			mention('North Atlantic Treaty Organization', 1, {organisation: true}),
			mention('Nato Smith', 2),
		]);
		expect(result).toEqual([['NATO', 'North Atlantic Treaty Organization'], ['Nato Smith']]);
	});
});

describe('givenNameIn', () => {
	it('finds the one first name the text gives a surname, not a word that opens a sentence', () => {
		const text = [
			'But Fomin said little.',
			'Deputy Defence Minister Alexander Fomin attended.',
			'Minister Fomin left.',
		];
		expect(givenNameIn('Fomin', text)).toBe('Alexander');
		expect(givenNameIn('Fomin', [...text, 'His brother Sergei Fomin did not.'])).toBeUndefined();
		expect(givenNameIn('Fomin', ['Fomin spoke.'])).toBeUndefined();
	});
});
