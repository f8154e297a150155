// The four kinds of quote as a reader meets them: direct and partial in marks, reported in the reporter's words,
// mixed as the reporter's clause with the speaker's own words set apart; each labelled wherever quotes are listed.

import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {Session} from '../../source/app/session.js';
import {shownLines} from '../../source/app/terminal-screen.js';
import {formatMarkdown} from '../../source/format/markdown.js';
import {formatText} from '../../source/format/text.js';
import type {Command} from '../../source/navigation/keymap.js';
import {quotedParts} from '../../source/view/quote-body.js';
import {createTheme, type Theme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';
import {FIXTURES} from '../paths.js';

const briefing = bundled(path.join(FIXTURES, 'speech-kinds-briefing.json'));
const PLAIN = createTheme({level: 0, color: false});
/** Styles but no colour, as with NO_COLOR. */
const STYLED = createTheme({level: 1, color: false});
const BOLD = (text: string) => `\u001B[1m${text}\u001B[22m`;
const ITALIC = (text: string) => `\u001B[3m${text}\u001B[23m`;

/** The screen after `commands`, at a width where the Quotes and Positions panes stack their parts (no columns). */
function screen(theme: Theme, ...commands: Command[]): string {
	const session = new Session({briefing}, {theme, styled: theme !== PLAIN, size: {columns: 72, rows: 40}});
	for (const command of commands) session.command(command);
	return shownLines(session.shown(), theme).join('\n');
}
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('the Quotes pane', () => {
	test('labels each quote with its kind: direct, reported, mixed, partial', () => {
		const mayor = folded(screen(PLAIN, 'pane2'));
		expect(mayor).toContain('“The town needs this bridge,” direct · ¶ 1 of 4');
		expect(mayor).toContain('the council would vote again in April reported · ¶ 2 of 4');
		const chair = folded(screen(PLAIN, 'pane2', 'down'));
		expect(chair).toContain(`the cost was "out of all proportion" and residents would 'fight it' mixed · ¶ 3 of 4`);
		expect(chair).toContain('“a folly” partial · ¶ 4 of 4');
	});

	test('a mixed quote keeps its own quotation marks, and is not put inside another pair', () => {
		const chair = folded(screen(PLAIN, 'pane2', 'down'));
		expect(chair).not.toContain('“the cost was');
	});

	test('with styles, a mixed quote sets the quoted words in bold among the reporter’s words in italics', () => {
		const chair = screen(STYLED, 'pane2', 'down');
		expect(chair).toContain(ITALIC('the cost was '));
		expect(chair).toContain(BOLD('"out of all proportion"'));
		expect(chair).toContain(BOLD("'fight it'"));
		expect(chair).toContain('\u001B[3m and residents would');
		// Reported speech is in italics throughout; quoted words of a direct quote are not.
		const mayor = screen(STYLED, 'pane2');
		expect(mayor).toContain(ITALIC('the council would vote again in April'));
		expect(mayor).not.toContain(BOLD('“The town needs this bridge,”'));
	});
});

describe('the paragraph view', () => {
	test('a mixed quote is found in its paragraph as the whole clause, its kind in the heading', () => {
		const shown = screen(PLAIN, 'pane2', 'down', 'open', 'open');
		expect(shown).toContain('Tom Berg · mixed · paragraph 3 of 4');
		// Without styles the clause is bracketed; its quotation marks mark the speaker's words inside.
		expect(folded(shown)).toContain(
			`said [the cost was "out of all proportion" and residents would 'fight it'] in court.`,
		);
	});

	test('with styles, the clause is highlighted and the quoted words in it are bold', () => {
		const shown = screen(STYLED, 'pane2', 'down', 'open', 'open');
		expect(shown).toContain(BOLD('"out of all proportion"'));
		expect(shown).toContain('\u001B[7mthe cost was');
	});

	test('reported speech found in its paragraph is highlighted and labelled reported', () => {
		const shown = screen(PLAIN, 'pane2', 'open', 'down', 'open');
		expect(shown).toContain('Ana Silva · reported · paragraph 2 of 4');
		expect(shown).toContain('Silva said [the council would vote again in April].');
	});
});

test('Positions names reported and mixed quotes as such behind a position', () => {
	const shown = folded(screen(PLAIN, 'pane3', 'open'));
	expect(shown).toContain('the council would vote again in April — Ana Silva, reported');
	expect(shown).toContain(`residents would 'fight it' — Tom Berg, mixed`);
	// The first quote is the selected one, marked with a bar before its lines.
	expect(shown).toContain('▌ “The town needs this bridge,” ▌ — Ana Silva ');
	expect(shown).toContain('“a folly” — Tom Berg');
	expect(shown).not.toContain('Tom Berg, partial');
});

test('the help’s symbols explain mixed beside direct, partial and reported', () => {
	// The symbols follow the keys: at the end of the help.
	const help = screen(PLAIN, 'help', 'last').replace(/[┃│]/g, '');
	expect(help).toMatch(/direct\s+a quoted sentence/);
	expect(help).toMatch(
		/mixed\s+reported speech carrying the speaker’s own words, which\s+keep their marks: said talks were “serious”/,
	);
	expect(help).toMatch(/reported\s+reported speech: what was said/);
});

describe('print', () => {
	test('text: every kind labelled, a mixed quote with its marks', () => {
		const text = folded(formatText(briefing, {width: 80}));
		expect(text).toContain(`the cost was "out of all proportion" and residents would 'fight it' mixed · ¶ 3 of 4`);
		expect(text).toContain('the council would vote again in April reported · ¶ 2 of 4');
		expect(text).toContain(`residents would 'fight it' — Tom Berg, mixed`);
	});

	test('markdown: reported in italics; mixed with the reporter’s words in italics and the quoted words upright', () => {
		const markdown = formatMarkdown(briefing);
		expect(markdown).toContain(
			`> *the cost was* "out of all proportion" *and residents would* 'fight it'\n>\n> — mixed`,
		);
		expect(markdown).toContain('> *the council would vote again in April*\n>\n> — reported');
		expect(markdown).toContain(`'fight it' — Tom Berg (mixed)`);
		expect(markdown).toContain('*the council would vote again in April* — Ana Silva (reported)');
		expect(markdown).toContain('> “a folly” — Tom Berg\n');
	});
});

describe('quotedParts: the speaker’s words inside a mixed quote', () => {
	const quoted = (text: string) =>
		quotedParts(text)
			.filter(part => part.quoted)
			.map(part => part.text);

	test('double marks, straight or curly, and single marks that open a word', () => {
		expect(quoted('the US is "in the midst of a crisis" now')).toEqual(['"in the midst of a crisis"']);
		expect(quoted('he was “very committed” to it')).toEqual(['“very committed”']);
		expect(quoted("he 'can' and 'may' put the US into a state of emergency")).toEqual(["'can'", "'may'"]);
		expect(quoted('it was ‘a joke’, he said')).toEqual(['‘a joke’']);
	});

	test('apostrophes are no quotation marks', () => {
		expect(quoted("the country's border was 'closed', the minister's aide said")).toEqual(["'closed'"]);
		expect(quoted('it was ‘the people’s choice’ now')).toEqual(['‘the people’s choice’']);
		expect(quoted("Russia's demands")).toEqual([]);
	});

	test('marks nested in a quotation stay in it; a quotation left open runs to the end', () => {
		expect(quoted('she said it was "a \'final\' offer" today')).toEqual(['"a \'final\' offer"']);
		expect(quoted('talks were "serious and deep')).toEqual(['"serious and deep']);
	});

	test('the parts put together are the text', () => {
		for (const text of ["he 'can' and 'may' go", 'a "b" c “d” e', 'no marks', '"all quoted"'])
			expect(
				quotedParts(text)
					.map(part => part.text)
					.join(''),
			).toBe(text);
	});
});
