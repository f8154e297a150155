// `/` search in the dashboard, as the reducer sees it: the matches come from the views (in pane order), and
// Enter, n and N take the user from one to the next, saying so in the footer when they change pane or wrap.

import {describe, expect, it} from 'vitest';
import {
	initialNavState,
	type NavLimits,
	type NavState,
	navigate,
	type SearchMatch,
	typeInSearch,
} from '../../source/navigation/dashboard.js';

const MATCHES: SearchMatch[] = [
	{pane: 'summary', scroll: 3},
	{pane: 'quotes', speaker: 2, quote: 1, scroll: 4},
	{pane: 'quotes', speaker: 3, scroll: 0},
	{pane: 'positions', topic: 2},
	{pane: 'article', place: {paragraph: 5, line: 1}},
];
const limits: NavLimits = {speakers: 4, quotes: 3, topics: 5, detailLines: 40, detailHeight: 10, matches: MATCHES};

const type = (state: NavState, input: string, key = {}, with_ = limits) => typeInSearch(state, input, key, with_);
/** `/`, the query typed, Enter. */
function search(query: string, from: NavState = initialNavState, with_ = limits): NavState {
	const typed = type(navigate(from, 'search', with_), query, {}, with_);
	return type(typed, '', {return: true}, with_);
}
const at = (pane: NavState['pane']): NavState => ({...initialNavState, pane});

describe('typing a search', () => {
	it('/ opens an empty prompt and closes the help', () => {
		const state = navigate({...initialNavState, help: true}, 'search', limits);
		expect(state.help).toBe(false);
		expect(state.search).toMatchObject({prompt: {open: true, text: ''}, shown: false});
	});

	it('each key typed edits the prompt; keys that are not text change nothing', () => {
		const open = navigate(initialNavState, 'search', limits);
		expect(type(open, 'v').search).toMatchObject({prompt: {open: true, text: 'v'}, shown: false});
		expect(type(open, 'd', {ctrl: true})).toBe(open);
	});

	it('Esc closes the prompt and keeps the search there was, without its note', () => {
		const before = search('zzz', initialNavState, {...limits, matches: []});
		const typing = type(navigate(before, 'search', limits), 'veto');
		const closed = type(typing, '', {escape: true});
		expect(closed.search.prompt).toEqual({open: false, text: 'zzz'});
		expect(closed.search.query).toBe('zzz');
		expect(closed.search).not.toHaveProperty('note');
	});
});

describe('Enter: the first match', () => {
	it('goes to the first match in this pane, selected and in view', () => {
		const state = search('veto', at('quotes'));
		expect(state.pane).toBe('quotes');
		expect(state.quotes).toEqual({focus: 'quotes', speaker: 2, quote: 1, scroll: 4, paragraphScroll: 0});
		expect(state.search).toEqual({prompt: {open: false, text: 'veto'}, query: 'veto', index: 1, shown: true});
	});

	it('a match on a speaker (not on a quote) selects the speaker in the list', () => {
		const only = {...limits, matches: [MATCHES[2]!]};
		expect(search('Fomin', at('quotes'), only).quotes).toMatchObject({focus: 'speakers', speaker: 3, quote: 0});
	});

	it('with none in this pane, goes on to the next pane that has one, and says so', () => {
		const state = search('veto', at('summary'), {...limits, matches: MATCHES.slice(3)});
		expect(state.pane).toBe('positions');
		expect(state.positions).toEqual({focus: 'topics', topic: 2, scroll: 0, quote: 0});
		expect(state.search.note).toBe('none in Summary: on to Positions');
	});

	it('goes on to the next pane after this one, not back to an earlier one', () => {
		const state = search('veto', at('quotes'), {...limits, matches: [MATCHES[0]!, MATCHES[3]!]});
		expect(state).toMatchObject({pane: 'positions', search: {index: 1, note: 'none in Quotes: on to Positions'}});
	});

	it('with none in this pane or after it, goes around to the first match', () => {
		const state = search('veto', at('article'), {...limits, matches: MATCHES.slice(0, 2)});
		expect(state).toMatchObject({pane: 'summary', summary: {scroll: 3}});
		expect(state.search).toMatchObject({index: 0, note: 'none in Article: on to Summary'});
	});

	it('the query is trimmed; one of only spaces searches nothing and closes the prompt', () => {
		expect(search('  veto ', at('quotes')).search.query).toBe('veto');
		const blank = search('   ', at('quotes'));
		expect(blank.pane).toBe('quotes');
		expect(blank.search).toEqual({...initialNavState.search, prompt: {open: false, text: ''}});
	});

	it('without a match, stays put and says so', () => {
		const state = search('zzz', at('quotes'), {...limits, matches: []});
		expect(state.pane).toBe('quotes');
		expect(state.search).toEqual({
			prompt: {open: false, text: 'zzz'},
			query: 'zzz',
			index: -1,
			shown: true,
			note: 'no match for “zzz”',
		});
	});

	it('the note lasts until the next key', () => {
		const state = search('zzz', at('quotes'), {...limits, matches: []});
		const next = navigate(state, 'down', limits);
		expect(next.search).toMatchObject({shown: false, note: undefined, query: 'zzz'});
	});
});

