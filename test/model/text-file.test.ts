import {
	chmodSync,
	closeSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadBriefingFile, MAX_BRIEFING_BYTES} from '../../source/model/load.js';
import type {Problem} from '../../source/model/problems.js';
import {decodeText, describeFileError, formatBytes, LineIndex, readTextFile} from '../../source/model/text-file.js';
import {NATO_FILE} from '../paths.js';

const NATO = readFileSync(NATO_FILE);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const WHAT = 'a JSON briefing';

/** Root reads every file whatever its mode, so a permission test can only fail for the wrong reason. */
const IS_ROOT = process.getuid?.() === 0;

let folder: string;
beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-text-file-'));
});
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

function write(name: string, bytes: Uint8Array | string): string {
	const file = path.join(folder, name);
	writeFileSync(file, bytes);
	return file;
}

/** The one problem a failed load has. */
function problemOf(file: string): Problem {
	const result = loadBriefingFile(file);
	if (result.ok) throw new Error(`${file} loaded`);
	expect(result.problems).toHaveLength(1);
	return result.problems[0]!;
}

function utf16le(text: string): Buffer {
	return Buffer.from(text, 'utf16le');
}

function utf16be(text: string): Buffer {
	return Buffer.from(text, 'utf16le').swap16();
}

describe('a UTF-8 byte order mark', () => {
	// Decision: accept it. Windows editors (Notepad until 2019, PowerShell's Out-File) write one, it
	// carries no meaning in UTF-8, and refusing a file that looks perfect in the editor helps nobody.
	it('is accepted: the file loads like the same file without it', () => {
		const result = loadBriefingFile(write('bom.json', Buffer.concat([BOM, NATO])));
		const plain = loadBriefingFile(NATO_FILE);
		expect(result.ok && plain.ok && result.briefing).toEqual(plain.ok && plain.briefing);
	});

	it('does not shift columns: problems point where they would without it', () => {
		const text = '{\n\t"a": 1,\n}';
		const withBom = problemOf(write('bom-bad.json', Buffer.concat([BOM, Buffer.from(text)])));
		expect(withBom).toMatchObject({line: 2, column: 8});
	});

	it('is not text: a file with only a BOM is empty', () => {
		expect(problemOf(write('only-bom.json', BOM)).message).toBe(`is empty (only white space), expected ${WHAT}`);
	});
});

