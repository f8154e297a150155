import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {BINDINGS} from '../../source/navigation/keymap.js';
import {cells} from '../../source/view/text.js';
import {createTheme} from '../../source/view/theme.js';
import {FIXTURES} from '../paths.js';
import {KEY, NATO, renderDashboard} from './render.js';

afterEach(cleanup);

const lines = (frame: string) => frame.split('\n');

/** Every line of the frame fits the width, and the frame leaves the terminal's last row free. */
function expectFits(frame: string, size: {columns: number; rows: number}) {
	for (const line of lines(frame)) expect(cells(line), line).toBeLessThanOrEqual(size.columns);
	expect(lines(frame).length).toBeLessThanOrEqual(size.rows - 1);
}

describe('at 100x30', () => {
	const size = {columns: 100, rows: 30};

	test('the Summary: headline, source line, the tabs with Summary active, the standfirst, the footer', async () => {
		const dashboard = await renderDashboard({size});
		const frame = await dashboard.frame('[1 Summary]');
		const [headline, about, tabs] = lines(frame);
		expect(headline).toContain(NATO.headline);
		expect(about).toContain('Al Jazeera · 12 January 2022 · 8 speakers · 33 quotes · 7 topics');
		expect(tabs).toMatch(/\[1 Summary\]\s+2 Quotes\s+3 Positions/);
		expect(frame).toContain('NATO warns Russia');
		expect(frame).toContain('What happened');
		expect(lines(frame).at(-1)).toMatch(/\? help\s+q quit/);
		expectFits(frame, size);
	});

	test('the Quotes pane: speakers beside their quotes, Enter into the quotes and the paragraph, Esc back', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press(KEY.right);
		let frame = await dashboard.frame('[2 Quotes]');
		expect(frame).toContain('Share of voice');
		expect(frame).toMatch(/NATO and the US 16\s+▓ Russia 14\s+▒ Al Jazeera \(analysis\) 3/);
		// The list and the quotes share rows, split by a │ at the same place on every row.
		const split = lines(frame).filter(line => line.includes(' │ '));
		expect(split.length).toBeGreaterThan(10);
		expect(new Set(split.map(line => cells(line.slice(0, line.indexOf(' │ ')))))).toHaveLength(1);
		expect(frame).toMatch(/› Jens Stoltenberg\s+10 │ Jens Stoltenberg/);
		expect(frame).toContain('speaker 1 of 8');

		dashboard.press(KEY.enter);
		frame = await dashboard.frame('quote 1 of 10');
		expect(frame).toContain('▌ “there is a real risk for new armed conflict in Europe”');
		dashboard.press('j');
		frame = await dashboard.frame('quote 2 of 10');
		expect(frame).toContain('▌ “expressed the need to resume dialogue');
		dashboard.press(KEY.enter);
		frame = await dashboard.frame('paragraph 9 of 30');
		// Without any styles, the quoted words are bracketed in their paragraph.
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'[expressed the need to resume dialogue and to explore a schedule of future meetings.]',
		);
		dashboard.press(KEY.escape);
		frame = await dashboard.frame(current => expect(current).toContain('▌ “expressed'));
		dashboard.press(KEY.escape);
		frame = await dashboard.frame(current => expect(current).not.toContain('▌'));
		expect(frame).toContain('speaker 1 of 8');
		expectFits(frame, size);
	});

	test('the Positions pane: topics, and the sides side by side in columns', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press('3');
		let frame = await dashboard.frame('[3 Positions]');
		expect(frame).toMatch(/Topics\s+✓ agree {2}≈ partial {2}✗ disagree {2}\? unclear/);
		expect(frame).toContain('› ✗ NATO’s open door and enlargement');
		expect(frame).toMatch(/NATO and the US\s+│ Russia\s+│ Al Jazeera \(analysis\)/);
		expect(frame).toContain('topic 1 of 7');
		dashboard.press(KEY.enter);
		frame = await dashboard.frame('the quotes behind each position');
		expect(frame).toContain('— Jens Stoltenberg');
		expect(frame).not.toMatch(/^Topics/m);
		dashboard.press(KEY.escape);
		frame = await dashboard.frame(current => expect(current).toMatch(/^Topics/m));
		expectFits(frame, size);
	});

	test('the help overlay lists every key binding; ? closes it', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press('?');
		let frame = await dashboard.frame('Keys');
		for (const binding of BINDINGS) expect(frame).toContain(binding.description);
		expect(frame).toContain('→ l Tab');
		dashboard.press('?');
		frame = await dashboard.frame(current => expect(current).not.toContain('Keys'));
		expect(frame).toContain('What happened');
	});

	test('panes wrap around both ways and Shift-Tab goes back', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press(KEY.left);
		await dashboard.frame('[4 Article]');
		dashboard.press(KEY.tab);
		await dashboard.frame('[1 Summary]');
		dashboard.press(KEY.shiftTab);
		await dashboard.frame('[4 Article]');
		dashboard.press('h');
		await dashboard.frame('[3 Positions]');
	});

	test('`initial` opens on a pane and speaker', async () => {
		const dashboard = await renderDashboard({size, initial: {pane: 'quotes', speakerId: 'grushko'}});
		const frame = await dashboard.frame('speaker 4 of 8');
		expect(frame).toContain('[2 Quotes]');
		expect(frame).toContain('› Alexander Grushko');
	});
});