describe('n and N: the next and previous match', () => {
	it('before any search, n says how to search', () => {
		const state = navigate(initialNavState, 'nextMatch', limits);
		expect(state.search).toMatchObject({shown: true, note: 'no search yet: / searches'});
		expect(state.pane).toBe('summary');
	});

	it('with no match for the query, n says so', () => {
		const searched = search('zzz', at('quotes'), {...limits, matches: []});
		const state = navigate(searched, 'nextMatch', {...limits, matches: []});
		expect(state.search).toMatchObject({shown: true, note: 'no match for “zzz”'});
	});

	it('n goes on through this pane’s matches, then to the next pane’s, saying so', () => {
		const first = search('veto', at('quotes'));
		const second = navigate(first, 'nextMatch', limits);
		expect(second.search).toMatchObject({index: 2, shown: true});
		expect(second.search.note).toBeUndefined();
		expect(second.quotes.speaker).toBe(3);
		const third = navigate(second, 'nextMatch', limits);
		expect(third).toMatchObject({pane: 'positions', search: {index: 3, note: 'no more in Quotes: on to Positions'}});
	});

	it('n after the last match wraps around to the first, and N before the first to the last', () => {
		const last = search('veto', at('article'));
		expect(last.search.index).toBe(4);
		const wrapped = navigate(last, 'nextMatch', limits);
		expect(wrapped).toMatchObject({pane: 'summary', search: {index: 0}});
		expect(wrapped.search.note).toBe('search wrapped around to the first match');
		const back = navigate(wrapped, 'previousMatch', limits);
		expect(back).toMatchObject({pane: 'article', search: {index: 4}});
		expect(back.search.note).toBe('search wrapped around to the last match');
	});

	it('with a single match, n and N come back to it, saying the search wrapped around', () => {
		const one = {...limits, matches: [MATCHES[3]!]};
		const found = search('veto', at('positions'), one);
		expect(navigate(found, 'nextMatch', one).search.note).toBe('search wrapped around to the first match');
		expect(navigate(found, 'previousMatch', one).search.note).toBe('search wrapped around to the last match');
	});

	it('N steps back one match', () => {
		const state = navigate(search('veto', at('positions')), 'previousMatch', limits);
		expect(state).toMatchObject({pane: 'quotes', search: {index: 2, note: 'no more in Positions: on to Quotes'}});
	});

	it('after the matches have changed (a reload), n starts again from this pane', () => {
		const searched = {...search('veto', at('article')), pane: 'quotes' as const};
		const fewer = {...limits, matches: MATCHES.slice(0, 3)};
		const state = navigate(searched, 'nextMatch', fewer);
		expect(state.search.index).toBe(1);
		expect(state.search.note).toBeUndefined();
		const justFewer = navigate(searched, 'nextMatch', {...limits, matches: MATCHES.slice(0, 4)});
		expect(justFewer.search).toMatchObject({index: 1});
		const before = {...searched, search: {...searched.search, index: -1}};
		expect(navigate(before, 'nextMatch', limits).search.index).toBe(1);
	});
});
