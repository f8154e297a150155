// --mouse: mouse reports decoded (never taken for keys), and what the wheel and a click do in the session.

import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {KeyDecoder, type MouseEvent} from '../../source/app/keys.js';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {Library, listLibrary} from '../../source/model/library.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled, DATA, NATO_FILE} from '../helpers.js';

const theme = createTheme({level: 0, color: false});
const size = {columns: 100, rows: 30};
const lines = (session: Session) => shownLines(session.shown(), theme);
const text = (session: Session) => lines(session).join('\n');
const footer = (session: Session) => lines(session).at(-1) ?? '';

/** An SGR mouse report as a terminal sends it (cells from 1). */
const report = (code: number, column: number, row: number, release = false) =>
	`\u001B[<${code};${column + 1};${row + 1}${release ? 'm' : 'M'}`;

describe('mouse reports', () => {
	test('are decoded into presses, releases and the wheel, and are never keys', () => {
		const events: MouseEvent[] = [];
		const decoder = new KeyDecoder(event => events.push(event));
		const keys = decoder.push(`j${report(0, 4, 2)}${report(0, 4, 2, true)}${report(64, 1, 1)}${report(65, 1, 1)}k`);
		expect(keys.map(([input]) => input)).toEqual(['j', 'k']);
		expect(events).toEqual([
			{kind: 'press', button: 0, column: 4, row: 2},
			{kind: 'release', button: 0, column: 4, row: 2},
			{kind: 'wheelUp', button: 0, column: 1, row: 1},
			{kind: 'wheelDown', button: 0, column: 1, row: 1},
		]);
	});

	test('motion reports are dropped, and without --mouse every report is', () => {
		const events: MouseEvent[] = [];
		expect(new KeyDecoder(event => events.push(event)).push(report(35, 3, 3))).toEqual([]);
		expect(events).toEqual([]);
		expect(new KeyDecoder().push(report(0, 3, 3))).toEqual([]);
	});
});

describe('the mouse in the dashboard', () => {
	const story = () => new Session({briefing: bundled()}, {theme, styled: false, size});
	const press = (session: Session, column: number, row: number) =>
		session.mouse({kind: 'press', button: 0, column, row});

	test('a click on a tab opens its pane', () => {
		const session = story();
		// The tab strip is the third row: " 1 Summary   2 Quotes   3 Positions   4 Article".
		const tabs = lines(session)[2]!;
		press(session, tabs.indexOf('3 Positions') + 2, 2);
		expect(text(session)).toContain('[3 Positions]');
		press(session, tabs.indexOf('4 Article') + 2, 2);
		expect(text(session)).toContain('[4 Article]');
	});

	test('a click on a speaker selects them, a second click opens their quotes', () => {
		const session = story();
		session.command('pane2');
		// The row of the list (on the left) that names him; his quotes, on the right, name him too once selected.
		const inList = () => lines(session).findIndex(line => line.slice(0, 30).includes('Alexander Grushko'));
		press(session, 5, inList());
		expect(footer(session)).toContain('speaker 4 of 8');
		press(session, 5, inList());
		expect(footer(session)).toContain('quote 1 of 6');
	});

	test('a click on a topic selects it', () => {
		const session = story();
		session.command('pane3');
		press(
			session,
			10,
			lines(session).findIndex(line => line.includes('Further talks and continuing dialogue')),
		);
		expect(footer(session)).toContain('topic 6 of 7');
	});

	test('the wheel scrolls the detail, three lines a turn', () => {
		const session = story();
		session.mouse({kind: 'wheelDown', button: 0, column: 10, row: 10});
		expect(footer(session)).toMatch(/4–\d+ of \d+/);
		session.mouse({kind: 'wheelUp', button: 0, column: 10, row: 10});
		expect(footer(session)).toMatch(/1–\d+ of \d+/);
	});
});

describe('the mouse in the picker', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'briefing-mouse-'));
	copyFileSync(NATO_FILE, path.join(folder, 'nato.json'));
	copyFileSync(path.join(DATA, 'g7-amazon-fires-2019.json'), path.join(folder, 'g7.json'));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));

	test('a click selects a story, a second click opens it; the wheel moves the selection', () => {
		const listed = listLibrary(folder);
		if (!listed.ok) throw new Error('not listed');
		const session = new Session({library: new Library(folder, listed.files)}, {theme, styled: false, size});
		const row = lines(session).findIndex(line => line.includes('World leaders call'));
		session.mouse({kind: 'press', button: 0, column: 5, row});
		expect(footer(session)).toContain('story 2 of 2');
		session.mouse({kind: 'wheelUp', button: 0, column: 5, row});
		expect(footer(session)).toContain('story 1 of 2');
		session.mouse({
			kind: 'press',
			button: 0,
			column: 5,
			row: lines(session).findIndex(line => line.includes('NATO-Russia')),
		});
		expect(session.showsPicker).toBe(false);
	});
});
