import {describe, expect, it} from 'vitest';
import type {SearchMatch} from '../../source/navigation/dashboard.js';
import {hint, promptLine, tabLine} from '../../source/view/chrome-view.js';
import {MATCH_LIMIT, matchCounts, matchPosition} from '../../source/view/search-view.js';
import {createTheme} from '../../source/view/theme.js';

const PLAIN = createTheme({level: 0, color: false});
const STYLED = createTheme({level: 1, color: false});

describe('the footer’s hints', () => {
	it('one key and what it does, from the key table', () => {
		expect(['open', 'back', 'help', 'quit', 'copy', 'search', 'first'].map(c => hint(c as never))).toEqual([
			'Enter open',
			'Esc back',
			'? help',
			'q quit',
			'y copy',
			'/ search',
			'g first',
		]);
	});

	it('a pair of opposite keys under one word', () => {
		expect(['nextPane', 'down', 'pageDown', 'nextMatch', 'nextTopic'].map(c => hint(c as never))).toEqual([
			'←→ pane',
			'↑↓ move',
			'PgUp/PgDn scroll',
			'n/N match',
			'[/] topic',
		]);
	});

	it('where room is short, Enter is written ↵; the other keys stay as they are', () => {
		expect(hint('open', true)).toBe('↵ open');
		expect(hint('back', true)).toBe('Esc back');
	});
});

describe('the tab strip', () => {
	it('every pane by number and name, the active one in brackets', () => {
		expect(tabLine(PLAIN, 'quotes', 60, false)).toBe(' 1 Summary  [2 Quotes]  3 Positions   4 Article             ');
	});

	it('with styles, the active tab is in inverse video too; the others dimmed', () => {
		const line = tabLine(STYLED, 'summary', 60, true);
		expect(line).toContain(STYLED.inverse(STYLED.bold('[1 Summary]')));
		expect(line).toContain(STYLED.dim(' 2 Quotes '));
	});

	it('is cut to the width', () => {
		expect(tabLine(PLAIN, 'quotes', 20, false)).toBe(' 1 Summary  [2 Quot…');
	});
});

describe('the search prompt', () => {
	it('the query typed, a cursor, and the matches found at the right', () => {
		expect(promptLine(PLAIN, 'veto', '3 here', 30)).toBe('/veto_                  3 here');
	});

	it('a query longer than the line shows its end, where the typing is', () => {
		expect(promptLine(PLAIN, 'a very long query indeed', '', 12)).toBe('/ery indeed_');
	});

	it('with styles the cursor is a block in inverse video', () => {
		expect(promptLine(STYLED, 'veto', '', 10)).toBe(`/veto${STYLED.inverse(' ')}    `);
	});
});

describe('search counts', () => {
	const MATCHES: SearchMatch[] = [
		{pane: 'summary', scroll: 0},
		{pane: 'quotes', speaker: 0, scroll: 0},
		{pane: 'quotes', speaker: 1, scroll: 0},
		{pane: 'article', place: {paragraph: 0, line: 0}},
	];

	it('“match 2 of 2”: where the match is among its own pane’s matches', () => {
		expect(matchPosition(MATCHES, 2)).toBe('match 2 of 2');
		expect(matchPosition(MATCHES, 1)).toBe('match 1 of 2');
		expect(matchPosition(MATCHES, 0)).toBe('match 1 of 1');
		expect(matchPosition(MATCHES, 9)).toBe('');
	});

	it('at the limit of matches counted, the count says there may be more', () => {
		const many: SearchMatch[] = Array.from({length: MATCH_LIMIT}, () => ({pane: 'summary', scroll: 0}));
		expect(matchPosition(many, 0)).toBe(`match 1 of ${MATCH_LIMIT}+`);
		expect(matchPosition(many.slice(1), 0)).toBe(`match 1 of ${MATCH_LIMIT - 1}`);
	});

	it('while typing: the matches here, and in all when some are elsewhere', () => {
		expect(matchCounts(MATCHES, 'quotes', 'veto')).toBe('2 here, 4 in all');
		expect(matchCounts(MATCHES, 'positions', 'veto')).toBe('0 here, 4 in all');
		expect(matchCounts(MATCHES.slice(1, 3), 'quotes', 'veto')).toBe('2 here');
		expect(matchCounts([], 'quotes', 'veto')).toBe('no match');
		expect(matchCounts(MATCHES, 'quotes', '  ')).toBe('');
	});
});
