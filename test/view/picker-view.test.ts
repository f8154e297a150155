// What the story picker shows, computed in-process (test/ui/picker.test.tsx draws the same through Ink): each story's
// label, the header and footer, a folder with nothing to pick, a search's narrowed list, and what a click lands on.

import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {Library, type LibraryEntry, listLibrary} from '../../source/model/library.js';
import type {Command} from '../../source/navigation/keymap.js';
import {initialPickerState, navigatePicker, type PickerState} from '../../source/navigation/picker.js';
import {frameLines} from '../../source/view/frame-text.js';
import {computeLayout} from '../../source/view/layout.js';
import {createPickerViews, type PickerListing, storyLabel} from '../../source/view/picker-view.js';
import {createTheme} from '../../source/view/theme.js';
import {DATA, NATO_FILE} from '../helpers.js';

const PLAIN = createTheme({level: 0, color: false});
const STYLED = createTheme({level: 1, color: false});

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-picker-view-'));
const empty = mkdtempSync(path.join(tmpdir(), 'briefing-picker-empty-'));
copyFileSync(NATO_FILE, path.join(folder, 'b-nato.json'));
copyFileSync(path.join(DATA, 'g7-amazon-fires-2019.json'), path.join(folder, 'c-g7.json'));
writeFileSync(path.join(folder, 'a-broken.json'), '{"schemaVersion": 1, "id": "x"}');
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
	rmSync(empty, {recursive: true, force: true});
});

function libraryOf(where: string): Library {
	const listed = listLibrary(where);
	if (!listed.ok) throw new Error('not listed');
	return new Library(where, listed.files);
}

function picker(columns: number, rows: number, commands: Command[] = [], where = folder, hint?: string) {
	const views = createPickerViews(libraryOf(where), computeLayout(columns, rows), PLAIN, hint);
	let state: PickerState = initialPickerState;
	for (const command of commands) state = navigatePicker(state, command, views.limits(state));
	return {views, state, lines: (listing?: PickerListing) => frameLines(views.frame(state, undefined, listing), PLAIN)};
}

const summary = {
	headline: 'Talks at an impasse',
	source: 'Al Jazeera',
	published: '2022-01-12',
	speakers: 8,
	quotes: 1,
	sides: ['NATO', 'Russia'],
	draft: false,
	sources: 1,
};
const story = (change: Partial<typeof summary> = {}): LibraryEntry => ({
	file: '/stories/nato.json',
	ok: true,
	summary: {...summary, ...change},
});

describe('a story’s label', () => {
	it('on two lines: the headline, then source, date, counts and sides', () => {
		expect(storyLabel(PLAIN, story(), 80, true)).toBe(
			`${'Talks at an impasse'.padEnd(80)}\n${'  Al Jazeera · 12 Jan 2022 · 8 speakers · 1 quote · NATO v Russia'.padEnd(80)}`,
		);
	});

	it('a merged story counts its sources; an unknown date is said so, no sides are left out', () => {
		const label = storyLabel(PLAIN, story({sources: 3, published: undefined, sides: [], quotes: 0}), 80, true);
		expect(label.split('\n')[1]!.trimEnd()).toBe('  3 sources · date unknown · 8 speakers · 0 quotes');
	});

	it('on one line: the headline, and the date at the right', () => {
		expect(storyLabel(PLAIN, story(), 40, false)).toBe('Talks at an impasse          12 Jan 2022');
	});

	it('a draft is tagged DRAFT before its headline', () => {
		expect(storyLabel(PLAIN, story({draft: true}), 40, false)).toMatch(/^\[DRAFT\] Talks at an impasse /);
		expect(storyLabel(STYLED, story({draft: true}), 40, true)).toContain(STYLED.tag('DRAFT'));
	});

	it('a broken file: its name and its first problem, with how many more there are', () => {
		const broken: LibraryEntry = {
			file: '/stories/bad\u001b[2J.json',
			ok: false,
			problems: [
				{file: '/stories/bad.json', line: 3, column: 5, message: 'expected a string'},
				{file: '/stories/bad.json', message: 'other'},
				{file: '/stories/bad.json', message: 'another'},
			],
		};
		expect(
			storyLabel(PLAIN, broken, 60, true)
				.split('\n')
				.map(line => line.trimEnd()),
		).toEqual(['✗ broken bad.json', '  line 3, column 5: expected a string (+2 more)']);
		expect(storyLabel(PLAIN, {...broken, problems: broken.problems.slice(0, 1)}, 60, false).trimEnd()).toBe(
			'✗ broken bad.json line 3, column 5: expected a string',
		);
		expect(storyLabel(PLAIN, {...broken, problems: []}, 60, false).trimEnd()).toBe('✗ broken bad.json cannot be read');
	});
});

