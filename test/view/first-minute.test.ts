// What a new user meets in the first minute, at the sizes where it went wrong: the keys the footer
// keeps, every side named in the share of voice, the side names fixed above the Positions columns,
// web addresses shown whole or shortened (never broken), as links where the terminal takes them.

import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {formatText} from '../../source/format/text.js';
import {Library, listLibrary} from '../../source/model/library.js';
import type {Command} from '../../source/navigation/keymap.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled, DATA, NATO_FILE, ROOT} from '../helpers.js';

const theme = createTheme({level: 0, color: false});
const SYRIA = path.join(DATA, 'trump-syria-withdrawal-2019.json');

function screen(opening: ConstructorParameters<typeof Session>[0], size: string, ...commands: Command[]): string[] {
	const [columns = 80, rows = 24] = size.split('x').map(Number);
	const session = new Session(opening, {theme, styled: false, size: {columns, rows}});
	for (const command of commands) session.command(command);
	return shownLines(session.shown(), theme);
}
const footer = (lines: string[]) => lines.at(-1) ?? '';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-first-minute-'));
copyFileSync(NATO_FILE, path.join(folder, 'nato.json'));
copyFileSync(SYRIA, path.join(folder, 'syria.json'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));
const library = () => {
	const listed = listLibrary(folder);
	if (!listed.ok) throw new Error('not listed');
	return new Library(folder, listed.files);
};

describe('the footer keeps the keys you need when space is short', () => {
	test('the picker at 40x12 says Enter (↵ where room is short) opens a story', () => {
		expect(footer(screen({library: library()}, '40x12'))).toMatch(/(Enter|↵) open .*\? help .*q quit/);
	});

	test.each(['40x12', '60x20'])('a quote in its paragraph at %s says Esc goes back', size => {
		const lines = screen({briefing: bundled()}, size, 'pane2', 'open', 'open');
		expect(lines.join('\n')).toContain('Jens Stoltenberg · direct');
		expect(footer(lines)).toMatch(/Esc back/);
		expect(footer(lines)).toMatch(/q quit/);
	});

	test('Positions at 50x15 offers opening a topic as well as help and quit, and says where you are', () => {
		expect(footer(screen({briefing: bundled()}, '50x15', 'pane3'))).toMatch(
			/(Enter|↵) open .*\? help .*q quit .*topic 1(?: of |\/)7/,
		);
	});

	test('a story opened from the picker says that Esc goes back to the stories', () => {
		const lines = screen({library: library()}, '80x24', 'open');
		expect(lines[0]).toContain('NATO-Russia talks');
		expect(footer(lines)).toMatch(/Esc back/);
		// A story opened on its own has nowhere to go back to.
		expect(footer(screen({briefing: bundled()}, '80x24'))).not.toMatch(/Esc back/);
	});
});

describe('the share of voice names every side', () => {
	const syria = bundled(SYRIA);
	const sides = syria.sides.map(side => side.name);

	test.each(['80x24', '120x30'])('at %s, on two lines where one is not enough', size => {
		const top = screen({briefing: syria}, size, 'pane2').slice(3, 7).join('\n');
		for (const side of sides) expect(top).toContain(side);
	});

	test('at 60x20 every side is there, the longest names shortened', () => {
		const top = screen({briefing: syria}, '60x20', 'pane2').slice(3, 6).join('\n');
		expect(top).toContain('US critics of th… 6');
		expect(top.match(/[█▓▒░▚] /g)).toHaveLength(sides.length);
	});
});

test('Positions keeps the row of side names above the columns as they scroll', () => {
	const opened = screen({briefing: bundled()}, '100x30', 'pane3', 'open');
	const scrolled = screen({briefing: bundled()}, '100x30', 'pane3', 'open', 'pageDown');
	const names = opened.find(line => line.includes('NATO and the US') && line.includes('Russia'));
	expect(names).toBeDefined();
	expect(scrolled).toContain(names);
	expect(scrolled.join('\n')).not.toEqual(opened.join('\n'));
});

