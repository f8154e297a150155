import {describe, expect, test} from 'vitest';
import {fold, foldQuery, foldWithOrigin, occurrences} from '../../source/search/fold.js';
import {joinLines, markMatches, matchingLines, styleCodes} from '../../source/search/highlight.js';

describe('fold', () => {
	test('case and accents do not matter: "erdogan" finds "Erdoğan"', () => {
		expect(fold('Erdoğan')).toBe('erdogan');
		expect(fold('Ayasofya Müzesi, İstanbul')).toContain('muzesi');
		expect(fold('São Paulo')).toBe('sao paulo');
	});

	test('curly quotes and dashes are the plain ones a keyboard types', () => {
		expect(fold('Russia’s “veto” — NATO–Russia')).toBe(`russia's "veto" - nato-russia`);
	});

	test('a query is trimmed and its spaces folded', () => {
		expect(foldQuery('  Real   RISK ')).toBe('real risk');
	});

	test('each folded unit knows where it came from', () => {
		const text = 'Erdoğan’s';
		const {folded, origin} = foldWithOrigin(text);
		expect(folded).toBe("erdogan's");
		const [[start, end]] = occurrences(folded, 'gan') as [[number, number]];
		expect(text.slice(origin![start], origin![end])).toBe('ğan');
	});
});

describe('markMatches', () => {
	const mark = {open: '<', close: '>'};

	test('marks every match in a line, whatever its case', () => {
		expect(markMatches(['Veto, veto and VETO'], 'veto', mark.open, mark.close)).toEqual(['<Veto>, <veto> and <VETO>']);
	});

	test('marks a phrase that a line break splits, on both lines', () => {
		expect(markMatches(['  there is a real', '  risk for war'], 'real risk', mark.open, mark.close)).toEqual([
			'  there is a <real>',
			'  <risk> for war',
		]);
	});

	test('keeps the escape codes of a styled line and marks the characters it shows', () => {
		const line = '\u001B[36mErdoğan\u001B[39m said';
		expect(markMatches([line], 'erdogan', mark.open, mark.close)).toEqual(['\u001B[36m<Erdoğan>\u001B[39m said']);
	});

	test('the marks are the codes of a style, found from the style itself', () => {
		expect(styleCodes(text => `\u001B[7m${text}\u001B[27m`)).toEqual({open: '\u001B[7m', close: '\u001B[27m'});
		expect(styleCodes(text => text)).toEqual({open: '', close: ''});
	});

	test('the line each match starts on', () => {
		const text = joinLines(['a veto', 'no', 'veto veto']);
		expect(matchingLines(text, 'veto', 10)).toEqual([0, 2, 2]);
		expect(matchingLines(text, 'veto', 2)).toEqual([0, 2]);
	});
});
