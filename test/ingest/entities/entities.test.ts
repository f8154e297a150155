// One entity per person or organisation however it is named (source/ingest/entities/entities.ts): stated on the
// entities and mentions ingest finds in short articles.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {affiliationOfEntity} from '../../../source/ingest/entities/entities.js';
import {article} from '../helpers.js';

function analysed(...paragraphs: string[]) {
	return analyseArticle(article('Story', ...paragraphs));
}

/** Each named mention (no pronouns, not the headline) with the name of the entity it refers to. */
function referents(...paragraphs: string[]): string[] {
	const analysis = analysed(...paragraphs);
	return analysis.sentences
		.filter(sentence => sentence.block >= 0)
		.flatMap(sentence => analysis.discourse.mentionsOf(sentence))
		.filter(mention => mention.kind !== 'pronoun' && mention.entity)
		.map(mention => `${mention.text} → ${mention.entity!.name}`);
}

/** The entity of that name: its kind, and what is known of it. */
function entity(name: string, ...paragraphs: string[]) {
	const found = analysed(...paragraphs).discourse.entities.all.find(item => item.name === name);
	if (!found) throw new Error(`no entity ${name}`);
	const {kind, role, gender, age} = found;
	return {kind, role, gender, age, aliases: [...found.aliases]};
}

describe('people', () => {
	it('a surname refers to the person named in full, before it or after it', () => {
		expect(referents('NATO Secretary General Jens Stoltenberg spoke.', 'Stoltenberg said so.')).toEqual([
			'Jens Stoltenberg → Jens Stoltenberg',
			'Stoltenberg → Jens Stoltenberg',
		]);
		expect(referents('Stoltenberg said so.', 'NATO Secretary General Jens Stoltenberg spoke.')).toEqual([
			'Stoltenberg → Jens Stoltenberg',
			'Jens Stoltenberg → Jens Stoltenberg',
		]);
	});

	it('the role before the name at introduction is the person’s role', () => {
		expect(entity('Jens Stoltenberg', 'NATO Secretary General Jens Stoltenberg spoke.')).toEqual({
			kind: 'person',
			role: 'NATO Secretary General',
			gender: 'male',
			age: undefined,
			aliases: [],
		});
	});

	it('letters after a name are not its surname', () => {
		expect(referents('Martin Shah KC said so.', 'Shah agreed.')).toEqual([
			'Martin Shah KC → Martin Shah KC',
			'Shah → Martin Shah KC',
		]);
	});

	it('an age in apposition is the person’s age', () => {
		expect(entity('Delia Moreno', 'Delia Moreno, 67, said so.').age).toBe(67);
	});

	it('an age in apposition makes a person of a name whose last word is a city', () => {
		expect(entity('Sudesh Amman', 'Sudesh Amman, 20, was named.').kind).toBe('person');
		expect(entity('Sudesh Amman', 'Sudesh Amman was named.').kind).toBe('unknown');
	});

	it('a kinship role gives the gender', () => {
		expect(entity('Jesse Combs', 'Her son, Jesse Combs, said so.')).toMatchObject({role: 'Her son', gender: 'male'});
	});

	it('a relative named by a first name after "her husband," shares the surname', () => {
		expect(referents('Sian Lloyd, who runs the shop with her husband, Gareth, said so.')).toContain(
			'Gareth → Gareth Lloyd',
		);
	});

	it('a whole last name beats half of a hyphenated one', () => {
		expect(referents('Ruth Hart met Emeka Okonkwo-Hart.', 'Hart said so.')).toContain('Hart → Ruth Hart');
	});

	it('with two people of one surname, "Ms" and "Mr" decide which is meant', () => {
		expect(referents('Tom Berg met Anna Berg.', 'Ms Berg said so.', 'Mr Berg said so.')).toEqual([
			'Tom Berg → Tom Berg',
			'Anna Berg → Anna Berg',
			'Berg → Anna Berg',
			'Berg → Tom Berg',
		]);
	});

	it('a surname alone keeps standing for the person it last stood for', () => {
		expect(referents('Jens Stoltenberg met Anna Berg.', 'Berg said so.', 'Stoltenberg agreed.', 'Berg left.')).toEqual([
			'Jens Stoltenberg → Jens Stoltenberg',
			'Anna Berg → Anna Berg',
			'Berg → Anna Berg',
			'Stoltenberg → Jens Stoltenberg',
			'Berg → Anna Berg',
		]);
	});
});

