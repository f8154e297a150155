import {describe, expect, it} from 'vitest';
import {computeLayout, MIN_COLUMNS, MIN_ROWS} from '../../source/view/layout.js';

describe('the layout of a terminal', () => {
	it('an 80×24 terminal: a frame of 23 lines, headline and source, tabs and footer, the sides side by side', () => {
		expect(computeLayout(80, 24)).toEqual({
			columns: 80,
			rows: 24,
			height: 23,
			tooSmall: false,
			headerLines: 2,
			bodyHeight: 19,
			wideQuotes: false,
			sideBySide: true,
			listWidth: 26,
		});
	});

	it('is too small below 40 columns or 10 rows', () => {
		expect(computeLayout(MIN_COLUMNS, MIN_ROWS).tooSmall).toBe(false);
		expect(computeLayout(MIN_COLUMNS - 1, 24).tooSmall).toBe(true);
		expect(computeLayout(80, MIN_ROWS - 1).tooSmall).toBe(true);
	});

	it('drops the source line from the header below 14 rows', () => {
		expect(computeLayout(80, 14)).toMatchObject({headerLines: 2, bodyHeight: 9});
		expect(computeLayout(80, 13)).toMatchObject({headerLines: 1, bodyHeight: 9});
	});

	it('puts speakers beside their quotes from 90 columns, and the sides side by side from 80', () => {
		expect(computeLayout(90, 24)).toMatchObject({wideQuotes: true, sideBySide: true});
		expect(computeLayout(89, 24)).toMatchObject({wideQuotes: false, sideBySide: true});
		expect(computeLayout(79, 24)).toMatchObject({wideQuotes: false, sideBySide: false});
	});

	it('gives the speaker list a third of the width, from 26 to 42 columns', () => {
		expect(computeLayout(100, 24).listWidth).toBe(32);
		expect(computeLayout(60, 24).listWidth).toBe(26);
		expect(computeLayout(200, 24).listWidth).toBe(42);
	});

	it('reads an unknown size as 80×24, and never has less than one line', () => {
		expect(computeLayout(Number.NaN, Number.NaN)).toMatchObject({columns: 80, rows: 24});
		expect(computeLayout(0, 0)).toMatchObject({columns: 80, rows: 24});
		expect(computeLayout(-5, 1)).toMatchObject({columns: 1, rows: 1, height: 1, bodyHeight: 0});
		expect(computeLayout(100.7, 30.9)).toMatchObject({columns: 100, rows: 30});
	});
});
