// Rules of the small text modules that mutation testing showed no test stating (issue 20): where a path's long key
// is cut, what a value JSON cannot hold is called, how names are ordered, which white space a line keeps, and how a
// file's first bytes and its bad bytes are told apart.

import {describe, expect, it} from 'vitest';
import {alphabetical} from '../../source/model/alphabetical.js';
import {describeValue, formatPath} from '../../source/model/problems.js';
import {sanitizeLine} from '../../source/model/sanitize.js';
import {decodeText, describeFileError, formatBytes} from '../../source/model/text-file.js';

describe('paths and values in messages', () => {
	it('a long key is cut at its end only: a character before the cut is kept whole', () => {
		const key = `a 😀 ${'b'.repeat(60)}`;
		expect(formatPath([key])).toBe(`["a 😀 ${'b'.repeat(34)}…"]`);
	});

	it('a symbol key is written in brackets, as any key that is not a name', () => {
		expect(formatPath(['quotes', Symbol('x')])).toBe('quotes["Symbol(x)"]');
	});

	it('a value JSON cannot hold is described by its type', () => {
		expect(describeValue(10n)).toBe('bigint');
		expect(describeValue(() => 1)).toBe('function');
	});
});

describe('alphabetical order', () => {
	it('compares names in lower case: punctuation between the upper- and lower-case letters sorts before letters', () => {
		expect(['ba.json', 'b_a.json'].sort(alphabetical)).toEqual(['b_a.json', 'ba.json']);
		expect(['Ba', 'B_a'].sort(alphabetical)).toEqual(['B_a', 'Ba']);
	});
});

describe('one line of display text', () => {
	it('folds a run of spaces inside a line to one, and trims a space at either end', () => {
		expect(sanitizeLine('Jens  Stoltenberg')).toBe('Jens Stoltenberg');
		expect(sanitizeLine(' Jens Stoltenberg')).toBe('Jens Stoltenberg');
		expect(sanitizeLine('Jens Stoltenberg ')).toBe('Jens Stoltenberg');
	});
});

describe('a file’s bytes as text', () => {
	const FILE = 'story.json';
	const WHAT = 'a JSON briefing';
	const decode = (...parts: (string | number[])[]) =>
		decodeText(Buffer.concat(parts.map(part => Buffer.from(part as string))), FILE, WHAT);
	const invalidAt = (column: number) => ({
		ok: false,
		problem: {file: FILE, line: 1, column, message: 'is not valid UTF-8: save it as UTF-8 and try again'},
	});

	it('only FF FE or FE FF at the start is a UTF-16 byte order mark', () => {
		for (const start of [
			[0xff, 0x41],
			[0x41, 0xfe],
			[0xfe, 0x41],
			[0x41, 0xff],
		])
			expect(decode(start, '{}')).toEqual(invalidAt(start[0] === 0x41 ? 2 : 1));
		expect(decode([0xff, 0xfe], '{}')).toMatchObject({
			ok: false,
			problem: {message: expect.stringMatching(/^is UTF-16/)},
		});
	});

	it('only EF BB BF at the start is a UTF-8 byte order mark: other characters are kept', () => {
		// U+F03F, U+FEC0, U+2EFF: each shares two of the mark's three bytes.
		for (const character of ['\uf03f', '\ufec0', '\u2eff', 'aÿ'])
			expect(decode(character, '{}')).toEqual({ok: true, text: `${character}{}`});
		expect(decode([0xef, 0xbb, 0xbf], '{}')).toEqual({ok: true, text: '{}'});
	});

	it('points at the first bad byte however much of a replacement character’s encoding it shares', () => {
		expect(decode('["', [0xef, 0xbf, 0x41], '"]')).toEqual(invalidAt(3));
		expect(decode('["', [0xef, 0x41, 0xbd], '"]')).toEqual(invalidAt(3));
		expect(decode('["', [0xff, 0xbf, 0xbd], '"]')).toEqual(invalidAt(3));
		expect(decode('["\ufffd', [0xff], '"]')).toEqual(invalidAt(4));
	});

	it('points at a bad second byte', () => {
		expect(decode('[', [0xff], ']')).toEqual(invalidAt(2));
	});

	it('sizes: a megabyte is 1.0 MB', () => {
		expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
	});

	it('file errors: too many open files in the system, and a failure that is no error at all', () => {
		expect(describeFileError(Object.assign(new Error('x'), {code: 'ENFILE'}))).toBe('too many open files');
		expect(describeFileError(undefined)).toBe('cannot be read (undefined)');
	});
});
