// The Quotes pane's detail, in-process (source/view/quotes-view.ts): a speaker's quotes as listed, the selection
// bar, and the paragraph view, a quote in its paragraph between the edges of the paragraphs around it.

import {describe, expect, it} from 'vitest';
import type {Briefing, Quote} from '../../source/model/schema.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {apportion, markSelected, paragraphLines, speakerQuoteList, voiceShares} from '../../source/view/quotes-view.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';

const PLAIN = createTheme({level: 0, color: false});
const NATO = bundled();

const LONG_BEFORE = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';
const SAID = 'The mayor, Anna Berg, said “we will stay” on Monday.';
const LONG_AFTER = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho.';

const quote = (change: Partial<Quote>): Quote => ({
	id: 'q',
	speakerId: 'berg',
	text: 'we will stay',
	kind: 'direct',
	paragraph: 2,
	...change,
});

function town(quotes: Quote[], paragraphs = ['Short first.', LONG_BEFORE, SAID, LONG_AFTER, 'Short last.']) {
	const briefing: Briefing = {
		...NATO,
		sides: [{id: 'town', name: 'Town', kind: 'party'}],
		speakers: [
			{id: 'berg', name: 'Anna Berg', role: 'Mayor', sideId: 'town'},
			{id: 'quiet', name: 'Ola Quiet', sideId: 'town'},
		],
		quotes,
		topics: [],
		paragraphs,
	};
	const model = buildDashboardModel(briefing, PLAIN);
	const entry = (id: string) => model.speakers.find(speaker => speaker.speaker.id === id)!;
	return {model, entry};
}

describe('the paragraph view', () => {
	it('the quote in its paragraph, the last two lines of the one before and the first two of the one after, cut with …', () => {
		const {model, entry} = town([quote({})]);
		expect(paragraphLines(model, entry('berg'), entry('berg').quotes[0]!, 40).map(line => line.trimEnd())).toEqual([
			'Anna Berg · direct · paragraph 3 of 5',
			'',
			'… eight nine ten eleven twelve thirteen',
			'  fourteen fifteen.',
			'',
			'The mayor, Anna Berg, said “[we will',
			'stay]” on Monday.',
			'',
			'  Alpha beta gamma delta epsilon zeta',
			'  eta theta iota kappa lambda mu nu xi…',
		]);
	});

	it('short paragraphs around it are shown whole, without …', () => {
		const {model, entry} = town([quote({paragraph: 1})], ['Short first.', SAID, 'Short last.']);
		expect(paragraphLines(model, entry('berg'), entry('berg').quotes[0]!, 60).map(line => line.trimEnd())).toEqual([
			'Anna Berg · direct · paragraph 2 of 3',
			'',
			'  Short first.',
			'',
			'The mayor, Anna Berg, said “[we will stay]” on Monday.',
			'',
			'  Short last.',
		]);
	});

	it('the first paragraph has nothing before it, the last nothing after', () => {
		const {model, entry} = town([quote({paragraph: 0})], [SAID, 'Short last.']);
		expect(paragraphLines(model, entry('berg'), entry('berg').quotes[0]!, 60)[2]).toMatch(/^The mayor/);
		const last = town([quote({paragraph: 1})], ['Short first.', SAID]);
		expect(paragraphLines(last.model, last.entry('berg'), last.entry('berg').quotes[0]!, 60).at(-1)).toMatch(
			/on Monday\.$/,
		);
	});

	it('words the article gives differently are not highlighted, and it says why', () => {
		const {model, entry} = town([quote({text: 'they would remain', kind: 'reported'})]);
		const lines = paragraphLines(model, entry('berg'), entry('berg').quotes[0]!, 100);
		expect(lines.join('\n')).not.toContain('[');
		expect(lines).toContain('(Reported speech: the article words it differently, so nothing is highlighted.)');
	});

	it('a quote with no paragraph is shown on its own, and says the briefing does not place it', () => {
		const {model, entry} = town([quote({paragraph: undefined})]);
		expect(paragraphLines(model, entry('berg'), entry('berg').quotes[0]!, 100)).toEqual([
			`${'Anna Berg · direct · paragraph not given'.padEnd(100)}`,
			'',
			'“we will stay”',
			'',
			'The briefing does not say which paragraph of the article this comes from.',
		]);
	});
});

describe('a speaker’s quotes as listed', () => {
	it('the name, then role, side and how many quotes, then each quote with its kind and paragraph', () => {
		const {model, entry} = town([quote({}), quote({id: 'q2', text: 'Short last', kind: 'partial', paragraph: 4})]);
		const {lines, spans} = speakerQuoteList(model, entry('berg'), 60);
		expect(lines.map(line => line.trimEnd())).toEqual([
			'Anna Berg',
			'Mayor · Town · 2 quotes',
			'',
			'  “we will stay”',
			'  direct · ¶ 3 of 5',
			'',
			'  “Short last”',
			'  partial · ¶ 5 of 5',
		]);
		expect(spans).toEqual([
			{top: 3, bottom: 4},
			{top: 6, bottom: 7},
		]);
	});

	it('one quote is “1 quote”; a speaker quoted nowhere says so', () => {
		const {model, entry} = town([quote({})]);
		expect(speakerQuoteList(model, entry('berg'), 60).lines[1]!.trimEnd()).toBe('Mayor · Town · 1 quote');
		expect(speakerQuoteList(model, entry('quiet'), 60).lines.map(line => line.trimEnd())).toEqual([
			'Ola Quiet',
			'Town · 0 quotes',
			'',
			'No quotes from this speaker.',
		]);
	});

	it('the selected quote’s lines, and only those, get the bar in the gutter', () => {
		const lines = ['head', '', '  one', '  one more', '', '  two'];
		expect(markSelected(lines, {top: 2, bottom: 3}, '▌ ')).toEqual(['head', '', '▌ one', '▌ one more', '', '  two']);
		expect(markSelected(lines, undefined, '▌ ')).toEqual(lines);
	});
});

describe('the share of voice', () => {
	it('each side’s quotes and its share of all, in words', () => {
		const model = buildDashboardModel(NATO, PLAIN);
		expect(voiceShares(model, 33)).toBe('NATO and the US 16 (48%) · Russia 14 (42%) · Al Jazeera (analysis) 3 (9%)');
		expect(voiceShares(model, 33, name => name.toUpperCase())).toMatch(/^NATO AND THE US 16 \(48%\) · RUSSIA 14/);
	});

	it('splits the bar’s cells in proportion, the remainders to the largest, every quoted side at least one', () => {
		// 4.85, 4.24 and 0.91 cells: the last is rounded up to its one cell, so the cell left over goes to the first.
		expect(apportion([16, 14, 3], 10)).toEqual([5, 4, 1]);
		expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
		expect(apportion([98, 1, 1], 10)).toEqual([8, 1, 1]);
		expect(apportion([0, 5], 6)).toEqual([0, 6]);
		expect(apportion([2, 2, 2], 2)).toEqual([0, 1, 1]);
		expect(apportion([1, 2], 0)).toEqual([0, 0]);
		expect(apportion([0, 0], 5)).toEqual([0, 0]);
	});
});
