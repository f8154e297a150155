// Issue 18 in the session, without a terminal: search in the dashboard and the picker, the Article pane,
// copying a quote, reloading, the breadcrumb and the new moving keys, as a user meets them on screen.

import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {Library, listLibrary} from '../../source/model/library.js';
import {loadBriefingFile} from '../../source/model/load.js';
import type {KeyState} from '../../source/navigation/keymap.js';
import {loadSearchEngine, StoryIndex} from '../../source/search/library-index.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled, DATA, NATO_FILE} from '../helpers.js';

// MiniSearch is loaded on first use in the program; here, once for every test.
await loadSearchEngine();

const theme = createTheme({level: 0, color: false});
const size = {columns: 100, rows: 30};
const lines = (session: Session) => shownLines(session.shown(), theme);
const text = (session: Session) => lines(session).join('\n');
const footer = (session: Session) => lines(session).at(-1) ?? '';
const header = (session: Session) => lines(session)[0] ?? '';

/** Types keys as a terminal sends them: named keys, or characters. */
function type(session: Session, ...keys: (string | KeyState)[]): Session {
	for (const key of keys) {
		if (typeof key === 'string') for (const character of key) session.press(character, {});
		else session.press('', key);
	}
	return session;
}
const ENTER: KeyState = {return: true};
const ESC: KeyState = {escape: true, meta: true};

const story = (file = NATO_FILE, options: {copy?: (text: string) => string} = {}) =>
	new Session({briefing: bundled(file), file}, {theme, styled: false, size, ...options});

describe('search in the dashboard', () => {
	test('/non-starters Enter in the Quotes pane selects Sherman’s quote, in view; n goes on, to the next pane', () => {
		const session = type(story(), '2', '/non-sta');
		// The prompt is on the bottom line, counting as one types.
		expect(footer(session)).toMatch(/^\/non-sta\S?\s+1 here, \d+ in all$/);
		type(session, 'rters', ENTER);
		expect(header(session)).toContain('› Quotes › Wendy Sherman › quote 1');
		expect(text(session)).toContain('▌ “are simply non-starters”');
		expect(footer(session)).toContain('match 1 of 1');
		type(session, 'n');
		expect(text(session)).toContain('[3 Positions]');
		expect(footer(session)).toContain('no more in Quotes: on to Positions');
		// Round the panes and back to the first match (the Summary's line that names them): the footer says it wrapped.
		for (let step = 0; step < 10 && !footer(session).includes('wrapped'); step++) type(session, 'n');
		expect(footer(session)).toContain('search wrapped around to the first match');
		expect(text(session)).toContain('[1 Summary]');
		expect(text(session)).toContain('non-starters');
		type(session, 'N');
		expect(footer(session)).toContain('wrapped around to the last match');
	});

	test('case and accents do not matter: "erdogan" finds "Erdoğan"', () => {
		const session = type(story(path.join(DATA, 'erdogan-hagia-sophia-2019.json')), '/erdogan', ENTER);
		expect(footer(session)).toMatch(/match 1 of \d+/);
		expect(text(session)).toContain('Erdoğan');
	});

	test('keys at the prompt are text: q does not quit, Esc closes it and keeps the place', () => {
		const session = type(story(), '2', 'j', '/q');
		expect(session.quit).toBe(false);
		type(session, ESC);
		expect(footer(session)).toContain('speaker 2 of 8');
		// Ctrl+C still quits from the prompt.
		type(session, '/', 'x');
		session.press('c', {ctrl: true});
		expect(session.quit).toBe(true);
	});

	test('a search that finds nothing says so, and stays where it was', () => {
		const session = type(story(), '/zqxjv', ENTER);
		expect(footer(session)).toContain('no match for “zqxjv”');
		expect(text(session)).toContain('[1 Summary]');
	});

	test('from a pane with no match, Enter goes on to the next that has one and says so', () => {
		const session = type(story(), '/Fomin', ENTER);
		expect(footer(session)).toContain('none in Summary: on to Quotes');
		expect(text(session)).toContain('[2 Quotes]');
		type(session, 'n');
		expect(header(session)).toContain('Quotes › Alexander Fomin');
	});
});

describe('the Article pane', () => {
	const briefing = bundled();

	test('shows every paragraph, in order, as it is scrolled to the end', () => {
		const session = type(story(), '4');
		expect(text(session)).toContain('[4 Article]');
		let seen = text(session);
		for (let page = 0; page < 40 && !footer(session).includes(`¶ ${briefing.paragraphs.length} of`); page++) {
			session.command('pageDown');
			seen += `\n${text(session)}`;
		}
		const squashed = seen.replace(/\s+/g, ' ');
		for (const [index, paragraph] of briefing.paragraphs.entries()) {
			expect(squashed, `paragraph ${index + 1}`).toContain(`¶ ${index + 1} of ${briefing.paragraphs.length}`);
			expect(squashed).toContain(paragraph.slice(0, 30));
		}
	});

	test('names who is quoted in each paragraph, with their side', () => {
		expect(text(type(story(), '4'))).toContain('¶ 3 of 30 · Jens Stoltenberg (NATO and the US)');
	});

	test('Enter on a quote in its paragraph opens the Article there; Esc comes back', () => {
		const session = type(story(), '2', ENTER, 'j', ENTER);
		expect(text(session)).toContain('paragraph 9 of 30');
		type(session, ENTER);
		expect(text(session)).toContain('[4 Article]');
		expect(header(session)).toContain('Article › ¶ 9');
		expect(text(session)).toContain('▌ NATO Secretary General Jens Stoltenberg, who chaired the meeting');
		type(session, ESC);
		expect(text(session)).toContain('[2 Quotes]');
		expect(text(session)).toContain('paragraph 9 of 30');
	});

	test('in Positions, ↑↓ choose a quote behind a topic, Enter opens it in the Article; ] [ change topic', () => {
		const session = type(story(), '3', ENTER);
		expect(footer(session)).toContain('topic 1 of 7 · quote 1 of');
		type(session, 'j');
		expect(footer(session)).toContain('quote 2 of');
		type(session, ']');
		expect(footer(session)).toContain('topic 2 of 7 · quote 1 of');
		expect(header(session)).toContain('Positions › Ukraine’s right to choose');
		type(session, '[', ENTER);
		expect(text(session)).toContain('[4 Article]');
		expect(text(session)).toContain('▌ ');
		type(session, ESC);
		expect(text(session)).toContain('[3 Positions]');
	});
});