describe('organisations', () => {
	it('an acronym in brackets after the name is its alias', () => {
		expect(referents('The Syrian Democratic Forces (SDF) spoke.', 'The SDF said so.')).toEqual([
			'Syrian Democratic Forces → Syrian Democratic Forces (SDF)',
			'SDF → Syrian Democratic Forces (SDF)',
		]);
	});

	it('a company’s first word is its short name', () => {
		expect(referents('Norvane Semiconductor Inc said so.', 'Norvane agreed.')).toEqual([
			'Norvane Semiconductor Inc → Norvane Semiconductor Inc',
			'Norvane → Norvane Semiconductor Inc',
		]);
	});

	it('an initialism no bracket defined stands for the organisation whose words it spells', () => {
		expect(referents('Professional Game Match Officials Limited said so.', 'PGMOL agreed.')).toEqual([
			'Professional Game Match Officials Limited → Professional Game Match Officials Limited',
			'PGMOL → Professional Game Match Officials Limited',
		]);
	});

	it('a short name refers back only to an organisation named before it', () => {
		expect(referents('The Dayton police chief spoke.', 'The Dayton Justice Coalition met.')).toEqual([
			'Dayton → Dayton',
			'Dayton Justice Coalition → Dayton Justice Coalition',
		]);
	});

	it('a news agency after a dateline’s place is not the place’s acronym', () => {
		expect(entity('Spain', 'Valencia, Spain (AFP) - The mayor spoke.')).toMatchObject({kind: 'place', aliases: []});
	});

	it('a name of several words ending in a plural, with no first name, is a team or a company', () => {
		expect(entity('Eastfield Rovers', 'Eastfield Rovers won.').kind).toBe('organisation');
		expect(entity('Halvern Technologies', 'Halvern Technologies fell.').kind).toBe('organisation');
	});

	it('a name in apposition to an organisation noun is an organisation', () => {
		expect(entity('Clare Events', "The festival's organisers, Clare Events, said so.").kind).toBe('organisation');
	});
});

describe('groups and unnamed speakers', () => {
	it('a plural for people opening a sentence is a group', () => {
		expect(entity('Ministers', 'Ministers said so.').kind).toBe('group');
		expect(entity('Midwives', 'Midwives at the unit said so.').kind).toBe('group');
	});

	it('a spokesman for someone is named as a spokesperson, the gender kept apart', () => {
		expect(entity('Spokesperson for the Ministry', 'A spokesman for the Ministry said so.')).toMatchObject({
			gender: 'male',
		});
	});
});

describe('affiliationOfEntity', () => {
	it('a person stands where the role points', () => {
		const analysis = analysed('Russian Deputy Foreign Minister Alexander Grushko spoke.');
		const grushko = analysis.discourse.entities.all.find(item => item.name === 'Alexander Grushko')!;
		expect(affiliationOfEntity(grushko)).toBe('Russia');
	});

	it('an organisation stands for its country when its name has a nationality, else for itself', () => {
		const analysis = analysed('The Russian Ministry of Defence said so.', 'Norvane Semiconductor Inc agreed.');
		const [ministry, norvane] = ['Russian Ministry of Defence', 'Norvane Semiconductor Inc'].map(
			name => analysis.discourse.entities.all.find(item => item.name === name)!,
		);
		expect(affiliationOfEntity(norvane!)).toBe('Norvane Semiconductor Inc');
		expect(affiliationOfEntity(ministry!)).toBe('Russia');
	});
});
