// What the mention stage reads from the words that describe someone (source/ingest/mentions/mentions.ts): the country
// a name or a role points to, the nationality, gender and age an epithet gives, and whether they fit what is known.

import {describe, expect, it} from 'vitest';
import {
	affiliationOf,
	countryOf,
	epithetOf,
	fitsEpithet,
	genderOfRole,
	isPeopleNoun,
} from '../../../source/ingest/mentions/mentions.js';
import type {Entity} from '../../../source/ingest/types.js';

describe('countryOf', () => {
	it('names a country by its folded name, with or without "the"', () => {
		expect(countryOf('France')).toBe('france');
		expect(countryOf('the Netherlands')).toBe('netherlands');
		expect(countryOf('The Netherlands')).toBe('netherlands');
	});

	it('Britain, England, Scotland and Wales are the United Kingdom; America is the United States', () => {
		expect(['Britain', 'England', 'Scotland', 'Wales', 'the United Kingdom'].map(countryOf)).toEqual(
			Array(5).fill('united kingdom'),
		);
		expect(countryOf('America')).toBe('united states');
	});

	it('a city or nothing at all is no country', () => {
		expect(countryOf('Paris')).toBeUndefined();
		expect(countryOf('')).toBeUndefined();
		expect(countryOf(undefined)).toBeUndefined();
	});
});

describe('epithetOf', () => {
	it('a nationality noun gives the country', () => {
		expect(epithetOf(['Hungarian'])).toEqual({country: 'hungary'});
		expect(epithetOf(['Dane'])).toEqual({country: 'denmark'});
	});

	it('a compound in -man or -woman gives the country and the gender', () => {
		expect(epithetOf(['Dutchman'])).toEqual({country: 'netherlands', gender: 'male'});
		expect(epithetOf(['Frenchwoman'])).toEqual({country: 'france', gender: 'female'});
		expect(epithetOf(['Englishmen'])).toEqual({country: 'united kingdom', gender: 'male'});
	});

	it('a man or a chairman is no nationality', () => {
		expect(epithetOf(['man'])).toBeUndefined();
		expect(epithetOf(['chairman'])).toBeUndefined();
	});

	it('a demonym of two words names one country', () => {
		expect(epithetOf(['South', 'African'])).toEqual({country: 'south africa'});
		expect(epithetOf(['Northern', 'Irishman'])).toEqual({country: 'ireland', gender: 'male'});
	});

	it('a capitalised country before a noun gives the country ("the Poland international")', () => {
		expect(epithetOf(['Poland', 'international'])).toEqual({country: 'poland'});
		expect(epithetOf(['poland', 'international'])).toBeUndefined();
	});

	it('a nationality the table does not map is kept as it is, when it is the last word', () => {
		expect(epithetOf(['Ghanaian'])).toEqual({country: 'ghanaian'});
		expect(epithetOf(['Ghanaian', 'striker'])).toBeUndefined();
	});

	it('an age: "31-year-old" is 31, "teenager" 13 to 19; four digits are no age', () => {
		expect(epithetOf(['31-year-old'])).toEqual({age: [31, 31]});
		expect(epithetOf(['teenager'])).toEqual({age: [13, 19]});
		expect(epithetOf(['1000-year-old'])).toBeUndefined();
	});
});

