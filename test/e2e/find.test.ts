// Issue 18 "Find anything, read everything", done when, in a real terminal: `/non-starters` Enter in the
// Quotes pane brings Sherman's quote into view and `n` goes on; `/hagia` in the picker narrows to the
// Hagia Sophia story; `briefing search veto` finds Stoltenberg's quote and `briefing search zqxjv` exits 1;
// the article pane shows every paragraph; `y` writes an OSC 52 sequence holding only sanitised text.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {lines, runCli} from '../run-cli.js';
import {frameText, layoutProblems, ROOT, type Screen, start, stopAll} from './pty.js';

afterEach(stopAll);

const FILE = 'data/nato-russia-council-2022.json';
const nato = (() => {
	const result = loadBriefingFile(join(ROOT, FILE));
	if (!result.ok) throw new Error('the bundled briefing does not load');
	return result.briefing;
})();
const text = (shown: Screen) => shown.join('\n');
const footerOf = (shown: Screen, rows: number) => shown[rows - 2] ?? '';

describe('search in the dashboard', () => {
	test('/non-starters Enter in the Quotes pane brings Sherman’s quote into view, and n goes on', async () => {
		const session = await start([FILE], {columns: 100, rows: 30, ready: nato.headline.slice(0, 20)});
		session.press('2');
		await session.waitFor('[2 Quotes]');
		session.press('/', 'non-sta');
		// The prompt on the bottom line, counting as one types.
		await session.waitFor(shown => footerOf(shown, 30).startsWith('/non-sta') && footerOf(shown, 30).includes('here'));
		session.press('rters', 'Enter');
		const found = await session.waitFor('match 1 of 1');
		expect(found[0]).toContain('› Quotes › Wendy Sherman');
		expect(text(found)).toContain('▌ “are simply non-starters”');
		expect(layoutProblems(session), frameText(found)).toEqual([]);
		session.press('n');
		const next = await session.waitFor('no more in Quotes: on to Positions');
		expect(text(next)).toContain('[3 Positions]');
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
	});

	test('the matches are highlighted as one types, in inverse video', async () => {
		const session = await start([FILE], {columns: 100, rows: 30, ready: nato.headline.slice(0, 20)});
		session.press('/', 'warns');
		await session.waitFor(shown => footerOf(shown, 30).startsWith('/warns'));
		await session.flush();
		// "NATO warns Russia" on the Summary's first line, its match in inverse video.
		expect(session.raw()).toMatch(/\u001B\[7mwarns\u001B\[27m/);
	});
});

describe('the Article pane', () => {
	test('shows every paragraph of the article, paging down to the end', {timeout: 60_000}, async () => {
		const session = await start([FILE, '--pane', 'article'], {columns: 80, rows: 24, ready: '[4 Article]'});
		let seen = text(session.screen());
		const total = nato.paragraphs.length;
		const lastWords = nato.paragraphs.at(-1)!.split(' ').slice(0, 6).join(' ');
		for (let page = 0; page < 60; page++) {
			const shown = session.screen();
			if (
				text(shown).replace(/\s+/g, ' ').includes(`¶ ${total} of ${total}`) &&
				text(shown).replace(/\s+/g, ' ').includes(lastWords)
			)
				break;
			const before = text(shown);
			session.press('PageDown');
			seen += `\n${text(await session.waitFor(current => text(current) !== before))}`;
		}
		const squashed = seen.replace(/\s+/g, ' ');
		for (const [index, paragraph] of nato.paragraphs.entries()) {
			expect(squashed).toContain(`¶ ${index + 1} of ${total}`);
			expect(squashed, `paragraph ${index + 1}`).toContain(paragraph.split(' ').slice(0, 6).join(' '));
		}
		expect(layoutProblems(session)).toEqual([]);
	});
});

describe('y copies a quote through OSC 52', () => {
	const folder = mkdtempSync(join(tmpdir(), 'briefing-osc52-'));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));

	test('the sequence holds only the sanitised quote and its attribution, in base64', async () => {
		// A story whose quote, speaker and outlet hold escape sequences and controls of their own.
		const data = JSON.parse(readFileSync(join(ROOT, FILE), 'utf8'));
		const hostile = '\u001B]52;c;ZXZpbA==\u0007\u001B[2J\u009b31m\u202e';
		data.quotes[0].text = `there is a real risk${hostile} for new armed conflict in Europe`;
		data.source.name = `Al Jazeera${hostile}`;
		const file = join(folder, 'hostile.json');
		writeFileSync(file, JSON.stringify(data));
		const session = await start([file, '--pane', 'quotes'], {columns: 100, rows: 30, ready: '[2 Quotes]'});
		session.press('Enter');
		await session.waitFor('quote 1 of');
		session.press('y');
		await session.waitFor('copied (OSC 52)');
		const sequences = [...session.raw().matchAll(/\u001B\]52;c;([^\u0007\u001B]*)\u0007/g)];
		expect(sequences).toHaveLength(1);
		const payload = sequences[0]![1]!;
		expect(payload).toMatch(/^[A-Za-z0-9+/]+=*$/);
		const copied = Buffer.from(payload, 'base64').toString('utf8');
		expect(copied).toBe(
			'“there is a real risk for new armed conflict in Europe” — Jens Stoltenberg, NATO Secretary General, Al Jazeera, 12 January 2022',
		);
		expect(copied).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
	});

	test('where the terminal cannot take it, nothing is sent and the footer shows what would have been', async () => {
		const session = await start([FILE, '--pane', 'quotes'], {
			columns: 120,
			rows: 30,
			ready: '[2 Quotes]',
			env: {BRIEFING_CLIPBOARD: 'off'},
		});
		session.press('Enter', 'y');
		await session.waitFor('select it with the mouse: “there is a real risk');
		expect(session.raw()).not.toContain('\u001B]52;');
	});
});