describe('narrow layouts', () => {
	test('60x20: speakers above their quotes, positions stacked', async () => {
		const size = {columns: 60, rows: 20};
		const dashboard = await renderDashboard({size});
		dashboard.press('2');
		let frame = await dashboard.frame('[2 Quotes]');
		const rows = lines(frame);
		const rule = rows.findIndex(line => /^─{60}$/.test(line));
		expect(rule).toBeGreaterThan(0);
		expect(rows.slice(0, rule).some(line => line.startsWith('› Jens Stoltenberg'))).toBe(true);
		expect(rows[rule + 1]).toMatch(/^Jens Stoltenberg/);
		expect(frame).not.toContain(' │ ');
		expectFits(frame, size);

		dashboard.press('3');
		frame = await dashboard.frame('[3 Positions]');
		expect(frame).not.toMatch(/NATO and the US\s+│/);
		// Each side's heading on a line of its own (then the scrollbar), not beside the others.
		expect(lines(frame).filter(line => /^ NATO and the US\s+[┃│]?$/.test(line))).toHaveLength(1);
		dashboard.press('G');
		frame = await dashboard.frame(current => expect(current).toMatch(/^ Russia\s+[┃│]?$/m));
		expectFits(frame, size);
	});

	test('40x10: the smallest full layout fits, with one header line', async () => {
		const size = {columns: 40, rows: 10};
		const dashboard = await renderDashboard({size});
		let frame = await dashboard.frame('[1 Summary]');
		expect(lines(frame)[1]).toContain('[1 Summary]');
		expectFits(frame, size);
		for (const [key, tab] of [
			['2', '[2 Quotes]'],
			['3', '[3 Positions]'],
			['?', 'Keys'],
		] as const) {
			dashboard.press(key);
			frame = await dashboard.frame(tab);
			expectFits(frame, size);
			expect(lines(frame).at(-1)).toContain('q quit');
		}
	});

	test('30x8: says the terminal is too small, with the size it needs', async () => {
		const size = {columns: 30, rows: 8};
		const dashboard = await renderDashboard({size});
		const frame = await dashboard.frame('terminal too small');
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'terminal too small (need 40 x 10) now 30 x 8; enlarge it, or press q to quit',
		);
		expectFits(frame, size);
	});
});

test('NO_COLOR: styles but no colour codes, and every side still named', async () => {
	const theme = createTheme({level: 1, color: false});
	const dashboard = await renderDashboard({size: {columns: 100, rows: 30}, theme, styled: true});
	dashboard.press('2');
	let frame = await dashboard.frame('Share of voice');
	const colour = /\u001B\[(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[\d;]*m/;
	expect(frame).not.toMatch(colour);
	expect(frame).toContain('\u001B[7m'); // inverse: the active tab
	const plain = frame.replace(/\u001B\[[\d;]*m/g, '');
	expect(plain).toMatch(/█ NATO and the US 16\s+▓ Russia 14\s+▒ Al Jazeera \(analysis\) 3/);
	dashboard.press('3');
	frame = await dashboard.frame('Topics');
	expect(frame).not.toMatch(colour);
	expect(frame.replace(/\u001B\[[\d;]*m/g, '')).toMatch(/✗ disagree/);
});

test('keys typed together in one read each count', async () => {
	const dashboard = await renderDashboard({size: {columns: 100, rows: 30}});
	dashboard.press('2');
	await dashboard.frame('speaker 1 of 8');
	dashboard.press('jjj');
	await dashboard.frame('speaker 4 of 8');
	// Up to the third speaker (NATO, one quote) and into its quotes, in one read.
	dashboard.press('k\r');
	const frame = await dashboard.frame('quote 1 of 1');
	expect(frame).toContain('› NATO');
});

test('a mixed quote: labelled in the Quotes pane, its quoted words bold, its clause highlighted in the paragraph', async () => {
	const kinds = loadBriefingFile(path.join(FIXTURES, 'speech-kinds-briefing.json'));
	if (!kinds.ok) throw new Error('the fixture does not load');
	const theme = createTheme({level: 1, color: false});
	const dashboard = await renderDashboard({
		size: {columns: 100, rows: 30},
		briefing: kinds.briefing,
		theme,
		styled: true,
	});
	dashboard.press('2', 'j');
	let frame = await dashboard.frame('speaker 2 of 2');
	const plain = (text: string) => text.replace(/\u001B\[[\d;]*m/g, '');
	expect(plain(frame)).toContain('the cost was "out of all proportion" and residents would');
	expect(plain(frame)).toContain('mixed · ¶ 3 of 4');
	expect(frame).toContain('\u001B[1m"out of all proportion"\u001B[22m');
	dashboard.press(KEY.enter, KEY.enter);
	frame = await dashboard.frame(current => expect(plain(current)).toContain('Tom Berg · mixed · paragraph 3 of 4'));
	expect(frame).toContain('\u001B[7mthe cost was');
});
