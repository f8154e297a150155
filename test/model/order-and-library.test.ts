import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {alphabetical, byDate} from '../../source/model/alphabetical.js';
import {hasStories, userLibraryFolder} from '../../source/model/user-library.js';

describe('alphabetical order', () => {
	it('as a dictionary: accents and case do not count', () => {
		expect(['Zoe', 'érdi', 'Ali', 'Erdo', 'ali'].sort(alphabetical)).toEqual(['Ali', 'ali', 'érdi', 'Erdo', 'Zoe']);
	});

	it('names equal but for accents or case: the same order on every machine (by code point)', () => {
		expect(alphabetical('Ali', 'ali')).toBeLessThan(0);
		expect(alphabetical('ali', 'Ali')).toBeGreaterThan(0);
		expect(alphabetical('Erdi', 'Érdi')).toBeLessThan(0);
		expect(alphabetical('same', 'same')).toBe(0);
	});

	it('dates in order of time, to the day, the month or the year', () => {
		expect(['2022-01-12', '2019', '2019-07', '2022-01-03'].sort(byDate)).toEqual([
			'2019',
			'2019-07',
			'2022-01-03',
			'2022-01-12',
		]);
		expect(byDate('2022', '2022')).toBe(0);
		expect(byDate('2023', '2022')).toBeGreaterThan(0);
	});
});

describe('where the user’s library is', () => {
	it('$BRIEFING_DATA, else $XDG_DATA_HOME/briefing, else ~/.local/share/briefing', () => {
		expect(userLibraryFolder({BRIEFING_DATA: '/stories', XDG_DATA_HOME: '/xdg'}, '/home/ann')).toBe('/stories');
		expect(userLibraryFolder({XDG_DATA_HOME: '/xdg'}, '/home/ann')).toBe('/xdg/briefing');
		expect(userLibraryFolder({}, '/home/ann')).toBe('/home/ann/.local/share/briefing');
	});

	it('an empty or relative $XDG_DATA_HOME is ignored, as the XDG spec says', () => {
		expect(userLibraryFolder({XDG_DATA_HOME: 'relative'}, '/home/ann')).toBe('/home/ann/.local/share/briefing');
		expect(userLibraryFolder({XDG_DATA_HOME: '', BRIEFING_DATA: ''}, '/home/ann')).toBe(
			'/home/ann/.local/share/briefing',
		);
	});

	it('has stories when it holds a briefing file; a schema file, other files or no folder are none', () => {
		expect(hasStories(new URL('../../data/', import.meta.url).pathname)).toBe(true);
		const folder = mkdtempSync(path.join(tmpdir(), 'briefing-has-stories-'));
		try {
			writeFileSync(path.join(folder, 'briefing.schema.json'), '{}');
			writeFileSync(path.join(folder, 'notes.txt'), '');
			expect(hasStories(folder)).toBe(false);
			writeFileSync(path.join(folder, 'story.json'), '{}');
			expect(hasStories(folder)).toBe(true);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
		expect(hasStories('/nonexistent/briefing-tests')).toBe(false);
	});
});
