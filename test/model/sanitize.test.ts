import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitizeLine, stripControls} from '../../source/model/sanitize.js';

describe('sanitizeLine', () => {
	it.each([
		['colour (CSI SGR)', 'a \x1b[1;31mred\x1b[0m word', 'a red word'],
		['cursor movement and screen clearing', '\x1b[2J\x1b[H\x1b[10;20Hthere', 'there'],
		['private-mode CSI', '\x1b[?1049hsecret\x1b[?25l', 'secret'],
		['an OSC title ended by BEL', '\x1b]0;owned\x07title', 'title'],
		['an OSC hyperlink ended by ST', '\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\', 'link'],
		['an unterminated OSC', 'kept \x1b]0;the rest is swallowed', 'kept'],
		['DCS, SOS, PM and APC strings', '\x1bPq#0;2;0;0;0\x1b\\a\x1bXsos\x1b\\b\x1b^pm\x1b\\c\x1b_apc\x1b\\d', 'abcd'],
		['8-bit CSI and OSC', '\x9b31mred \x9d0;t\x07title', 'red title'],
		['two-byte escapes and a lone ESC', '\x1bcreset \x1b(Bcharset \x1b', 'reset charset'],
		['C0 controls and DEL', 'a\x00b\x07c\x08d\x7fe', 'abcde'],
		['bidi overrides, isolates and marks', '\u202eevil\u202c \u2066iso\u2069 \u200fmark\u200e\u061c', 'evil iso mark'],
		[
			'white space runs, line breaks, no-break and line separators',
			' a\t\tb\r\nc\u00a0\u00a0d\u2028e\u2029f\u0085g ',
			'a b c d e f g',
		],
		['a tab between words stays a space', 'one\ttwo', 'one two'],
		['only controls', '\x1b[0m\x07\x00\u202e', ''],
		// Issue 14, item 11: invisible characters that hide or split text passed.
		['zero-width spaces, word joiners and a BOM', 'Stolten\u200bberg \u2060said\ufeff', 'Stoltenberg said'],
		['soft hyphens', 'Stolten\u00adberg', 'Stoltenberg'],
		['text hidden in tag characters', 'yes\u{E0049}\u{E0047}\u{E004E}\u{E004F}\u{E0052}\u{E0045}', 'yes'],
		['lone surrogates, shown as U+FFFD', 'f\udce9.json \ud800', 'f\ufffd.json \ufffd'],
	])('removes %s', (_name, input, output) => {
		expect(sanitizeLine(input)).toBe(output);
	});

	it('keeps ordinary text of any script, emoji and typography', () => {
		// The zero-width joiner of an emoji sequence, a ZWNJ in Persian, the tags of the flag of Scotland.
		const text =
			'Zoë’s café — “Ελλάδα”, 東京, مرحبا, 👩🏽‍💻 ½ € № می‌خواهم 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
		expect(sanitizeLine(text)).toBe(text);
	});

	it('gives the same result through its fast path as the full treatment, for any string', () => {
		const full = (text: string) =>
			stripControls(text.replace(/[\t\n\r\v\f\u2028\u2029\u0085\u00a0 ]+/g, ' '))
				.replace(/ {2,}/g, ' ')
				.trim();
		const piece = fc.constantFrom(
			' ',
			'  ',
			'\t',
			'\n',
			'\u00a0',
			'\u2028',
			'\u0085',
			'\x1b[31m',
			'\x1b]0;x\x07',
			'\u202e',
			'\u200f',
			'a',
			'é',
			'東',
			'👍',
			'\u200b',
			'\u00ad',
			'\u{E0041}',
			'\udce9',
			'\ud83d',
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({unit: 'binary'}),
					fc.array(piece).map(pieces => pieces.join('')),
				),
				text => {
					expect(sanitizeLine(text)).toBe(full(text));
				},
			),
			{seed: 42, numRuns: 2000},
		);
	});

	it('is idempotent', () => {
		const text = '\x1b[31m a \u202e\t b\x1b]0;x\x07 ';
		expect(sanitizeLine(sanitizeLine(text))).toBe(sanitizeLine(text));
	});
});

describe('stripControls', () => {
	it('removes escapes and controls but keeps line breaks and tabs, for text laid out in lines', () => {
		expect(stripControls('one\n\x1b[1mtwo\x1b[0m\tcol\x07\r\nthree')).toBe('one\ntwo\tcol\nthree');
	});
});
