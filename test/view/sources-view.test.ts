// A briefing merged from three outlets' articles, as a reader meets it: the Quotes pane's share of voice by
// outlet and who quoted whom, the statements quoted differently, the Summary's "what each outlet adds", the
// Article pane naming each article, and the picker counting a story's sources. One-article briefings: unchanged.

import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {formatMarkdown} from '../../source/format/markdown.js';
import {mergeBriefings} from '../../source/merge/merge.js';
import {Library} from '../../source/model/library.js';
import type {Briefing} from '../../source/model/schema.js';
import type {Command} from '../../source/navigation/keymap.js';
import {storyLabel} from '../../source/view/picker-view.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';
import {draftOf} from '../merge/multi-source.js';

const PLAIN = createTheme({level: 0, color: false});
const files = ['wildfire-wire.txt', 'wildfire-courier.txt', 'wildfire-review.txt'];
const merged = mergeBriefings(files.map(file => ({briefing: draftOf(file)}))).briefing;

function screen(briefing: Briefing, commands: Command[], size = {columns: 110, rows: 40}): string {
	const session = new Session({briefing}, {theme: PLAIN, styled: false, size});
	for (const command of commands) session.command(command);
	return shownLines(session.shown(), PLAIN)
		.join('\n')
		.replace(/[ \t]+/g, ' ');
}

describe('the Quotes pane of a merged briefing', () => {
	test('shows the share of voice by outlet, and which outlet quoted the speaker how often', () => {
		const quotes = screen(merged, ['pane2']);
		expect(quotes).toMatch(
			/By outlet Meridian Wire 4 \(\d+%\) · The Evening Courier 5 \(\d+%\) · Harbour Review 5 \(\d+%\) of 10 quotes/,
		);
		expect(quotes).toContain('quoted by Meridian Wire 2, The Evening Courier 2, Harbour Review 1');
		expect(quotes).toMatch(/direct · Meridian Wire ¶ 2 · The Evening Courier ¶ \d+/);
	});

	test('says where outlets quote a statement in different words', () => {
		const costa = screen(merged, ['pane2', 'down'], {columns: 200, rows: 40});
		expect(costa).toContain('Ana Costa');
		expect(costa).toContain('≠ The Evening Courier quotes it differently: “We need planes, and we need them now,”');
	});

	test('a one-article briefing shows no outlets', () => {
		const quotes = screen(bundled(), ['pane2']);
		expect(quotes).not.toContain('By outlet');
		expect(quotes).not.toContain('quoted by');
	});
});

describe('the Summary of a merged briefing', () => {
	test('lists the articles and what each outlet adds that the others do not', () => {
		const summary = screen(merged, ['pane1', 'last'], {columns: 110, rows: 80});
		expect(summary).toContain('Sources · 3 articles from 3 outlets');
		expect(summary).toContain(
			'2. The Evening Courier · 14 March 2025 — Inferno in the valley: villagers flee walls of flame',
		);
		expect(summary).toContain('What each outlet adds');
		expect(summary).toContain('Meridian Wire: 1 of its 4 quotes is in no other article.');
		expect(summary).toMatch(
			/Harbour Review: 3 of its 5 quotes are in no other article; the only one to quote Ines Faria\./,
		);
		expect(summary).toContain('Quoted differently');
		expect(formatMarkdown(merged)).toContain('### What each outlet adds');
	});

	test('a one-article briefing has no such sections', () => {
		const summary = screen(bundled(), ['pane1', 'last'], {columns: 110, rows: 80});
		expect(summary).not.toContain('What each outlet adds');
		expect(summary).not.toContain('Sources ·');
	});
});

describe('the Article pane and the picker', () => {
	test('the first paragraph of each article names its outlet', () => {
		const article = screen(merged, ['pane4', 'last'], {columns: 110, rows: 80});
		expect(article).toMatch(/Harbour Review · ¶ \d+ of \d+/);
	});

	test('the picker shows how many sources a story has', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'briefing-sources-'));
		writeFileSync(path.join(folder, 'merged.json'), JSON.stringify(merged));
		writeFileSync(path.join(folder, 'single.json'), JSON.stringify(draftOf(files[0]!)));
		const library = new Library(folder, [path.join(folder, 'merged.json'), path.join(folder, 'single.json')]);
		expect(storyLabel(PLAIN, library.entry(0)!, 120, true)).toContain('3 sources · 14 Mar 2025');
		expect(storyLabel(PLAIN, library.entry(1)!, 120, true)).toContain('Meridian Wire · 14 Mar 2025');
	});
});
