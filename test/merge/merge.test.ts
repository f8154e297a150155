import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {draftBriefing} from '../../source/ingest/index.js';
import {comparable, relate} from '../../source/merge/match.js';
import {mergeBriefings} from '../../source/merge/merge.js';
import {compatibleNames, readName} from '../../source/merge/names.js';
import {Briefing, type Quote} from '../../source/model/schema.js';
import {FIXTURES} from '../paths.js';
import {draftOf, MULTI_SOURCE, storyFiles} from './multi-source.js';

const SEED = readFileSync(path.join(FIXTURES, 'seed', 'nato-russia-council.txt'), 'utf8');

/** The seed article cut in two at a paragraph, each half an article of its own (the second with a headline). */
function seedHalves(): [string, string] {
	const [headline, ...paragraphs] = SEED.split('\n\n');
	const middle = Math.floor(paragraphs.length / 2);
	return [
		[headline, ...paragraphs.slice(0, middle)].join('\n\n'),
		['NATO and Russia remain far apart on Ukraine', ...paragraphs.slice(middle)].join('\n\n'),
	];
}

const draft = (text: string, name?: string) => draftBriefing(text, name ? {sourceName: name} : {}).briefing;

/** Whether a draft's quote is in the merged briefing: its article is a source of a quote with its words. */
function kept(merged: Briefing, article: string, quote: Quote): boolean {
	const words = comparable(quote.text, quote.kind);
	return merged.quotes.some(candidate =>
		(candidate.sources ?? []).some(place => {
			if (place.source !== article) return false;
			const text = place.text ?? candidate.text;
			return text === quote.text || relate(words, comparable(text, candidate.kind)).relation === 'same';
		}),
	);
}

/** Pairs of speakers that name one person (none, in a good merge). */
function samePeople(briefing: Briefing): string[] {
	const people = briefing.speakers
		.map(speaker => ({name: speaker.name, read: readName(speaker)}))
		.filter(item => item.read.kind === 'person');
	const pairs: string[] = [];
	for (const [index, a] of people.entries())
		for (const b of people.slice(index + 1))
			if (a.read.kind === 'person' && b.read.kind === 'person' && compatibleNames(a.read, b.read))
				pairs.push(`${a.name} = ${b.name}`);
	return pairs;
}

