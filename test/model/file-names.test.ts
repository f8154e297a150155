// Issue 14, items 8 and 9: what a folder's file names can do. A name with U+009B (a CSI to many terminals) or
// U+202E (reverses what follows) came out raw in `print DIR -f json`; a name that is not UTF-8 (`f\xe9.json`) was
// listed as broken, "no such file", though it exists and is a valid briefing.

import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {runIngest} from '../../source/commands/ingest.js';
import {decodeFileName, fileSystemPath} from '../../source/model/file-names.js';
import {Library, listLibrary} from '../../source/model/library.js';
import {loadBriefingFile} from '../../source/model/load.js';
import {CLI, NATO_FILE, ROOT} from '../helpers.js';

const UNICODE = path.join(ROOT, 'test/fixtures/unicode/wide-and-rtl.json');

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-file-names-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const latin1 = Buffer.concat([Buffer.from(`${folder}/f`), Buffer.from([0xe9]), Buffer.from('.json')]);
writeFileSync(latin1, readFileSync(NATO_FILE));
copyFileSync(NATO_FILE, path.join(folder, 'csi\u009b2J.json'));
copyFileSync(NATO_FILE, path.join(folder, 'rtl\u202enosj.json'));

function briefing(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** C1 controls, bidi and other format characters, written raw. */
const RAW_CONTROLS = /[\u007f-\u009f\p{Cf}]/u;

describe('file names in a story folder', () => {
	it('a name that is not UTF-8 is listed, and opens, as the story it is', () => {
		const listed = listLibrary(folder);
		if (!listed.ok) throw new Error('not listed');
		const library = new Library(folder, listed.files);
		const index = listed.files.findIndex(file => path.basename(file).startsWith('f'));
		expect(library.entry(index)).toMatchObject({ok: true, summary: {speakers: 8}});
		expect(library.open(index)?.ok).toBe(true);
	});

	it('`print DIR` lists it, its name shown sanitised; `validate DIR` says it is ok', () => {
		const printed = briefing('print', folder);
		expect(printed.code).toBe(0);
		expect(printed.stdout).not.toMatch(/broken/);
		expect(printed.stdout).toContain('f\ufffd.json');
		const validated = briefing('validate', folder);
		expect(validated.stderr).toBe('');
		expect(validated.stdout).toContain(`${folder}/f\ufffd.json: ok (8 speakers`);
		expect(validated.code).toBe(0);
	});

	it('`print DIR -f json` escapes C1, bidi and other format characters in names', () => {
		const {code, stdout} = briefing('print', folder, '-f', 'json');
		expect(code).toBe(0);
		expect(stdout).not.toMatch(RAW_CONTROLS);
		expect(stdout).toContain('csi\\u009b2J.json');
		expect(stdout).toContain('rtl\\u202enosj.json');
		// The same names, to anything that reads the JSON.
		const files = (JSON.parse(stdout) as {file: string}[]).map(entry => path.basename(entry.file));
		expect(files).toContain('csi\u009b2J.json');
		expect(files).toContain('f\udce9.json');
	});

	it('every other JSON output escapes them too: a briefing printed, a draft ingested', async () => {
		// Sanitising takes controls and bidi characters out of a briefing's strings; the zero-width joiner of an emoji
		// sequence stays, a format character all the same.
		const printed = briefing('print', UNICODE, '-f', 'json');
		expect(printed.code).toBe(0);
		expect(printed.stdout).not.toMatch(RAW_CONTROLS);
		expect(printed.stdout).toContain('\\u200d');
		const loaded = loadBriefingFile(UNICODE);
		expect(loaded.ok && JSON.parse(printed.stdout)).toEqual(loaded.ok && loaded.briefing);

		let out = '';
		const io = {
			stdout: {write: (text: string) => (out += text)},
			stderr: {write: () => true},
			stdin: Readable.from([]),
			today: '2024-05-01',
		};
		const article = path.join(folder, 'article.txt');
		writeFileSync(article, 'Coders meet\n\n"We ship on Friday," said Ana Ruiz, a developer 👩🏽‍💻 at Acme.\n');
		expect(await runIngest({command: 'ingest', inputs: [article], force: false}, io)).toBe(0);
		expect(out).not.toMatch(RAW_CONTROLS);
		expect(out).toContain('\\u200d');
	});
});

describe('decodeFileName and fileSystemPath', () => {
	it('give back the bytes of any name', () => {
		fc.assert(
			fc.property(fc.uint8Array({minLength: 1, maxLength: 40}), bytes => {
				const name = decodeFileName(bytes);
				const back = fileSystemPath(name);
				expect(Buffer.from(typeof back === 'string' ? Buffer.from(back) : back)).toEqual(Buffer.from(bytes));
			}),
			{seed: 14, numRuns: 500},
		);
	});

	it('leave a UTF-8 name as it is', () => {
		expect(decodeFileName(Buffer.from('Zoë 東京 👍.json'))).toBe('Zoë 東京 👍.json');
		expect(fileSystemPath('Zoë 東京 👍.json')).toBe('Zoë 東京 👍.json');
		expect(decodeFileName(Buffer.from([0x66, 0xe9, 0x2e]))).toBe('f\udce9.');
	});
});