describe('UTF-16', () => {
	const text = NATO.toString('utf8');

	it.each([
		['little-endian with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]), 'is UTF-16 encoded'],
		['big-endian with a BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'is UTF-16 encoded'],
		['little-endian without a BOM', () => utf16le(text), 'looks UTF-16 encoded'],
		['big-endian without a BOM', () => utf16be(text), 'looks UTF-16 encoded'],
		[
			'mostly Cyrillic, without a BOM',
			() => utf16le('{"headline": "Переговоры НАТО и России зашли в тупик"}'),
			'looks UTF-16 encoded',
		],
		[
			'Japanese with an ideographic space, without a BOM',
			() => utf16be('{"見出し": "日本語\u3000の見出し"}'),
			'looks UTF-16 encoded',
		],
	])('%s: says how to fix it', (_name, bytes, start) => {
		expect(problemOf(write('utf16.json', bytes())).message).toBe(
			`${start}, expected UTF-8: save it as UTF-8 and try again`,
		);
	});
});

describe('bytes that are not text', () => {
	it('a NUL byte makes a binary file, with the offset', () => {
		const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
		expect(problemOf(write('image.json', png)).message).toBe(
			`is a binary file (a NUL byte at byte 8), expected ${WHAT}`,
		);
	});

	it('a NUL inside otherwise good JSON is still binary', () => {
		expect(problemOf(write('nul.json', '{"headline": "a\0b"}')).message).toBe(
			`is a binary file (a NUL byte at byte 15), expected ${WHAT}`,
		);
	});

	it('a file of zeros is binary, not UTF-16', () => {
		expect(problemOf(write('zeros.json', Buffer.alloc(4096))).message).toBe(
			`is a binary file (a NUL byte at byte 0), expected ${WHAT}`,
		);
	});

	it('the offset counts the BOM', () => {
		expect(problemOf(write('bom-nul.json', Buffer.concat([BOM, Buffer.from('{"a": 1}\0')]))).message).toContain(
			'at byte 11',
		);
	});
});

describe('invalid UTF-8', () => {
	it('gives the line and column of the first bad byte', () => {
		const bytes = Buffer.concat([Buffer.from('{\n\t"headline": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
		expect(problemOf(write('latin1.json', bytes))).toEqual({
			file: path.join(folder, 'latin1.json'),
			line: 2,
			column: 18,
			message: 'is not valid UTF-8: save it as UTF-8 and try again',
		});
	});

	it('is not confused by a replacement character the file really contains', () => {
		const bytes = Buffer.concat([
			Buffer.from('{\n\t"a": "\ufffd",\n\t"b": "x'),
			Buffer.from([0xff]),
			Buffer.from('"\n}'),
		]);
		expect(problemOf(write('fffd.json', bytes))).toMatchObject({line: 3, column: 9});
	});

	it('counts columns in characters, not bytes', () => {
		const bytes = Buffer.concat([Buffer.from('["é東🚀'), Buffer.from([0xc3]), Buffer.from('"]')]);
		expect(problemOf(write('wide.json', bytes))).toMatchObject({line: 1, column: 7});
	});

	it.each([
		['a truncated sequence at the end', [0x5b, 0x22, 0xe2, 0x82]],
		['an encoded surrogate', [0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]],
		['an overlong encoding', [0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d]],
	])('%s', (_name, bytes) => {
		expect(problemOf(write('bad.json', Buffer.from(bytes)))).toMatchObject({
			line: 1,
			column: 3,
			message: 'is not valid UTF-8: save it as UTF-8 and try again',
		});
	});
});

describe('empty files', () => {
	it('no bytes at all', () => {
		expect(problemOf(write('empty.json', '')).message).toBe(`is empty, expected ${WHAT}`);
	});

	it('only white space', () => {
		expect(problemOf(write('blank.json', ' \n\t\r\n  ')).message).toBe(`is empty (only white space), expected ${WHAT}`);
	});
});

describe('size', () => {
	// Sparse files: the size is what stat says, and nothing is written to disk or read into memory.
	function sparse(name: string, size: number): string {
		const file = path.join(folder, name);
		closeSync(openSync(file, 'w'));
		truncateSync(file, size);
		return file;
	}

	it('a file just over the limit is too large, in exact bytes', () => {
		expect(problemOf(sparse('over.json', MAX_BRIEFING_BYTES + 1)).message).toBe(
			'is too large (16,777,217 bytes; the limit is 16,777,216 bytes)',
		);
	});

	it('a much larger file is too large, in megabytes', () => {
		expect(problemOf(sparse('huge.json', 40 * 1024 * 1024)).message).toBe(
			'is too large (40.0 MB; the limit is 16.0 MB)',
		);
	});

	it('a file of exactly the limit is read (and these zeros are then binary)', () => {
		expect(problemOf(sparse('exact.json', MAX_BRIEFING_BYTES)).message).toMatch(/^is a binary file/);
	});

	it('readTextFile applies the limit it is given', () => {
		const file = write('small.txt', 'x'.repeat(2000));
		expect(readTextFile(file, {maxBytes: 1024, what: 'a note'})).toEqual({
			ok: false,
			problem: {file, message: 'is too large (2.0 KB; the limit is 1.0 KB)'},
		});
		expect(readTextFile(file, {maxBytes: 2000, what: 'a note'}).ok).toBe(true);
	});
});

describe('paths that are not a readable file', () => {
	it('a folder', () => {
		const dir = path.join(folder, 'stories.json');
		mkdirSync(dir, {recursive: true});
		expect(problemOf(dir)).toEqual({file: dir, message: `is a folder, expected ${WHAT}`});
	});

	it('a missing file', () => {
		expect(problemOf(path.join(folder, 'missing.json')).message).toBe('no such file');
	});

	it('a path through a file', () => {
		const file = write('plain.json', '{}');
		expect(problemOf(path.join(file, 'inner.json')).message).toBe('a part of the path is not a folder');
	});

	it('a broken symbolic link', () => {
		const link = path.join(folder, 'dangling-link.json');
		symlinkSync(path.join(folder, 'nowhere.json'), link);
		expect(problemOf(link).message).toBe('no such file');
	});

	it('a device', () => {
		expect(problemOf('/dev/null').message).toBe(`is not a regular file, expected ${WHAT}`);
	});

	it.skipIf(IS_ROOT)('a file without read permission', () => {
		const file = write('secret.json', NATO);
		chmodSync(file, 0o000);
		try {
			expect(problemOf(file).message).toBe('permission denied');
		} finally {
			chmodSync(file, 0o600);
		}
	});
});

describe('decodeText', () => {
	it('returns the text without its BOM', () => {
		expect(decodeText(Buffer.concat([BOM, Buffer.from('{"a": "é"}')]), 'f', WHAT)).toEqual({
			ok: true,
			text: '{"a": "é"}',
		});
	});

	it('keeps a BOM-like character that is not at the start', () => {
		expect(decodeText(Buffer.from('{"a": "\ufeff"}'), 'f', WHAT)).toEqual({ok: true, text: '{"a": "\ufeff"}'});
	});
});

describe('describeFileError', () => {
	it.each([
		['ENOENT', 'no such file'],
		['EACCES', 'permission denied'],
		['EPERM', 'permission denied'],
		['EISDIR', 'is a folder, expected a file'],
		['ENOTDIR', 'a part of the path is not a folder'],
		['ELOOP', 'too many symbolic links'],
		['ENAMETOOLONG', 'the path is too long'],
		['EMFILE', 'too many open files'],
		['EIO', 'cannot be read (EIO)'],
	])('%s', (code, message) => {
		expect(describeFileError(Object.assign(new Error('x'), {code}))).toBe(message);
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[1023, '1023 bytes'],
		[1024, '1.0 KB'],
		[1536, '1.5 KB'],
		[16 * 1024 * 1024, '16.0 MB'],
	])('%d', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});

describe('LineIndex', () => {
	it('maps offsets to 1-based lines and columns', () => {
		const index = new LineIndex('ab\ncd\n\nef');
		expect([0, 1, 2, 3, 5, 6, 7, 8, 9].map(offset => index.at(offset))).toEqual([
			{line: 1, column: 1},
			{line: 1, column: 2},
			{line: 1, column: 3},
			{line: 2, column: 1},
			{line: 2, column: 3},
			{line: 3, column: 1},
			{line: 4, column: 1},
			{line: 4, column: 2},
			{line: 4, column: 3},
		]);
	});
});
