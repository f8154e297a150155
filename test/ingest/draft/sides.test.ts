import {describe, expect, it} from 'vitest';
import {ingestArticle} from '../../../source/ingest/index.js';
import {article} from '../helpers.js';

describe('draft sides', () => {
	it('groups speakers by the country or organisation in their role, with journalists as observers', () => {
		const draft = ingestArticle(
			article(
				'Talks at impasse',
				'"There is a real risk of conflict," NATO Secretary General Jens Stoltenberg said.',
				'"NATO must stop expanding," Russian Deputy Foreign Minister Alexander Grushko said.',
				'"Moscow will not back down," Russian Deputy Defence Minister Alexander Fomin said.',
				'"Neither side moved," said Al Jazeera’s Natacha Butler.',
			),
		);
		const sideOf = (name: string) =>
			draft.sides.find(side => side.id === draft.speakers.find(speaker => speaker.name === name)?.sideId);
		expect(sideOf('Jens Stoltenberg')?.name).toBe('NATO');
		expect(sideOf('Alexander Grushko')?.name).toBe('Russia');
		expect(sideOf('Alexander Fomin')).toBe(sideOf('Alexander Grushko'));
		expect(sideOf('Natacha Butler')?.kind).toBe('observer');
		// Drafted topics, each marked as a draft for the editor to check, and every side that spoke in one of them.
		expect(draft.topics.length).toBeGreaterThan(0);
		expect(draft.topics.every(topic => topic.draft === true)).toBe(true);
		const sidesInTopics = new Set(draft.topics.flatMap(topic => topic.positions.map(position => position.sideId)));
		expect([...sidesInTopics].sort()).toEqual(
			[sideOf('Jens Stoltenberg')?.id, sideOf('Alexander Grushko')?.id, sideOf('Natacha Butler')?.id].sort(),
		);
	});
});

describe('draft topics', () => {
	it('sum a position up by its first statement: a quotation in quotation marks, reported speech without', () => {
		const draft = ingestArticle(
			article(
				'Talks at impasse',
				'NATO Secretary General Jens Stoltenberg said the alliance would keep its door open to new members.',
				'"NATO must stop expanding its membership," Russian Deputy Foreign Minister Alexander Grushko said.',
			),
		);
		const summaries = draft.topics.flatMap(topic => topic.positions.map(position => position.summary));
		expect(summaries).toContain('Alexander Grushko: “NATO must stop expanding its membership”');
		const reported = summaries.find(summary => summary.startsWith('Jens Stoltenberg'));
		expect(reported).toMatch(/^Jens Stoltenberg: [^“”"]+$/);
	});
});

describe('side names', () => {
	const sidesOf = (...paragraphs: string[]) => {
		const draft = ingestArticle(article('Story', ...paragraphs));
		return (name: string) =>
			draft.sides.find(side => side.id === draft.speakers.find(speaker => speaker.name === name)?.sideId)?.name;
	};

	it('are never a word cut from a role: a fire chief with no organisation named is on a side named by him', () => {
		const sideOf = sidesOf(
			'Fire chief Daniel Moreno said strong winds were spreading the flames.',
			'"We need planes, and we need them today," Regional president Ana Costa said.',
		);
		expect(sideOf('Daniel Moreno')).toBe('Daniel Moreno');
		expect(sideOf('Ana Costa')).toBe('Ana Costa');
	});

	it('are not who backs a candidate, nor the place a candidate runs in', () => {
		const sideOf = sidesOf(
			'"It never happened," said Bernie Sanders-backed candidate Joe Biden.',
			'"The city needs a plan," Melbourne Lord Mayor candidate Wayne Tseng said.',
		);
		expect(sideOf('Joe Biden')).toBe('Joe Biden');
		expect(sideOf('Wayne Tseng')).toBe('Wayne Tseng');
	});

	it('name a relative’s side after the family, not after a country called by the surname', () => {
		const sideOf = sidesOf(
			'Harry Dunn died in August.',
			'Dunn\'s mother, Charlotte Charles, said: "All we need to do is ask her to come back."',
		);
		expect(sideOf('Charlotte Charles')).toBe('Harry Dunn’s family');
	});

	it('take no side from a past role, nor from what a role is against', () => {
		const sideOf = sidesOf(
			'"Leaving them is a mistake," said former US ambassador Nikki Haley.',
			'"This is a complete lack of understanding," said Brett McGurk, envoy to the coalition against ISIL until December.',
			'"We are leaving," United States President Donald Trump said.',
		);
		expect(sideOf('Nikki Haley')).toBe('Nikki Haley');
		expect(sideOf('Brett McGurk')).toBe('Brett McGurk');
		expect(sideOf('Donald Trump')).toBe('United States');
	});

	it('put officials named by office alone in one government, named after its head', () => {
		const sideOf = sidesOf(
			'"Our condolences are with the family," Prime Minister Boris Johnson said.',
			'"The embassy must reconsider," Foreign Secretary Dominic Raab said.',
			'"Immunity is rarely waived," the State Department said.',
		);
		expect(sideOf('Boris Johnson')).toBe('Boris Johnson’s government');
		expect(sideOf('Dominic Raab')).toBe('Boris Johnson’s government');
	});
});