describe('fitsEpithet', () => {
	const person = (extra: Partial<Entity>): Entity => ({
		id: 0,
		name: 'Kim Berg',
		kind: 'person',
		words: ['kim', 'berg'],
		aliases: new Set(),
		first: 0,
		...extra,
	});

	it('a person of whom nothing is known fits any epithet', () => {
		expect(fitsEpithet({country: 'france', gender: 'female', age: [13, 19]}, person({}))).toBe(true);
	});

	it('a gender that differs does not fit', () => {
		expect(fitsEpithet({gender: 'female'}, person({gender: 'male'}))).toBe(false);
		expect(fitsEpithet({gender: 'male'}, person({gender: 'male'}))).toBe(true);
	});

	it('an age outside the range does not fit; the range’s ends do', () => {
		expect(fitsEpithet({age: [13, 19]}, person({age: 12}))).toBe(false);
		expect(fitsEpithet({age: [13, 19]}, person({age: 20}))).toBe(false);
		expect(fitsEpithet({age: [13, 19]}, person({age: 13}))).toBe(true);
		expect(fitsEpithet({age: [13, 19]}, person({age: 19}))).toBe(true);
	});

	it('a role that names another country does not fit; one that names the same, or none, does', () => {
		expect(fitsEpithet({country: 'france'}, person({role: 'Russian Deputy Foreign Minister'}))).toBe(false);
		expect(fitsEpithet({country: 'france'}, person({role: 'French ambassador'}))).toBe(true);
		expect(fitsEpithet({country: 'france'}, person({role: 'striker'}))).toBe(true);
		expect(fitsEpithet({country: 'france'}, person({role: 'striker', laterRoles: ['Russian envoy']}))).toBe(false);
	});
});

describe('genderOfRole', () => {
	it('female and male role words give a gender; others none', () => {
		expect(genderOfRole('mother')).toBe('female');
		expect(genderOfRole('spokeswoman for the mayor')).toBe('female');
		expect(genderOfRole('Mr')).toBe('male');
		expect(genderOfRole('spokesman')).toBe('male');
		expect(genderOfRole('the chief')).toBeUndefined();
		expect(genderOfRole(undefined)).toBeUndefined();
	});

	it('a possessive says whose relation it is, not the gender: "Her son" is male, "his wife" female', () => {
		expect(genderOfRole('Her son')).toBe('male');
		expect(genderOfRole('his wife')).toBe('female');
	});

	it('commas and a possessive ending do not hide the word', () => {
		expect(genderOfRole('chairwoman, 54')).toBe('female');
		expect(genderOfRole("the widow's lawyer")).toBe('female');
	});
});

describe('affiliationOf', () => {
	it('a nationality in the role gives its country', () => {
		expect(affiliationOf('Russian Deputy Foreign Minister')).toBe('Russia');
		expect(affiliationOf('British MP.')).toBe('United Kingdom');
	});

	it('an acronym gives the organisation, but MP, CEO and the like are no organisation', () => {
		expect(affiliationOf('NATO Secretary General')).toBe('NATO');
		expect(affiliationOf('UN envoy,')).toBe('UN');
		expect(affiliationOf('the MP')).toBeUndefined();
		expect(affiliationOf('CEO')).toBeUndefined();
	});

	it('what a role is "of", "for" or "at"', () => {
		expect(affiliationOf('chief executive of Hong Kong')).toBe('Hong Kong');
		expect(affiliationOf('analyst at the Brookings Institution')).toBe('Brookings Institution');
	});

	it('a possessor: "Amazon’s chief"', () => {
		expect(affiliationOf("Amazon's chief")).toBe('Amazon');
	});

	it('the capitalised name before a title', () => {
		expect(affiliationOf('Amazon Environmental Research Institute Director')).toBe(
			'Amazon Environmental Research Institute',
		);
		expect(affiliationOf('The Guardian,')).toBe('The Guardian');
	});

	it('a capital that only opens the sentence, or a title alone, names nothing', () => {
		expect(affiliationOf("The city's mayor")).toBeUndefined();
		expect(affiliationOf('Its chief executive')).toBeUndefined();
		expect(affiliationOf('Prime Minister')).toBeUndefined();
		expect(affiliationOf('former federal prosecutor')).toBeUndefined();
		expect(affiliationOf(undefined)).toBeUndefined();
	});
});

describe('isPeopleNoun', () => {
	it('the plural of a title, a person noun or a speaker noun is people', () => {
		expect(['analysts', 'aides', 'Ministers', 'spokesmen', 'presidents'].map(isPeopleNoun)).toEqual(
			Array(5).fill(true),
		);
	});

	it('a singular or a plural of things is not', () => {
		expect(['minister', 'tables', 'news'].map(isPeopleNoun)).toEqual([false, false, false]);
	});
});
