// The footer offers what works here, and only that: availableCommands, and atTopLevel (where Esc goes back
// to the story picker).

import {describe, expect, it} from 'vitest';
import {
	atTopLevel,
	availableCommands,
	initialNavState,
	type NavLimits,
	type NavState,
} from '../../source/navigation/dashboard.js';

const fits: NavLimits = {speakers: 4, quotes: 3, topics: 5, detailLines: 10, detailHeight: 10};
const scrolls: NavLimits = {...fits, detailLines: 11};
const target = {quoteId: 'q1', place: {paragraph: 2, line: 0}};

const at = (pane: NavState['pane'], change: Partial<NavState> = {}): NavState => ({
	...initialNavState,
	pane,
	...change,
});
const quotesAt = (focus: NavState['quotes']['focus']) => at('quotes', {quotes: {...initialNavState.quotes, focus}});
const positionsAt = (focus: NavState['positions']['focus']) =>
	at('positions', {positions: {...initialNavState.positions, focus}});
const ALWAYS = ['search', 'nextPane', 'help', 'quit'];

describe('the footer', () => {
	it('Summary: the scroll keys only when the text is longer than the pane', () => {
		expect(availableCommands(at('summary'), fits)).toEqual(ALWAYS);
		expect(availableCommands(at('summary'), scrolls)).toEqual(['down', 'pageDown', 'first', ...ALWAYS]);
	});

	it('Quotes, choosing a speaker: down with two speakers or more, Enter when the speaker has quotes', () => {
		expect(availableCommands(quotesAt('speakers'), fits)).toEqual(['down', 'open', ...ALWAYS]);
		expect(availableCommands(quotesAt('speakers'), {...fits, speakers: 1, quotes: 0})).toEqual(ALWAYS);
		expect(availableCommands(quotesAt('speakers'), {...fits, speakers: 1, quotes: 1})).toEqual(['open', ...ALWAYS]);
		expect(availableCommands(quotesAt('speakers'), scrolls)).toEqual(['down', 'open', 'pageDown', ...ALWAYS]);
	});

	it('Quotes, choosing a quote: down with two quotes or more, then Enter, Esc and copy', () => {
		expect(availableCommands(quotesAt('quotes'), fits)).toEqual(['down', 'open', 'back', 'copy', ...ALWAYS]);
		expect(availableCommands(quotesAt('quotes'), {...fits, quotes: 1})).toEqual(['open', 'back', 'copy', ...ALWAYS]);
		expect(availableCommands(quotesAt('quotes'), scrolls)).toEqual([
			'down',
			'open',
			'back',
			'copy',
			'pageDown',
			...ALWAYS,
		]);
	});

	it('Quotes, a quote in its paragraph: down when it scrolls, Enter when the article can show it', () => {
		expect(availableCommands(quotesAt('paragraph'), fits)).toEqual(['back', 'copy', ...ALWAYS]);
		expect(availableCommands(quotesAt('paragraph'), {...scrolls, quoteTarget: target})).toEqual([
			'down',
			'open',
			'back',
			'copy',
			...ALWAYS,
		]);
	});

	it('Positions, choosing a topic: down with two topics or more, Enter with one, ] with two', () => {
		expect(availableCommands(positionsAt('topics'), fits)).toEqual(['down', 'open', 'nextTopic', ...ALWAYS]);
		expect(availableCommands(positionsAt('topics'), {...fits, topics: 1})).toEqual(['open', ...ALWAYS]);
		expect(availableCommands(positionsAt('topics'), {...fits, topics: 0})).toEqual(ALWAYS);
		expect(availableCommands(positionsAt('topics'), {...scrolls, topics: 1})).toEqual(['open', 'pageDown', ...ALWAYS]);
	});

	it('Positions, a topic opened: down to scroll or with two quotes, Enter and copy with a quote selected', () => {
		const one = {...fits, topics: 1};
		expect(availableCommands(positionsAt('quotes'), one)).toEqual(['back', ...ALWAYS]);
		expect(availableCommands(positionsAt('quotes'), {...one, topicQuotes: 1})).toEqual(['back', ...ALWAYS]);
		expect(availableCommands(positionsAt('quotes'), {...one, topicQuotes: 2, quoteTarget: target})).toEqual([
			'down',
			'open',
			'back',
			'copy',
			...ALWAYS,
		]);
		expect(availableCommands(positionsAt('quotes'), {...scrolls, topics: 1})).toEqual([
			'down',
			'back',
			'pageDown',
			...ALWAYS,
		]);
	});

	it('Article: the scroll keys when it scrolls; Esc when opened at a quote, copy when a quote is marked', () => {
		expect(availableCommands(at('article'), fits)).toEqual(ALWAYS);
		expect(availableCommands(at('article'), scrolls)).toEqual(['down', 'pageDown', ...ALWAYS]);
		const fromQuotes = at('article', {article: {place: target.place, quoteId: 'q1', from: 'quotes'}});
		expect(availableCommands(fromQuotes, fits)).toEqual(['back', 'copy', ...ALWAYS]);
		const marked = at('article', {article: {place: target.place, quoteId: 'q1'}});
		expect(availableCommands(marked, fits)).toEqual(['back', 'copy', ...ALWAYS]);
		const cameFrom = at('article', {article: {place: target.place, from: 'positions'}});
		expect(availableCommands(cameFrom, fits)).toEqual(['back', ...ALWAYS]);
	});

	it('n for the next match once a search has matches; / otherwise', () => {
		const searched = at('summary', {search: {...initialNavState.search, query: 'veto'}});
		const match = {pane: 'summary' as const, scroll: 0};
		expect(availableCommands(searched, {...fits, matches: [match]})).toEqual(['nextMatch', 'nextPane', 'help', 'quit']);
		expect(availableCommands(searched, {...fits, matches: []})).toEqual(ALWAYS);
		expect(availableCommands(searched, fits)).toEqual(ALWAYS);
		expect(availableCommands(at('summary'), {...fits, matches: [match]})).toEqual(ALWAYS);
	});

	it('with help open: down when the help is taller than the screen, then Esc and quit', () => {
		const help = at('quotes', {help: true});
		expect(availableCommands(help, scrolls)).toEqual(['down', 'back', 'quit']);
		expect(availableCommands(help, fits)).toEqual(['back', 'quit']);
	});

	it('Esc back to the story picker, from the top level of a story opened from it', () => {
		expect(availableCommands(at('summary'), fits, true)).toEqual(['search', 'back', 'nextPane', 'help', 'quit']);
		expect(availableCommands(quotesAt('quotes'), {...fits, quotes: 1}, true)).toEqual([
			'open',
			'back',
			'copy',
			...ALWAYS,
		]);
	});
});

describe('the top level of a story, where Esc has nothing left to close', () => {
	it.each([
		['the Summary', at('summary'), true],
		['the speakers list', quotesAt('speakers'), true],
		['a speaker’s quotes', quotesAt('quotes'), false],
		['a quote in its paragraph', quotesAt('paragraph'), false],
		['the topics list', positionsAt('topics'), true],
		['an opened topic', positionsAt('quotes'), false],
		['the Article', at('article'), true],
		['the Article opened at a quote', at('article', {article: {place: target.place, quoteId: 'q1'}}), false],
		['the Article opened from a pane', at('article', {article: {place: target.place, from: 'positions'}}), false],
		['the help, over the Summary', at('summary', {help: true}), false],
		[
			'the Summary, while the Article keeps a quote marked',
			at('summary', {article: {place: target.place, quoteId: 'q1', from: 'quotes'}}),
			true,
		],
	])('%s: %s', (_, state, top) => {
		expect(atTopLevel(state)).toBe(top);
	});
});