describe('search in the picker', () => {
	test('/hagia narrows the stories to the Hagia Sophia story; Esc restores the list', async () => {
		const session = await start([], {columns: 100, rows: 30, ready: 'Stories · 7 in'});
		session.press('/', 'hagia');
		const narrowed = await session.waitFor('1 story of 7 match “hagia”');
		expect(text(narrowed)).toContain('Hagia Sophia Museum');
		expect(text(narrowed)).not.toContain('NATO-Russia talks');
		session.press('Enter', 'Enter');
		const opened = await session.waitFor('[1 Summary]');
		expect(opened[0]).toMatch(/^Stories › Turkey's President Erdogan proposes converting Hagia Sophia/);
		session.press('Escape');
		await session.waitFor('1 story of 7 match “hagia”');
		session.press('Escape');
		await session.waitFor('Stories · 7 in');
	});
});

describe('briefing search', () => {
	test('`briefing search veto` finds Stoltenberg’s quote, the word marked', () => {
		const run = runCli(['search', 'veto']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('NATO-Russia talks at impasse');
		expect(run.stdout).toContain('Jens Stoltenberg, NATO Secretary General');
		expect(run.stdout.replace(/\s+/g, ' ')).toContain('Russia does not have a [veto]');
	});

	test('`briefing search zqxjv` finds nothing and exits 1; no words is bad usage, 2', () => {
		const none = runCli(['search', 'zqxjv']);
		expect(none.status).toBe(1);
		expect(none.stdout).toBe('');
		expect(runCli(['search']).status).toBe(2);
		expect(runCli(['search', 'veto', '/nonexistent/folder']).status).toBe(2);
	});

	test('-f json: each quote with its story, speaker and where the words matched', () => {
		const run = runCli(['search', 'erdogan', '--bundled', '-f', 'json']);
		expect(run.status).toBe(0);
		const hits = JSON.parse(run.stdout) as {
			quote: {text: string};
			speaker: {name: string};
			matches: [number, number][];
		}[];
		expect(hits.length).toBeGreaterThan(3);
		const folded = (words: string) => words.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		// The word is in the quote (and marked there), or in the name of its speaker.
		for (const hit of hits)
			if (hit.matches.length === 0) expect(folded(hit.speaker.name)).toContain('erdogan');
			else expect(hit.matches.map(([from, to]) => folded(hit.quote.text.slice(from, to)))).toContain('erdogan');
		// Accents folded: "erdogan" finds "Erdoğan".
		expect(hits.some(hit => `${hit.speaker.name} ${hit.quote.text}`.includes('Erdoğan'))).toBe(true);
		expect(lines(runCli(['search', 'zqxjv', '-f', 'json']).stdout)).toEqual(['[]']);
	});
});

describe('--mouse', () => {
	const report = (code: number, column: number, row: number) => `\u001B[<${code};${column + 1};${row + 1}M`;

	test('asks for mouse reports, a click selects a tab, the wheel scrolls, and the reports are off again at exit', async () => {
		const session = await start([FILE, '--mouse'], {columns: 100, rows: 30, ready: nato.headline.slice(0, 20)});
		expect(session.raw()).toContain('\u001B[?1000h\u001B[?1006h');
		const tabs = session.screen()[2]!;
		session.press(report(0, tabs.indexOf('2 Quotes') + 2, 2));
		await session.waitFor('[2 Quotes]');
		session.press(report(0, tabs.indexOf('1 Summary') + 2, 2));
		await session.waitFor(shown => footerOf(shown, 30).includes('1–'));
		session.press(report(65, 20, 10));
		await session.waitFor(shown => /4–\d+ of \d+\s*$/.test(footerOf(shown, 30)));
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
		const raw = session.raw();
		expect(raw.lastIndexOf('\u001B[?1000l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1000h'));
	});

	test('without it, no mouse reports are asked for', async () => {
		const session = await start([FILE], {columns: 100, rows: 30, ready: nato.headline.slice(0, 20)});
		session.press('q');
		await session.exit();
		expect(session.raw()).not.toContain('\u001B[?1000h');
	});
});
