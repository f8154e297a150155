// A file name's bytes as a string and back (source/model/file-names.ts), in-process: UTF-8 stays text, every other
// byte stands for itself as a lone surrogate U+DC80..U+DCFF, and fileSystemPath gives the original bytes back.

import {describe, expect, it} from 'vitest';
import {decodeFileName, fileSystemPath} from '../../source/model/file-names.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => [...Buffer.from(text, 'utf8')];
/** The lone surrogate that stands for a byte that is not UTF-8. */
const escaped = (byte: number) => String.fromCharCode(0xdc00 + byte);
/** A name that holds one Latin-1 "é" (0xE9, never UTF-8 here), so it is decoded byte by byte. */
const withLatin1 = (...values: number[]) => bytes(0xe9, ...values);

describe('decodeFileName', () => {
	it('a UTF-8 name is itself', () => {
		expect(decodeFileName(bytes(...utf8('café €5 😀.json')))).toBe('café €5 😀.json');
		expect(decodeFileName(bytes())).toBe('');
	});

	it('a byte that is not UTF-8 becomes the lone surrogate that stands for it, the rest staying text', () => {
		expect(decodeFileName(bytes(...utf8('f'), 0xe9, ...utf8('.json')))).toBe(`f${escaped(0xe9)}.json`);
		expect(decodeFileName(bytes(0xff, 0xfe))).toBe(escaped(0xff) + escaped(0xfe));
	});

	it('keeps each well-formed sequence beside a stray byte as the character it is', () => {
		const name = decodeFileName(withLatin1(...utf8('é€😀a'), 0x80));
		expect(name).toBe(`${escaped(0xe9)}é€😀a${escaped(0x80)}`);
	});

	it('reads a view into a larger buffer from its own start and length only', () => {
		const whole = bytes(...utf8('xx'), ...utf8('ok'), 0xe9, ...utf8('yy'));
		expect(decodeFileName(whole.subarray(2, 5))).toBe(`ok${escaped(0xe9)}`);
		expect(decodeFileName(whole.subarray(2, 4))).toBe('ok');
	});

	it.each([
		['U+0080, the first two-byte character', [0xc2, 0x80], '\u0080'],
		['U+07FF, the last two-byte character', [0xdf, 0xbf], '\u07ff'],
		['U+0800, the first three-byte character', [0xe0, 0xa0, 0x80], '\u0800'],
		['U+D7FF, the last before the surrogates', [0xed, 0x9f, 0xbf], '\ud7ff'],
		['U+E000, the first after the surrogates', [0xee, 0x80, 0x80], '\ue000'],
		['U+FFFF, the last three-byte character', [0xef, 0xbf, 0xbf], '\uffff'],
		['U+10000, the first four-byte character', [0xf0, 0x90, 0x80, 0x80], '\u{10000}'],
		['U+10FFFF, the last character', [0xf4, 0x8f, 0xbf, 0xbf], '\u{10ffff}'],
	])('%s is text beside a stray byte', (_, sequence, character) => {
		expect(decodeFileName(withLatin1(...sequence))).toBe(escaped(0xe9) + character);
		expect(decodeFileName(bytes(...sequence, 0xe9))).toBe(character + escaped(0xe9));
	});

	it.each([
		['a continuation byte alone', [0x80]],
		['an overlong two-byte form (C0)', [0xc0, 0xaf]],
		['an overlong two-byte form (C1)', [0xc1, 0xbf]],
		['a two-byte form whose second byte is no continuation', [0xc3, 0x41]],
		['an overlong three-byte form', [0xe0, 0x9f, 0xbf]],
		['a surrogate written as UTF-8', [0xed, 0xa0, 0x80]],
		['a three-byte form cut short by another character', [0xe2, 0x82, 0x41]],
		['a three-byte form whose second byte is no continuation', [0xe2, 0x41, 0x82]],
		['an overlong four-byte form', [0xf0, 0x8f, 0xbf, 0xbf]],
		['a four-byte form above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
		['a lead byte above F4', [0xf5, 0x80, 0x80, 0x80]],
		['a four-byte form with a bad second byte', [0xf0, 0x41, 0x80, 0x80]],
		['a four-byte form with a bad third byte', [0xf0, 0x90, 0x41, 0x80]],
		['a four-byte form with a bad fourth byte', [0xf0, 0x90, 0x80, 0x41]],
	])('%s is bytes, each standing for itself', (_, sequence) => {
		const expected = sequence.map(byte => (byte < 0x80 ? String.fromCharCode(byte) : escaped(byte))).join('');
		expect(decodeFileName(withLatin1(...sequence))).toBe(escaped(0xe9) + expected);
	});

	it('continuation bytes after a byte that starts no sequence are bytes too', () => {
		for (const lead of [0x80, 0xc0, 0xf8, 0xff])
			expect(decodeFileName(bytes(lead, 0x80, 0x80, 0x80))).toBe([lead, 0x80, 0x80, 0x80].map(escaped).join(''));
	});

	it.each([
		['two-byte', [0xc3]],
		['three-byte', [0xe2, 0x82]],
		['four-byte', [0xf0, 0x9f, 0x98]],
	])('a %s sequence cut short by the end of the name is bytes', (_, sequence) => {
		expect(decodeFileName(withLatin1(...sequence))).toBe(escaped(0xe9) + sequence.map(escaped).join(''));
	});
});

describe('fileSystemPath', () => {
	it('a name that stands for no bytes is opened as it is', () => {
		expect(fileSystemPath('stories/café 😀.json')).toBe('stories/café 😀.json');
	});

	it('gives back the bytes a decoded name came from', () => {
		for (const original of [
			bytes(...utf8('f'), 0xe9, ...utf8('.json')),
			withLatin1(...utf8('é€😀'), 0x80, 0xff),
			bytes(0xe9),
			bytes(0xed, 0xa0, 0x80, ...utf8('/x')),
			withLatin1(...utf8('ｆｕｌｌ\ue000\uffef')),
		]) {
			const path = fileSystemPath(decodeFileName(original));
			expect(Buffer.isBuffer(path)).toBe(true);
			expect([...(path as Buffer)]).toEqual([...original]);
		}
	});

	it('only U+DC80..U+DCFF stand for bytes: other lone surrogates are text (written as U+FFFD)', () => {
		expect(fileSystemPath('a\udc7fb')).toBe('a\udc7fb');
		const path = fileSystemPath(`\udc7f${escaped(0x80)}\ud800`) as Buffer;
		expect([...path]).toEqual([...utf8('\ufffd'), 0x80, ...utf8('\ufffd')]);
	});
});