describe('mergeBriefings on the seed article', () => {
	it('names each speaker of two halves once and keeps every quote of both', () => {
		const [first, second] = seedHalves().map((text, index) => draft(text, `Half ${index + 1}`)) as [Briefing, Briefing];
		// The second half names Grushko and Fomin by their surnames only.
		expect(second.speakers.map(speaker => speaker.name)).toContain('Grushko');
		const {briefing} = mergeBriefings([{briefing: first}, {briefing: second}]);
		const names = briefing.speakers.map(speaker => speaker.name);
		expect(names.filter(name => /Grushko/.test(name))).toEqual(['Alexander Grushko']);
		// Fomin is quoted only in the second half, by surname; the first half's text gives his first name.
		expect(second.speakers.map(speaker => speaker.name)).toContain('Fomin');
		expect(names).toContain('Alexander Fomin');
		expect(names).toContain('Jens Stoltenberg');
		expect(new Set(names).size).toBe(names.length);
		expect(samePeople(briefing)).toEqual([]);
		for (const quote of first.quotes) expect(kept(briefing, 's1', quote), quote.text).toBe(true);
		for (const quote of second.quotes) expect(kept(briefing, 's2', quote), quote.text).toBe(true);
		expect(briefing.quotes).toHaveLength(first.quotes.length + second.quotes.length);
		expect(briefing.paragraphs).toEqual([...first.paragraphs, ...second.paragraphs]);
		expect(briefing.paragraphSources).toEqual([
			...first.paragraphs.map(() => 's1'),
			...second.paragraphs.map(() => 's2'),
		]);
		expect(briefing.sources?.map(source => source.headline)).toEqual([first.headline, second.headline]);
	});

	it('adds no quote for the same article given twice', () => {
		const once = draft(SEED);
		const result = mergeBriefings([
			{briefing: once, name: 'a.txt'},
			{briefing: draft(SEED), name: 'b.txt'},
		]);
		expect(result.warnings).toEqual(['b.txt: the same article as a.txt: merged once']);
		expect(result.briefing.quotes).toHaveLength(once.quotes.length);
		expect(result.briefing.paragraphs).toHaveLength(once.paragraphs.length);
	});

	it('makes one quote with two sources of each statement two outlets print with other punctuation', () => {
		const syndicated = `${SEED.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/,”/g, '”')}\n\nSource: Another Paper\n`;
		const once = draft(SEED, 'Al Jazeera');
		const other = draft(syndicated);
		expect(other.source.name).toBe('Another Paper');
		const {briefing, report} = mergeBriefings([{briefing: once}, {briefing: other}]);
		expect(briefing.quotes).toHaveLength(once.quotes.length);
		expect(report.same).toBe(other.quotes.length);
		for (const quote of briefing.quotes) expect(quote.sources?.map(place => place.source)).toEqual(['s1', 's2']);
		expect(briefing.speakers).toHaveLength(once.speakers.length);
	});

	it('merges a merged briefing again with a later article, keeping what it had', () => {
		const [first, second] = seedHalves().map(text => draft(text)) as [Briefing, Briefing];
		const both = mergeBriefings([{briefing: first}, {briefing: second}]).briefing;
		const again = mergeBriefings([{briefing: both}, {briefing: draft(SEED, 'Whole')}]);
		expect(again.briefing.sources).toHaveLength(3);
		expect(again.briefing.quotes).toHaveLength(both.quotes.length);
		// Every paragraph of the whole article is one of the halves', word for word: none is added twice.
		expect(again.briefing.paragraphs).toHaveLength(both.paragraphs.length);
	});
});

describe('one speaker however named, in drafts of four articles', () => {
	it('"Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg", "the NATO chief" and "Stoltenberg" are one', () => {
		const articles = [
			'NATO rejects Russian demands\n\nNATO rejected Russia’s main security demands on Wednesday but offered more talks.\n\n“There is a real risk for new armed conflict in Europe,” Jens Stoltenberg, the NATO Secretary General, told reporters.\n\nSource: Meridian Wire\n',
			'Alliance warns of war risk\n\nThe alliance gave a grim warning after four hours of talks with Russian envoys.\n\n"There is a real risk for new armed conflict in Europe," the NATO chief said.\n\nSource: The Evening Courier\n',
			'Talks end without a deal\n\nNATO Secretary General Jens Stoltenberg said the alliance and Russia remained far apart.\n\n“No one else has anything to say, and of course Russia does not have a veto,” NATO Secretary General Jens Stoltenberg said.\n\nSource: Harbour Review\n',
			'Russia has no veto, alliance says\n\nThe alliance will keep its door open, its head said on Wednesday in Brussels after the talks.\n\n“Russia does not have a veto,” Stoltenberg said.\n\nSource: Daily Bulletin\n',
		].map(text => draft(text));
		const {briefing} = mergeBriefings(articles.map(item => ({briefing: item})));
		// "its head said …" (reported speech) stays the description the article gives: nothing names that head.
		expect(briefing.speakers.map(speaker => speaker.name)).toEqual(['Jens Stoltenberg', 'Its head']);
		// The warning in two articles is one quote; the veto line, cut short in the fourth, too.
		expect(briefing.quotes.filter(quote => quote.kind !== 'reported')).toHaveLength(2);
		for (const [index, item] of articles.entries())
			for (const quote of item.quotes) expect(kept(briefing, `s${index + 1}`, quote), quote.text).toBe(true);
	});
});

