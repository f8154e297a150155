import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {Library, listLibrary} from '../../source/model/library.js';
import {NATO_FILE} from '../helpers.js';

let folder: string;
afterEach(() => rmSync(folder, {recursive: true, force: true}));

function makeFolder(files: Record<string, string | 'nato'>): string {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-library-'));
	for (const [name, content] of Object.entries(files)) {
		if (content === 'nato') copyFileSync(NATO_FILE, path.join(folder, name));
		else writeFileSync(path.join(folder, name), content);
	}
	return folder;
}

describe('a story folder', () => {
	it('lists *.json briefings by name, leaving out the schema and other files', () => {
		makeFolder({'b.json': 'nato', 'a.json': 'nato', 'briefing.schema.json': '{}', 'notes.txt': 'x'});
		const listed = listLibrary(folder);
		expect(listed.ok && listed.files.map(file => path.basename(file))).toEqual(['a.json', 'b.json']);
	});

	it('reads a story only when asked, and remembers its summary', () => {
		makeFolder({'a.json': 'nato', 'b.json': '{broken'});
		const listed = listLibrary(folder);
		if (!listed.ok) throw new Error('folder not listed');
		const library = new Library(folder, listed.files);
		expect(library.size).toBe(2);
		const good = library.entry(0);
		expect(good).toMatchObject({
			ok: true,
			summary: {speakers: 8, quotes: 33, source: 'Al Jazeera', sides: ['NATO and the US', 'Russia']},
		});
		// A broken file is an entry with its problems, not an exception, and does not affect the others.
		const broken = library.entry(1);
		expect(broken?.ok).toBe(false);
		if (broken && !broken.ok) expect(broken.problems[0]?.message).toMatch(/invalid JSON/);
		expect(library.entry(2)).toBeUndefined();
	});

	it('reports an unreadable folder as a problem', () => {
		folder = mkdtempSync(path.join(tmpdir(), 'briefing-library-'));
		const listed = listLibrary(path.join(folder, 'missing'));
		expect(listed).toMatchObject({ok: false, problem: {message: 'no such file'}});
	});
});