describe('the picker’s frame', () => {
	it('says how many stories, in which folder, newest first; the hint under it where there is room', () => {
		const {lines} = picker(100, 24);
		expect(lines()[0]).toMatch(new RegExp(`^Stories · 3 in ${folder} · newest first *$`));
		expect(lines()[1]).toMatch(/^Choose a story and press Enter; Esc in a story comes back here\. *$/);
		expect(picker(100, 24, [], folder, 'Pick one.').lines()[1]).toMatch(/^Pick one\. *$/);
		expect(picker(100, 12).lines()[1]).toBe('─'.repeat(100));
	});

	it('lists every story, two lines each, newest first, a broken one last; the footer says which is selected', () => {
		const lines = picker(100, 24, ['down']).lines();
		expect(lines.slice(3, 9).map(line => line.trimEnd())).toEqual([
			'  NATO-Russia talks at impasse amid ‘real risk’ of Ukraine war',
			'    Al Jazeera · 12 Jan 2022 · 8 speakers · 33 quotes · NATO and the US v Russia',
			'› World leaders call to address Amazon rainforest fires at G7',
			'    Wikinews · 24 Aug 2019 · 7 speakers · 10 quotes · G7 leaders v Brazilian government v Environme…',
			'  ✗ broken a-broken.json',
			'    line 1, column 1: headline: missing, expected a string: the headline (+11 more)',
		]);
		expect(lines.at(-1)).toMatch(/ story 2 of 3$/);
	});

	it('a short terminal lists one line a story, and keeps the selected one in view', () => {
		const lines = picker(100, 9, ['down', 'down']).lines();
		expect(lines.slice(2, 5).map(line => line.slice(0, 24))).toEqual([
			'  NATO-Russia talks at i',
			'  World leaders call to ',
			'› ✗ broken a-broken.json',
		]);
		expect(picker(100, 5, ['last']).lines()[2]).toMatch(/^› ✗ broken/);
	});

	it('an empty folder says how to get stories into it', () => {
		const lines = picker(80, 24, [], empty).lines();
		expect(lines[0]).toMatch(/^Stories · 0 in .* · newest first/);
		expect(lines.slice(3, 7).map(line => line.trimEnd())).toEqual([
			' No briefing files (*.json) in this folder.',
			'',
			' Draft one from a news article: briefing ingest ARTICLE.txt -o FOLDER/',
			' See the stories that come with briefing: briefing --bundled',
		]);
		expect(lines.at(-1)?.trimEnd()).toMatch(/q quit$/);
	});

	it('a notice takes the place of where the user is', () => {
		const {views, state} = picker(100, 24);
		expect(frameLines(views.frame(state, 'cannot open a-broken.json'), PLAIN).at(-1)).toMatch(
			/ cannot open a-broken\.json$/,
		);
	});

	it('the help lists the picker’s keys, scrolled by line on a short terminal', () => {
		const tall = picker(100, 60, ['help']).lines();
		expect(tall.join('\n')).toContain('narrow the stories as you type');
		expect(tall.at(-1)).not.toMatch(/ of \d+$/);
		const short = picker(100, 12, ['help']).lines();
		expect(short.at(-1)).toMatch(/ 1–8 of \d+$/);
		expect(short[2]).toMatch(/^ .* [┃│]$/);
	});
});

describe('the picker narrowed by a search', () => {
	const searched = (text: string) => {
		let state: PickerState = initialPickerState;
		const views = createPickerViews(libraryOf(folder), computeLayout(100, 24), PLAIN);
		state = navigatePicker(state, 'search', views.limits(state));
		state = {...state, search: {...state.search, prompt: {open: true, text}}};
		return {views, state};
	};

	it('says how many stories of how many match, while the rest are still read', () => {
		const {views, state} = searched('amazon ');
		const lines = frameLines(views.frame(state, undefined, {found: [1], indexed: 2, total: 3}), PLAIN);
		expect(lines[0]).toMatch(/^Stories · 1 story of 3 match “amazon”; read 2 of 3 · best first *$/);
		expect(lines[3]).toMatch(/^› World leaders call to address Amazon rainforest fires at G7/);
		expect(lines.at(-1)).toMatch(/1 story; read 2 of 3$/);
	});

	it('once every story is read, only how many match', () => {
		const {views, state} = searched('a');
		const lines = frameLines(views.frame(state, undefined, {found: [1, 0], indexed: 3, total: 3}), PLAIN);
		expect(lines[0]).toMatch(/^Stories · 2 stories of 3 match “a” · best first *$/);
		expect(lines.at(-1)).toMatch(/ 2 stories$/);
	});

	it('no match says so, and how to see every story again', () => {
		const {views, state} = searched('zebra');
		const listing = {found: [], indexed: 3, total: 3};
		const lines = frameLines(views.frame(state, undefined, listing), PLAIN);
		expect(lines[3]).toMatch(/^ No story matches “zebra”\. Esc shows them all again\. *$/);
		expect(lines.at(-1)).toMatch(/ no story$/);
		const closed = {...state, search: {...state.search, prompt: {open: false, text: ''}, query: 'zebra'}};
		expect(frameLines(views.frame(closed, undefined, listing), PLAIN).at(-1)).toMatch(/ no story found$/);
		expect(views.limits(closed, listing).stories).toBe(0);
	});
});

describe('what a click in the picker lands on (--mouse)', () => {
	it('the story drawn on that row, two rows a story', () => {
		const {views, state} = picker(100, 24);
		expect(views.hitAt(state, 2)).toBeUndefined();
		expect(views.hitAt(state, 3)).toBe(0);
		expect(views.hitAt(state, 4)).toBe(0);
		expect(views.hitAt(state, 5)).toBe(1);
		expect(views.hitAt(state, 8)).toBe(2);
		expect(views.hitAt(state, 9)).toBeUndefined();
		expect(views.hitAt(state, 5, {found: [2], indexed: 3, total: 3})).toBeUndefined();
	});

	it('nothing in the help, or below the list', () => {
		expect(picker(100, 24, ['help']).views.hitAt(picker(100, 24, ['help']).state, 3)).toBeUndefined();
		const {views, state} = picker(100, 24);
		expect(views.hitAt(state, 23)).toBeUndefined();
	});
});
