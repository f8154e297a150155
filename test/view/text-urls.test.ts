import {describe, expect, test} from 'vitest';
import {append, counted, hangingWrap, truncatePlain, wrapWithUrls} from '../../source/view/text.js';

describe('wrapping text with web addresses', () => {
	const STORY = 'https://example.com/news/2024/03/05/a-long-story.html';

	test('an address is never broken across lines: one too long is shortened with …, with what sticks to it', () => {
		expect(wrapWithUrls(`See ${STORY}. for more`, 20)).toEqual(['See', 'https://example.co….', 'for more']);
	});

	test('an address that fits is kept as it is, without the punctuation after it', () => {
		const shown: string[] = [];
		const link = (url: string, text: string) => {
			shown.push(url);
			return text;
		};
		expect(wrapWithUrls('See (https://example.com/a). now', 40, {link})).toEqual(['See (https://example.com/a). now']);
		expect(shown).toEqual(['https://example.com/a']);
	});

	test('for print, an address is kept whole on a line of its own, longer than the width', () => {
		expect(wrapWithUrls(`See ${STORY} now`, 20, {whole: true})).toEqual(['See', STORY, 'now']);
	});

	test('a hyperlink’s target is the whole address, its text what is shown', () => {
		const links: [string, string][] = [];
		wrapWithUrls(`See ${STORY} now`, 20, {
			link: (url, text) => {
				links.push([url, text]);
				return text;
			},
		});
		expect(links).toEqual([[STORY, 'https://example.com…']]);
		wrapWithUrls(`See ${STORY}`, 20, {
			whole: true,
			link: (url, text) => {
				links.push([url, text]);
				return text;
			},
		});
		expect(links[1]).toEqual([STORY, STORY]);
	});

	test('a style applies to the whole text, addresses included', () => {
		expect(wrapWithUrls('go https://a.test/x now', 40, {style: text => text.toUpperCase()})).toEqual([
			'GO HTTPS://A.TEST/X NOW',
		]);
		expect(wrapWithUrls('go https://a.test/x', 40, {whole: true, style: text => `*${text}*`})).toEqual([
			'*go https://a.test/x*',
		]);
	});

	test('no width, no lines', () => {
		expect(wrapWithUrls('anything', 0)).toEqual([]);
	});
});

describe('short forms', () => {
	test('truncatePlain cuts plain text to the width, ending with … and no space before it', () => {
		expect(truncatePlain('Jens Stoltenberg', 8)).toBe('Jens St…');
		expect(truncatePlain('ab cd', 4)).toBe('ab…');
		expect(truncatePlain('Jens', 4)).toBe('Jens');
		expect(truncatePlain('Jens', 0)).toBe('');
		expect(truncatePlain('東京とベルリン', 5)).toBe('東京…');
	});

	test('counted: singular for one, the plural given or with an s', () => {
		expect([counted(1, 'topic'), counted(0, 'quote'), counted(8, 'speaker'), counted(2, 'city', 'cities')]).toEqual([
			'1 topic',
			'0 quotes',
			'8 speakers',
			'2 cities',
		]);
	});

	test('hangingWrap: the first line after its lead, the rest indented under it; no room, the lead cut', () => {
		expect(hangingWrap('one two three four', 10, '- ')).toEqual(['- one two', '  three', '  four']);
		expect(hangingWrap('one two', 10, '1. ', '-- ')).toEqual(['1. one two']);
		expect(hangingWrap('one two six', 7, '1. ', '-- ')).toEqual(['1. one', '-- two', '-- six']);
		expect(hangingWrap('x', 2, '- ')).toEqual(['- ']);
		expect(hangingWrap('x', 1, '- ')).toEqual(['…']);
	});

	test('append adds every line, in order', () => {
		const lines = ['a'];
		append(lines, ['b', 'c']);
		expect(lines).toEqual(['a', 'b', 'c']);
	});
});