describe('y copies the selected quote with its attribution', () => {
	test('to the clipboard it was given', () => {
		const copied: string[] = [];
		const copy = (words: string) => {
			copied.push(words);
			return `copied: ${words}`;
		};
		const session = type(story(NATO_FILE, {copy}), '2', ENTER, 'y');
		expect(copied).toEqual([
			'“there is a real risk for new armed conflict in Europe” — Jens Stoltenberg, NATO Secretary General, Al Jazeera, 12 January 2022',
		]);
		expect(footer(session)).toContain('copied: “there is a real risk');
	});

	test('without one, the footer shows what it would copy; with nothing selected, how to select', () => {
		const session = type(story(), 'y');
		expect(footer(session)).toContain('y copies a quote: choose one in Quotes');
		type(session, '2', ENTER, 'y');
		expect(footer(session)).toContain('select it with the mouse: “there is a real risk');
	});
});

describe('r reloads the story from its file', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'briefing-reload-'));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));

	test('keeping the place; a file that no longer loads changes nothing, and says why', () => {
		const file = path.join(folder, 'story.json');
		copyFileSync(NATO_FILE, file);
		const session = type(
			new Session({briefing: bundled(file), file}, {theme, styled: false, size, load: loadBriefingFile}),
			'2',
			'j',
		);
		const data = JSON.parse(readFileSync(file, 'utf8'));
		writeFileSync(file, JSON.stringify({...data, headline: 'An edited headline'}));
		type(session, 'r');
		expect(header(session)).toContain('An edited headline');
		expect(footer(session)).toContain('reloaded: 8 speakers, 33 quotes, 7 topics');
		type(session, 'j');
		expect(footer(session)).toContain('speaker 3 of 8');
		writeFileSync(file, '{"broken": ');
		type(session, 'r');
		expect(footer(session)).toContain('not reloaded, the file no longer loads');
		expect(header(session)).toContain('An edited headline');
	});
});

describe('moving faster', () => {
	test('Ctrl+D and Ctrl+U move half a page', () => {
		const session = story();
		const range = () => /(\d+)–\d+ of \d+/.exec(footer(session))?.[1];
		session.press('d', {ctrl: true});
		expect(range()).toBe('13');
		session.press('u', {ctrl: true});
		expect(range()).toBe('1');
	});
});

describe('search in the picker', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'briefing-picker-search-'));
	for (const name of ['nato-russia-council-2022', 'erdogan-hagia-sophia-2019', 'g7-amazon-fires-2019'])
		copyFileSync(path.join(DATA, `${name}.json`), path.join(folder, `${name}.json`));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));
	const picker = () => {
		const listed = listLibrary(folder);
		if (!listed.ok) throw new Error('not listed');
		return new Session(
			{library: new Library(folder, listed.files)},
			{theme, styled: false, size, storyIndex: files => new StoryIndex(files)},
		);
	};

	test('/hagia narrows the stories as it is typed; Enter keeps the list, Esc restores it', () => {
		const session = type(picker(), 'j', '/hagia');
		expect(text(session)).toContain('1 story of 3 match “hagia”');
		expect(text(session)).toContain('Hagia Sophia');
		expect(text(session)).not.toContain('NATO-Russia talks');
		type(session, ENTER);
		expect(footer(session)).toContain('story 1 of 1');
		type(session, ESC);
		expect(text(session)).toContain('NATO-Russia talks');
		// The story selected before the search is selected again.
		expect(footer(session)).toContain('story 2 of 3');
	});

	test('ranks by speakers and quotes too, forgives a typo, and opens the story found', () => {
		const session = type(picker(), '/stoltenbreg');
		expect(text(session)).toContain('1 story of 3 match');
		type(session, ENTER, ENTER);
		expect(session.showsPicker).toBe(false);
		expect(header(session)).toMatch(/^Stories › NATO-Russia talks/);
		type(session, ESC);
		expect(text(session)).toContain('1 story of 3 match “stoltenbreg”');
	});

	test('without an index given, the index is loaded when / is first pressed, and the list narrows then', async () => {
		const listed = listLibrary(folder);
		if (!listed.ok) throw new Error('not listed');
		const session = new Session({library: new Library(folder, listed.files)}, {theme, styled: false, size});
		type(session, '/hagia');
		await new Promise(resolve => setTimeout(resolve, 200));
		expect(text(session)).toContain('1 story of 3 match “hagia”');
	});

	test('↑↓ move among the stories found while typing', () => {
		const session = type(picker(), '/the');
		const count = Number(/(\d+) stor(?:y|ies) of 3/.exec(text(session))?.[1]);
		expect(count).toBeGreaterThan(1);
		session.press('', {downArrow: true});
		expect(footer(session)).toMatch(/^\/the/);
		type(session, ENTER);
		expect(footer(session)).toContain(`story 2 of ${count}`);
	});
});