describe('mergeBriefings on the multi-source set (8 stories × 3 outlets)', () => {
	const expected: Record<string, string[]> = {
		'cruise-cap': ['Ingrid Halvorsen', 'Council', 'Marcus Webb', 'Tomas Lindqvist', 'Rosa Mendel', 'Selma Aydin'],
		'rail-strike': ['Dana Okafor', 'Peter Brandt', 'Helen Park'],
		'cod-quota': ['Scientists', 'Lena Marchetti', 'Conor Walsh', 'Brid Walsh', 'Declan Rourke', 'Ruth Adeyemi'],
		// Unnamed sources of reported speech are kept as the article describes them ("its makers announced", "rail
		// officials said"); "the company said", too far from where the company was named to be linked, stays "Company".
		'alzheimers-trial': [
			'Brightwell Therapeutics',
			'Rachel Stein',
			'Hiroshi Tanaka',
			'Company',
			'Its makers',
			'Joan Ellery',
			'Amara Nwosu',
		],
		'kessa-eruption': ['Matteo Ricci', 'Sofia Papadakis', 'Karin Olsen', 'Nikos Varga'],
		'ashby-derailment': ['Rail officials', 'Peter Brandt', 'Gareth Lowe', 'Bill Hutton', 'Maria Solberg'],
		'rate-rise': ['Helena Frost', 'Oliver Grant', 'Priya Raman', 'Kerry Doyle', 'Felix Amundsen'],
		'serra-wildfire': ['Daniel Moreno', 'Ana Costa', 'Joaquim Leal', 'Ines Faria'],
	};
	for (const [story, files] of storyFiles()) {
		it(`${story}: every speaker once, however named, and no quote lost`, () => {
			const drafts = files.map(draftOf);
			const {briefing} = mergeBriefings(drafts.map((item, index) => ({briefing: item, name: files[index]})));
			expect(Briefing.safeParse(briefing).success).toBe(true);
			expect(briefing.speakers.map(speaker => speaker.name)).toEqual(expected[story]);
			expect(samePeople(briefing)).toEqual([]);
			for (const [index, item] of drafts.entries())
				for (const quote of item.quotes) expect(kept(briefing, `s${index + 1}`, quote), quote.text).toBe(true);
			// One topic per title, every position on a side the briefing lists (the schema checks that it resolves).
			const titles = briefing.topics.map(topic => topic.title);
			expect(new Set(titles).size).toBe(titles.length);
			for (const topic of briefing.topics)
				for (const position of topic.positions) expect(briefing.sides.map(side => side.id)).toContain(position.sideId);
			// Statements reported by more than one outlet: at least one per story, each once.
			expect(
				briefing.quotes.filter(quote => new Set(quote.sources?.map(place => place.source)).size > 1).length,
			).toBeGreaterThan(0);
		});
	}

	it('the held-out stories (written after the rules): each person once, no quote lost', () => {
		for (const story of ['budget', 'dock', 'rocket', 'debate']) {
			const drafts = ['wire', 'courier', 'review'].map(
				outlet =>
					draftBriefing(readFileSync(path.join(MULTI_SOURCE, 'heldout', `${story}-${outlet}.txt`), 'utf8')).briefing,
			);
			const {briefing} = mergeBriefings(drafts.map(item => ({briefing: item})));
			expect(samePeople(briefing), story).toEqual([]);
			for (const [index, item] of drafts.entries())
				for (const quote of item.quotes) expect(kept(briefing, `s${index + 1}`, quote), quote.text).toBe(true);
			// Every speaker listed is quoted.
			for (const speaker of briefing.speakers)
				expect(
					briefing.quotes.some(quote => quote.speakerId === speaker.id),
					speaker.name,
				).toBe(true);
		}
	});

	it('shows a statement two outlets quote in different words as one quote, with both wordings', () => {
		const files = storyFiles().get('serra-wildfire')!;
		const {briefing, report} = mergeBriefings(files.map(file => ({briefing: draftOf(file)})));
		expect(report.differs).toBeGreaterThan(0);
		const planes = briefing.quotes.filter(quote => /We need planes/.test(quote.text));
		expect(planes).toHaveLength(1);
		expect(planes[0]!.text).toMatch(/today/);
		expect(planes[0]!.sources?.find(place => place.text)?.text).toMatch(/now/);
	});
});
