import {describe, expect, test} from 'vitest';
import {centredStart, rangeLabel, scrollbar, windowOf} from '../../source/view/scroll.js';

const lines = Array.from({length: 10}, (_, index) => `line ${index}`);

describe('windowOf', () => {
	test('shows `height` lines from the scroll position', () => {
		expect(windowOf(lines, 2, 3)).toEqual({visible: ['line 2', 'line 3', 'line 4'], start: 2});
	});

	test('never scrolls past the end, or before the start', () => {
		expect(windowOf(lines, 9, 4).start).toBe(6);
		expect(windowOf(lines, -5, 4).start).toBe(0);
		expect(windowOf(lines, 3, 20)).toEqual({visible: lines, start: 0});
	});
});

describe('centredStart', () => {
	test('keeps the selection near the middle of the window, within the list', () => {
		expect(centredStart(0, 20, 5)).toBe(0);
		expect(centredStart(10, 20, 5)).toBe(8);
		expect(centredStart(19, 20, 5)).toBe(15);
		expect(centredStart(3, 4, 5)).toBe(0);
	});
});

describe('scrollbar', () => {
	const paint = (text: string) => text;

	test('one cell per line; blank when everything fits', () => {
		expect(scrollbar(5, 0, 5, paint)).toEqual([' ', ' ', ' ', ' ', ' ']);
		expect(scrollbar(20, 0, 5, paint)).toHaveLength(5);
	});

	test('the thumb is at the top at the start and at the bottom at the end', () => {
		expect(scrollbar(20, 0, 4, paint)).toEqual(['┃', '│', '│', '│']);
		expect(scrollbar(20, 16, 4, paint)).toEqual(['│', '│', '│', '┃']);
	});

	test('halfway down the text, the thumb is halfway down the track', () => {
		expect(scrollbar(20, 8, 4, paint)).toEqual(['│', '│', '┃', '│']);
	});

	test('the thumb is as tall as the part in view, and at least one cell', () => {
		expect(scrollbar(20, 0, 10, paint).filter(cell => cell === '┃')).toHaveLength(5);
		expect(scrollbar(10_000, 5000, 10, paint).filter(cell => cell === '┃')).toHaveLength(1);
	});

	test('no height, no cells', () => {
		expect(scrollbar(20, 0, 0, paint)).toEqual([]);
	});
});

describe('rangeLabel', () => {
	test('says which lines are in view', () => {
		expect(rangeLabel(0, 15, 108)).toBe('1–15 of 108');
		expect(rangeLabel(100, 15, 108)).toBe('101–108 of 108');
		expect(rangeLabel(0, 15, 0)).toBe('');
	});
});