describe('web addresses', () => {
	const syria = bundled(SYRIA);
	const url = syria.source.url!;

	test('print shows them whole on one line, however narrow', () => {
		const text = formatText(syria, {width: 60, pane: 'summary'});
		expect(text.split('\n')).toContain(url);
	});

	test('the dashboard at 60 columns shortens them with … and never breaks one across lines', () => {
		const lines = screen({briefing: syria}, '60x20', 'last');
		const joined = lines.join('\n');
		expect(joined).toContain(`${url.slice(0, 40)}`);
		expect(lines.some(line => /https:\/\/\S*…/.test(line))).toBe(true);
		expect(lines.some(line => /^\s*(?:_troop|:\/\/)/.test(line))).toBe(false);
	});

	test('where the terminal takes hyperlinks, the shortened address links to the whole one', () => {
		const linking = createTheme({level: 1, color: false, hyperlinks: true});
		const session = new Session({briefing: syria}, {theme: linking, styled: true, size: {columns: 60, rows: 20}});
		session.command('last');
		const raw = shownLines(session.shown(), linking).join('\n');
		expect(raw).toContain(`\u001B]8;;${url}\u001B\\`);
		expect(raw).not.toContain(`\u001B]8;;javascript`);
	});
});

describe('help shows the keys of the place it is opened in', () => {
	test('in the picker: moving through stories, opening one, help and quit; no pane keys', () => {
		const help = screen({library: library()}, '100x30', 'help').join('\n');
		expect(help).toContain('Keys in the story picker');
		expect(help).toMatch(/Enter\s+open the selected story/);
		expect(help).toMatch(/↓ j\s+the story below/);
		expect(help).not.toMatch(/Quotes pane|next pane|Positions pane/);
	});

	test('in a story: every key, then what the symbols mean', () => {
		const help = screen({briefing: bundled()}, '120x40', 'help').join('\n');
		expect(help).toMatch(/2\s+Quotes pane/);
		expect(help).toContain('Symbols');
		expect(help).toMatch(/✓ ≈ ✗ \?\s+agree, partial, disagree, unclear/);
		expect(help).toMatch(/reported\s+reported speech/);
		expect(help).toMatch(/¶ 3 of 30\s+the paragraph of the article/);
	});
});

describe('empty and broken', () => {
	const empty = mkdtempSync(path.join(tmpdir(), 'briefing-empty-'));
	afterAll(() => rmSync(empty, {recursive: true, force: true}));

	test('an empty folder says how to get stories: drafting one from an article, or the bundled ones', () => {
		const lines = screen({library: new Library(empty, [])}, '100x24').join('\n');
		expect(lines).toContain('No briefing files (*.json) in this folder.');
		expect(lines).toContain('briefing ingest ARTICLE.txt -o FOLDER/');
		expect(lines).toContain('briefing --bundled');
	});

	test('a story with no quotes says so in the Quotes pane, with no divider down an empty pane', () => {
		const story = bundled(path.join(ROOT, 'test/fixtures/minimal-briefing.json'));
		const none = {...story, quotes: [], topics: story.topics.map(topic => ({...topic, positions: []}))};
		const lines = screen({briefing: none}, '100x24', 'pane2');
		const text = lines.join('\n');
		expect(text).toContain('No quotes in this briefing.');
		expect(text).toContain('names Ana Silva and Tom Berg, but quotes none of them');
		expect(lines.filter(line => line.includes('│'))).toEqual([]);
		expect(footer(lines)).not.toMatch(/speaker 1|↑↓ move/);
	});

	test('one of anything is counted in the singular', () => {
		const story = bundled(path.join(ROOT, 'test/fixtures/minimal-briefing.json'));
		expect(screen({briefing: story}, '100x24')[1]).toContain('2 speakers · 2 quotes · 1 topic');
	});
});

test('no side is drawn in the colour of a verdict (green agree, yellow partial, red disagree, gray unclear)', () => {
	const coloured = createTheme({level: 1, color: true});
	const verdicts = (['agree', 'partial', 'disagree', 'unclear'] as const).map(kind =>
		coloured.agreement(kind).paint('x'),
	);
	const sides = [...coloured.sides(bundled(SYRIA).sides).values()].map(side => side.paint('x'));
	for (const side of sides) expect(verdicts).not.toContain(side);
	expect(new Set(sides.slice(0, 3)).size).toBe(3);
});
