import {describe, expect, it} from 'vitest';
import {frameLines, listRows, markedLabel, selectionMark, tooSmallLines} from '../../source/view/frame-text.js';
import type {FrameView, ListView} from '../../source/view/frame-view.js';
import {createTheme} from '../../source/view/theme.js';

const PLAIN = createTheme({level: 0, color: false});
const STYLED = createTheme({level: 1, color: true});
const list = (change: Partial<ListView> = {}): ListView => ({
	items: [
		{key: 'a', label: 'Jens Stoltenberg'},
		{key: 'b', label: 'Alexander Grushko\nRussia'},
	],
	selected: 1,
	focused: true,
	width: 12,
	height: 4,
	...change,
});

describe('a list as lines of text', () => {
	it('marks the selected item with › and indents the others to match', () => {
		expect(selectionMark(PLAIN, list(), true)).toBe('› ');
		expect(selectionMark(PLAIN, list(), false)).toBe('  ');
	});

	it('draws the mark brighter while the list has the keys', () => {
		expect(selectionMark(STYLED, list(), true)).toBe(STYLED.accent('› '));
		expect(selectionMark(STYLED, list({focused: false}), true)).toBe(STYLED.dim('› '));
		expect(STYLED.accent('› ')).not.toBe(STYLED.dim('› '));
	});

	it('puts the mark on the first line of an item of several lines, and indents the rest', () => {
		expect(markedLabel(PLAIN, list(), 1)).toBe('› Alexander Grushko\n  Russia');
		expect(markedLabel(PLAIN, list(), 0)).toBe('  Jens Stoltenberg');
	});

	it('fits each row to the list’s width and pads the list to its height', () => {
		expect(listRows(PLAIN, list())).toEqual(['  Jens Stol…', '› Alexander…', '  Russia    ', '            ']);
	});
});

describe('a terminal too small for a frame', () => {
	it('says what size is needed and what it is now', () => {
		expect(tooSmallLines({columns: 60, rows: 8})).toEqual([
			'terminal too small (need 40 x 10)',
			'now 60 x 8; enlarge it, or press q to quit',
		]);
	});

	it('wraps the message to the width, and keeps within the frame’s rows (at least one)', () => {
		const narrow = tooSmallLines({columns: 20, rows: 30});
		expect(narrow[0]).toBe('terminal too small');
		expect(narrow.every(line => line.length <= 20)).toBe(true);
		expect(tooSmallLines({columns: 20, rows: 3})).toHaveLength(2);
		expect(tooSmallLines({columns: 20, rows: 1})).toEqual(['terminal too small']);
	});
});

describe('a frame as lines of text', () => {
	const frame = (body: FrameView['body']): FrameView => ({header: ['Headline'], bar: 'tabs', body, footer: 'keys'});
	const two = list({height: 2, width: 6, items: [{key: 'a', label: 'Ana'}], selected: 0});

	it('header, bar, body and footer, top to bottom', () => {
		expect(frameLines(frame({kind: 'lines', lines: ['one', 'two']}), PLAIN)).toEqual([
			'Headline',
			'tabs',
			'one',
			'two',
			'keys',
		]);
	});

	it('a list under the lines above it', () => {
		expect(frameLines(frame({kind: 'list', top: ['Stories'], list: two}), PLAIN)).toEqual([
			'Headline',
			'tabs',
			'Stories',
			'› Ana ',
			'      ',
			'keys',
		]);
	});

	it('speakers beside their quotes: row by row, the list padded where it is shorter', () => {
		const body = {
			kind: 'speakers',
			top: ['voice'],
			list: two,
			beside: true,
			between: ' │ ',
			detail: ['q1', 'q2', 'q3'],
		};
		expect(frameLines(frame({...body, detailWidth: 2} as FrameView['body']), PLAIN)).toEqual([
			'Headline',
			'tabs',
			'voice',
			'› Ana  │ q1',
			'       │ q2',
			'       │ q3',
			'keys',
		]);
	});

	it('speakers beside a shorter detail: the list’s rows go on alone', () => {
		const body = {kind: 'speakers', top: [], list: two, beside: true, between: ' │ ', detail: ['q1']};
		expect(frameLines(frame({...body, detailWidth: 2} as FrameView['body']), PLAIN).slice(2, -1)).toEqual([
			'› Ana  │ q1',
			'      ',
		]);
	});

	it('on narrow terminals, the speakers above their quotes, with the line between', () => {
		const body = {kind: 'speakers', top: [], list: two, beside: false, between: '───', detail: ['q1']};
		expect(frameLines(frame({...body, detailWidth: 2} as FrameView['body']), PLAIN).slice(2, -1)).toEqual([
			'› Ana ',
			'      ',
			'───',
			'q1',
		]);
	});
});
