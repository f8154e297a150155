import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {apportion} from '../../source/view/quotes-view.js';

describe('apportion: the share-of-voice bar', () => {
	test('splits the width in proportion', () => {
		expect(apportion([16, 14, 3], 66)).toEqual([32, 28, 6]);
		expect(apportion([1, 1], 10)).toEqual([5, 5]);
		expect(apportion([1, 1, 1], 10).reduce((sum, width) => sum + width, 0)).toBe(10);
	});

	test('leftover cells go to the largest remainders', () => {
		// Exact shares 3.33…, 3.33…, 3.33… with one cell over: one share gets 4.
		expect([...apportion([1, 1, 1], 10)].sort()).toEqual([3, 3, 4]);
		// 2/3 of 10 is 6.67, 1/3 is 3.33: the larger remainder takes the extra cell.
		expect(apportion([2, 1], 10)).toEqual([7, 3]);
	});

	test('every side with quotes keeps at least one cell, even a tiny share', () => {
		expect(apportion([1000, 1], 20)).toEqual([19, 1]);
		expect(apportion([0, 5, 0], 8)).toEqual([0, 8, 0]);
	});

	test('nothing to share, or no room: all zero', () => {
		expect(apportion([0, 0], 10)).toEqual([0, 0]);
		expect(apportion([3, 4], 0)).toEqual([0, 0]);
		expect(apportion([], 10)).toEqual([]);
	});

	test('always exactly the width, never negative, non-empty shares visible when there is room for them', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({max: 500}), {minLength: 1, maxLength: 8}),
				fc.integer({min: 1, max: 300}),
				(counts, width) => {
					const widths = apportion(counts, width);
					const total = counts.reduce((sum, count) => sum + count, 0);
					expect(widths).toHaveLength(counts.length);
					for (const value of widths) expect(value).toBeGreaterThanOrEqual(0);
					if (total === 0) return;
					expect(widths.reduce((sum, value) => sum + value, 0)).toBe(width);
					counts.forEach((count, index) => {
						if (count === 0) expect(widths[index]).toBe(0);
					});
					const shares = counts.filter(count => count > 0).length;
					if (shares <= width)
						for (const [index, count] of counts.entries()) if (count > 0) expect(widths[index]).toBeGreaterThan(0);
				},
			),
		);
	});
});
