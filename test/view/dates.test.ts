import {describe, expect, it} from 'vitest';
import {formatDate, UNKNOWN_DATE} from '../../source/view/dates.js';

describe('dates as a reader writes them', () => {
	it('a day, a month or a year, as precise as the story states it', () => {
		expect(formatDate('2022-01-12')).toBe('12 Jan 2022');
		expect(formatDate('2019-07')).toBe('Jul 2019');
		expect(formatDate('2002')).toBe('2002');
		expect(formatDate('2019-12-05')).toBe('5 Dec 2019');
	});

	it('the long style spells the month out', () => {
		expect(formatDate('2022-01-12', 'long')).toBe('12 January 2022');
		expect(formatDate('2019-09', 'long')).toBe('September 2019');
	});

	it('no date: "date unknown"', () => {
		expect(formatDate(undefined)).toBe(UNKNOWN_DATE);
		expect(UNKNOWN_DATE).toBe('date unknown');
	});

	it('a month that is not one leaves the year alone', () => {
		expect(formatDate('2022-13-01')).toBe('2022');
	});
});
