import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {Library, listLibrary} from '../../source/model/library.js';
import type {Command} from '../../source/navigation/keymap.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled, DATA, NATO_FILE} from '../helpers.js';

const theme = createTheme({level: 0, color: false});
const size = {columns: 100, rows: 30};
const text = (session: Session) => shownLines(session.shown(), theme).join('\n');
const run = (session: Session, ...commands: Command[]) => {
	for (const command of commands) session.command(command);
	return session;
};

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-session-'));
copyFileSync(NATO_FILE, path.join(folder, 'b-nato.json'));
copyFileSync(path.join(DATA, 'g7-amazon-fires-2019.json'), path.join(folder, 'c-g7.json'));
writeFileSync(path.join(folder, 'a-broken.json'), '{"schemaVersion": 1, "id": "x"}');
afterAll(() => rmSync(folder, {recursive: true, force: true}));

function library(): Library {
	const listed = listLibrary(folder);
	if (!listed.ok) throw new Error('not listed');
	return new Library(folder, listed.files);
}

describe('a session on one story', () => {
	test('opens on the Summary, moves with commands and tells its subscribers of every change', () => {
		const session = new Session({briefing: bundled()}, {theme, styled: false, size});
		let told = 0;
		session.subscribe(() => told++);
		expect(text(session)).toContain('[1 Summary]');
		run(session, 'pane2', 'down', 'down');
		expect(text(session)).toContain('speaker 3 of 8');
		expect(told).toBe(3);
		// A command that changes nothing is not a change.
		run(session, 'back');
		expect(told).toBe(3);
	});

	test('Esc at the top of a story opened on its own goes nowhere; q quits', () => {
		const session = run(new Session({briefing: bundled()}, {theme, styled: false, size}), 'back', 'back');
		expect(text(session)).toContain('[1 Summary]');
		expect(session.quit).toBe(false);
		run(session, 'quit');
		expect(session.quit).toBe(true);
		// Nothing moves once it has quit.
		run(session, 'pane3');
		expect(text(session)).toContain('[1 Summary]');
	});

	test('a resize lays the same place out again at the new size, and too small says so', () => {
		const session = run(new Session({briefing: bundled()}, {theme, styled: false, size}), 'pane2', 'down');
		session.resize({columns: 60, rows: 20});
		expect(shownLines(session.shown(), theme).every(line => line.length <= 60)).toBe(true);
		expect(text(session)).toContain('speaker 2 of 8');
		session.resize({columns: 30, rows: 8});
		expect(text(session)).toContain('terminal too small');
		session.resize(size);
		expect(text(session)).toContain('speaker 2 of 8');
	});

	test('a copy starts where the session is and goes its own way', () => {
		const session = run(new Session({briefing: bundled()}, {theme, styled: false, size}), 'pane2', 'down');
		const copy = run(session.copy(), 'pane3');
		expect(text(copy)).toContain('[3 Positions]');
		expect(text(session)).toContain('speaker 2 of 8');
	});
});

describe('a session on a story picker', () => {
	test('opens the selected story, comes back to it with Esc, and says how to see why a file cannot be opened', () => {
		const session = new Session({library: library()}, {theme, styled: false, size});
		expect(session.showsPicker).toBe(true);
		// Newest first; a file without a date (here, a broken one) last.
		expect(text(session)).toContain('story 1 of 3');
		run(session, 'last', 'open');
		expect(text(session)).toContain('cannot open a-broken.json: `briefing validate ');
		const wide = new Session({library: library()}, {theme, styled: false, size: {columns: 200, rows: 30}});
		run(wide, 'last', 'open');
		// The path as the user can type it from here: relative to the working folder where that is shorter.
		const broken = path.join(folder, 'a-broken.json');
		const relative = path.relative(process.cwd(), broken);
		const typed = relative.length < broken.length ? relative : broken;
		expect(text(wide)).toContain(`cannot open a-broken.json: \`briefing validate ${typed}\` shows why`);
		run(session, 'first');
		expect(text(session)).not.toContain('cannot open');
		run(session, 'down', 'open', 'pane2');
		expect(session.showsPicker).toBe(false);
		expect(text(session)).toContain('[2 Quotes]');
		expect(text(session)).toContain('Amazon');
		// Esc inside the story closes what is open there first; at the top it comes back to the picker.
		run(session, 'open', 'back', 'back');
		expect(session.showsPicker).toBe(true);
		expect(text(session)).toContain('story 2 of 3');
	});

	test('keys typed ahead act on the screen they reach: Enter opens a story, the next key moves in it', () => {
		const session = new Session({library: library()}, {theme, styled: false, size});
		for (const key of ['j', '\r', '3']) session.press(key, key === '\r' ? {return: true} : {});
		expect(text(session)).toContain('[3 Positions]');
		expect(text(session)).toContain('Amazon');
	});
});

describe('o opens the story source', () => {
	test('through the opener it was given, saying what happened in the footer until the next key', async () => {
		const opened: string[] = [];
		const story = bundled(path.join(DATA, 'trump-syria-withdrawal-2019.json'));
		const session = new Session(
			{briefing: story},
			{
				theme,
				styled: false,
				size,
				openSource: async url => {
					opened.push(url);
					return `opened ${url} in the browser`;
				},
			},
		);
		expect(text(session)).toContain('o source');
		session.press('o', {});
		await new Promise(resolve => setImmediate(resolve));
		expect(opened).toEqual([story.source.url]);
		expect(text(session).split('\n').at(-1)).toContain(`opened ${story.source.url}`);
		run(session, 'pane2');
		expect(text(session).split('\n').at(-1)).toContain('speaker 1 of');
		// A story without an address offers no o.
		expect(text(new Session({briefing: bundled()}, {theme, styled: false, size}))).not.toContain('o source');
	});
});
