import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {cells, fit, fitRight, hangingWrap, spread, truncate, wrap} from '../../source/view/text.js';

// Pieces of text whose width in cells differs from their length: CJK (2 cells), emoji with skin tones
// and ZWJ sequences (2 cells, many code units), combining marks (0 cells), right-to-left letters (1 cell).
const PIECES = [
	'東京',
	'会談',
	'エンジニア',
	'👩🏽‍💻',
	'👨‍👩‍👧',
	'👍🏿',
	'🇯🇵',
	'❤️',
	'e\u0301',
	'café',
	'مرحبا',
	'שלום',
	'word',
	'a',
	' ',
	'—',
	'…',
];
const text = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map(parts => parts.join(''));
// From 2: a two-cell character cannot fit in one cell however it is cut.
const width = fc.integer({min: 2, max: 60});

describe('cells', () => {
	test('counts terminal cells, not code units', () => {
		expect(cells('東京')).toBe(4);
		expect(cells('👩🏽‍💻')).toBe(2);
		expect(cells('👨‍👩‍👧')).toBe(2);
		expect(cells('e\u0301')).toBe(1);
		expect(cells('مرحبا')).toBe(5);
		expect(cells('\u001B[1mbold\u001B[22m')).toBe(4);
	});
});

describe('truncate and fit', () => {
	test('a wide character straddling the cut is dropped, not kept one cell past the width', () => {
		// Six cells hold 東京 and the ellipsis (5): と would straddle the edge, and cli-truncate alone keeps it (7).
		expect(truncate('東京とベルリンの会談', 6)).toBe('東京…');
		expect(fit('東京とベルリンの会談', 6)).toBe('東京… ');
		expect(truncate('ab 東京', 5)).toBe('ab …');
		expect(cells(fit('👩🏽‍💻👩🏽‍💻👩🏽‍💻', 5))).toBe(5);
	});

	test('text that fits is kept as it is', () => {
		expect(truncate('東京', 4)).toBe('東京');
		expect(fit('東京', 6)).toBe('東京  ');
		expect(fitRight('東京', 6)).toBe('  東京');
	});

	test('never wider than asked, for any mix of wide, combining and right-to-left text', () => {
		fc.assert(
			fc.property(text, width, (value, columns) => {
				expect(cells(truncate(value, columns))).toBeLessThanOrEqual(columns);
				expect(cells(fit(value, columns))).toBe(columns);
				expect(cells(fitRight(value, columns))).toBe(columns);
			}),
		);
	});

	test('styled text is cut by what shows, and its styles are closed', () => {
		const cut = truncate('\u001B[1m東京とベルリン\u001B[22m', 7);
		expect(cells(cut)).toBeLessThanOrEqual(7);
		expect(cut).toContain('\u001B[22m');
	});
});

describe('wrap', () => {
	test('breaks CJK text (no spaces) within the width, and keeps emoji sequences whole', () => {
		const lines = wrap('各国代表一致同意加强合作并将在明年举行第二轮会谈', 10);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(10);
		expect(wrap('👩🏽‍💻 👨‍👩‍👧 👩🏽‍💻', 5).join('|')).toBe('👩🏽‍💻 👨‍👩‍👧|👩🏽‍💻');
	});

	test('every line fits, whatever the text', () => {
		fc.assert(
			fc.property(text, width, (value, columns) => {
				for (const line of wrap(value, columns)) expect(cells(line)).toBeLessThanOrEqual(columns);
				for (const line of hangingWrap(value, columns + 3, ' • ')) expect(cells(line)).toBeLessThanOrEqual(columns + 3);
			}),
		);
	});

	test('no width, no lines; empty text, one empty line', () => {
		expect(wrap('text', 0)).toEqual([]);
		expect(wrap('', 10)).toEqual(['']);
	});
});

describe('spread', () => {
	test('puts the right part at the right edge of exactly the width', () => {
		expect(spread('東京', '3 of 8', 20)).toBe(`東京${' '.repeat(10)}3 of 8`);
		fc.assert(
			fc.property(text, text, width, (left, right, columns) => {
				expect(cells(spread(left, right, columns))).toBe(columns);
			}),
		);
	});
});
