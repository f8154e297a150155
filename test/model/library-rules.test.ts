// Rules of a story folder that mutation testing (issue 20) found no test stating: each test is one rule.

import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {Library, listLibrary, publishedNearTop} from '../../source/model/library.js';
import {FIXTURES} from '../paths.js';

const MINIMAL = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

let folder: string;
afterEach(() => rmSync(folder, {recursive: true, force: true}));

/** A folder of briefings: each the minimal one, changed. */
function makeFolder(files: Record<string, (briefing: typeof MINIMAL) => void>): string {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-library-rules-'));
	for (const [name, change] of Object.entries(files)) {
		const briefing = structuredClone(MINIMAL);
		change(briefing);
		writeFileSync(path.join(folder, name), JSON.stringify(briefing, null, '\t'));
	}
	return folder;
}

const published = (date: string | undefined) => (briefing: typeof MINIMAL) => {
	if (date === undefined) delete briefing.source.published;
	else briefing.source.published = date;
	briefing.schemaVersion = 2;
};

function names(order?: 'newest' | 'name'): string[] {
	const listed = listLibrary(folder, order);
	if (!listed.ok) throw new Error(listed.problem.message);
	return listed.files.map(file => path.basename(file));
}

describe('the order of a story folder', () => {
	it('is newest story first, those without a date last, and stories of one date by name', () => {
		makeFolder({
			'a.json': published(undefined),
			'b.json': published('2024-03-05'),
			'c.json': published('2025-01-02'),
			'd.json': published('2024-03-05'),
			'e.json': published('2024'),
		});
		expect(names()).toEqual(['c.json', 'b.json', 'd.json', 'e.json', 'a.json']);
	});

	it('is by file name when asked', () => {
		makeFolder({'b.json': published('2025-01-02'), 'a.json': published('2024-03-05')});
		expect(names('name')).toEqual(['a.json', 'b.json']);
	});

	it('lists a symbolic link to a briefing, but not a folder named like one', () => {
		makeFolder({'a.json': () => {}});
		symlinkSync(path.join(folder, 'a.json'), path.join(folder, 'b.json'));
		mkdirSync(path.join(folder, 'c.json'));
		expect(names('name')).toEqual(['a.json', 'b.json']);
	});
});

describe('the date near the top of a file', () => {
	it('is source.published, as precise as it is written', () => {
		makeFolder({'a.json': published('2024-03'), 'b.json': published('2024-03-05')});
		expect(publishedNearTop(path.join(folder, 'a.json'))).toBe('2024-03');
		expect(publishedNearTop(path.join(folder, 'b.json'))).toBe('2024-03-05');
	});

	it('is only looked for in the first 8 KiB', () => {
		makeFolder({'a.json': briefing => (briefing.standfirst = 'x'.repeat(9000))});
		expect(publishedNearTop(path.join(folder, 'a.json'))).toBeUndefined();
	});

	it('is none for a file that is missing or is a folder', () => {
		folder = mkdtempSync(path.join(tmpdir(), 'briefing-library-rules-'));
		mkdirSync(path.join(folder, 'c.json'));
		expect(publishedNearTop(path.join(folder, 'c.json'))).toBeUndefined();
		expect(publishedNearTop(path.join(folder, 'missing.json'))).toBeUndefined();
	});
});

describe('a story’s summary in the picker', () => {
	it('has its headline, publication, date and counts, and leaves out the observers’ sides', () => {
		makeFolder({'a.json': () => {}});
		const library = new Library(folder, [path.join(folder, 'a.json')]);
		expect(library.entry(0)).toEqual({
			file: path.join(folder, 'a.json'),
			ok: true,
			summary: {
				headline: 'Council delays vote on harbour bridge',
				source: 'The Example Gazette',
				published: '2024-03-05',
				speakers: MINIMAL.speakers.length,
				quotes: MINIMAL.quotes.length,
				sides: ['Town council', "Residents' association"],
				draft: false,
				sources: 1,
			},
		});
	});

	it('says whether the story is a draft', () => {
		makeFolder({'a.json': briefing => (briefing.draft = true)});
		const library = new Library(folder, [path.join(folder, 'a.json')]);
		expect(library.entry(0)).toMatchObject({ok: true, summary: {draft: true}});
	});

	it('is read once: a later change to the file shows only when the story is opened', () => {
		makeFolder({'a.json': () => {}});
		const file = path.join(folder, 'a.json');
		const library = new Library(folder, [file]);
		expect(library.entry(0)).toMatchObject({summary: {headline: MINIMAL.headline}});
		writeFileSync(file, JSON.stringify({...MINIMAL, headline: 'Changed'}));
		expect(library.entry(0)).toMatchObject({summary: {headline: MINIMAL.headline}});
		expect(library.open(0)).toMatchObject({ok: true, briefing: {headline: 'Changed'}});
		expect(library.entry(0)).toMatchObject({summary: {headline: 'Changed'}});
	});

	it('there is none, and nothing to open, past the last story', () => {
		makeFolder({'a.json': () => {}});
		const library = new Library(folder, [path.join(folder, 'a.json')]);
		expect(library.open(1)).toBeUndefined();
		expect(library.entry(1)).toBeUndefined();
	});
});
