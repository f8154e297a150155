// What a frame of the dashboard shows, computed in-process from the model, the layout and the navigation state
// (the same frames test/ui draws through Ink): where the user is, in the header and the footer; how the Quotes pane
// is laid out at each size; what an empty part of a briefing says; what a click lands on.

import {describe, expect, it} from 'vitest';
import type {Briefing} from '../../source/model/schema.js';
import {type NavState, navigate, startState, typeInSearch} from '../../source/navigation/dashboard.js';
import type {Command} from '../../source/navigation/keymap.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {frameLines} from '../../source/view/frame-text.js';
import {createFrameViews} from '../../source/view/frame-view.js';
import {computeLayout} from '../../source/view/layout.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';

const NATO = bundled();
const PLAIN = createTheme({level: 0, color: false});

/** The views of a briefing at a size, and the state after some commands, as they would be pressed. */
function at(columns: number, rows: number, commands: Command[] = [], briefing: Briefing = NATO, canLeave = false) {
	const model = buildDashboardModel(briefing, PLAIN);
	const views = createFrameViews(model, computeLayout(columns, rows), false, canLeave);
	let state: NavState = startState(model);
	for (const command of commands) state = navigate(state, command, views.limits(state));
	const frame = views.frame(state);
	return {model, views, state, frame, lines: frameLines(frame, PLAIN)};
}

const header = (lines: string[]) => lines[0]!.trimEnd();
const footer = (lines: string[]) => lines.at(-1)!.trimEnd();

describe('where the user is: the header’s trail', () => {
	it('names the pane, and in Quotes the speaker, then the quote once one is chosen', () => {
		expect(header(at(100, 30).lines)).toMatch(/ › Summary$/);
		expect(header(at(100, 30, ['nextPane']).lines)).toMatch(/ › Quotes › Jens Stoltenberg$/);
		expect(header(at(100, 30, ['nextPane', 'down', 'open', 'down']).lines)).toMatch(
			/ › Quotes › Wendy Sherman › quote 2$/,
		);
	});

	it('names the topic in Positions, the paragraph in Article, and Help over any pane', () => {
		expect(header(at(120, 30, ['pane3']).lines)).toMatch(/ › Positions › NATO’s open door and enlargement$/);
		expect(header(at(100, 30, ['pane4', 'pageDown']).lines)).toMatch(/ › Article › ¶ \d+$/);
		expect(header(at(100, 30, ['pane4']).lines)).toMatch(/ › Article › ¶ 1$/);
		expect(header(at(100, 30, ['nextPane', 'help']).lines)).toMatch(/ › Quotes › Jens Stoltenberg › Help$/);
	});
});

describe('where the user is: the footer’s count', () => {
	it('counts speakers while the list has the keys, and the speaker’s quotes once inside them', () => {
		expect(footer(at(100, 30, ['nextPane']).lines)).toMatch(/ speaker 1 of 8$/);
		expect(footer(at(100, 30, ['nextPane', 'down', 'down']).lines)).toMatch(/ speaker 3 of 8$/);
		expect(footer(at(100, 30, ['nextPane', 'down', 'open', 'down']).lines)).toMatch(/ quote 2 of 5$/);
	});

	it('counts topics, and an opened topic’s quotes, with the lines shown when they do not all fit', () => {
		expect(footer(at(100, 30, ['pane3', 'down']).lines)).toMatch(/ topic 2 of 7$/);
		expect(footer(at(100, 30, ['pane3', 'open', 'down']).lines)).toMatch(/ topic 1 of 7 · quote 2 of 12 · 1–22 of 31$/);
	});

	it('shows which lines of the Summary are on screen, and which paragraph of the Article', () => {
		expect(footer(at(100, 30).lines)).toMatch(/ 1–25 of 71$/);
		expect(footer(at(100, 30, ['pane4']).lines)).toMatch(/ ¶ 1 of 30$/);
	});

	it('shows no line count when everything fits', () => {
		expect(footer(at(100, 200).lines)).toMatch(/q quit$/);
	});
});

describe('the Quotes pane’s layout', () => {
	it('on a wide terminal, the speakers stand beside their quotes, two lines each', () => {
		const {lines} = at(100, 30, ['nextPane']);
		expect(lines[6]).toMatch(/^› Jens Stoltenberg +10 │ Jens Stoltenberg +┃$/);
		expect(lines[7]).toMatch(
			/^ {4}NATO and the US · NATO Secr… │ NATO Secretary General · NATO and the US · 10 quotes/,
		);
	});

	it('on a narrow one, the speakers are listed above their quotes, one line each, a rule between', () => {
		const {lines} = at(60, 20, ['nextPane']);
		expect(lines.slice(5, 11)).toEqual([
			'› Jens Stoltenberg · NATO and the US                      10',
			'  Wendy Sherman · NATO and the US                          5',
			'  NATO · NATO and the US                                   1',
			'  Alexander Grushko · Russia                               6',
			'─'.repeat(60),
			'Jens Stoltenberg                                           ┃',
		]);
	});

	it('the share of voice has its legend on a line of its own, and a gap below, where there is room', () => {
		const tall = at(100, 30, ['nextPane']).lines;
		expect(tall[3]).toMatch(/^Share of voice █+▓+▒+$/);
		expect(tall[4]).toMatch(/^█ NATO and the US 16 {2}▓ Russia 14 {2}▒ Al Jazeera \(analysis\) 3 *$/);
		expect(tall[5]).toBe('');
		const short = at(100, 14, ['nextPane']).lines;
		expect(short[3]).toMatch(/^█ NATO and the US 16 {2}▓ Russia 14 {2}▒ Al Jazeera \(analysis\) 3 *$/);
		expect(short[4]).toMatch(/^› Jens Stoltenberg/);
	});

	it('the selected speaker stays in view in a list longer than the screen', () => {
		const {lines} = at(60, 20, ['nextPane', 'last']);
		expect(lines.slice(5, 9).map(line => line.slice(0, 18))).toEqual([
			'  Russia · Russia ',
			'  Alexander Fomin ',
			'  Vladimir Putin ·',
			'› Natacha Butler ·',
		]);
	});

	it('Enter on a quote shows the paragraph it is in, under the share of voice', () => {
		const {lines, frame} = at(100, 30, ['nextPane', 'open', 'open']);
		expect(frame.body.kind).toBe('lines');
		expect(lines[3]).toMatch(/^Share of voice /);
		expect(lines[5]).toBe('');
		expect(lines[6]).toMatch(/^ Jens Stoltenberg · direct · paragraph 3 of 30 +$/);
	});
});

describe('what an empty part of a briefing says', () => {
	const NO_QUOTES: Briefing = {...NATO, quotes: []};

	it('a briefing that quotes nobody names the people it mentions', () => {
		const {lines, views, state} = at(100, 30, ['nextPane'], NO_QUOTES);
		const said = lines.slice(3, -1).join(' ').replace(/ +/g, ' ');
		expect(said).toContain(
			'The briefing names Jens Stoltenberg, NATO, Wendy Sherman, Alexander Fomin, Alexander Grushko, Russia, ' +
				'Vladimir Putin, and Natacha Butler, but quotes none of them.',
		);
		expect(header(lines)).toMatch(/ › Quotes$/);
		expect(footer(lines)).toMatch(/q quit$/);
		expect(views.limits(state).speakers).toBe(0);
	});

	it('a briefing with no article text says so in the Article pane', () => {
		const {lines} = at(100, 30, ['pane4'], {...NATO, paragraphs: [], quotes: []});
		expect(lines[3]).toMatch(/^ The briefing holds no article text\. *$/);
		expect(lines.slice(4, -1).every(line => line === '')).toBe(true);
		expect(header(lines)).toMatch(/ › Article$/);
	});

	it('a briefing with no topics says so in the Positions pane', () => {
		const {lines} = at(100, 30, ['pane3'], {...NATO, topics: []});
		expect(lines[4]).toMatch(/^ No topics in this briefing\. *$/);
		expect(header(lines)).toMatch(/ › Positions$/);
	});
});

describe('the quote the user has selected (what y copies and Enter opens in the article)', () => {
	it('none while choosing a speaker or a topic, or in the help', () => {
		for (const commands of [['nextPane'], ['pane3'], ['pane1'], ['nextPane', 'open', 'help']] as Command[][]) {
			const {views, state} = at(100, 30, commands);
			expect(views.selectedQuote(state)).toBeUndefined();
		}
	});

	it('the quote chosen in the Quotes pane, and the one chosen in an opened topic', () => {
		const quotes = at(100, 30, ['nextPane', 'down', 'open']);
		expect(quotes.views.selectedQuote(quotes.state)?.text).toBe('are simply non-starters');
		const positions = at(100, 30, ['pane3', 'open', 'down']);
		expect(positions.views.selectedQuote(positions.state)?.text).toBe(
			'We will not slam the door shut on NATO’s open-door policy,',
		);
	});

	it('the quote the article was opened at, which Enter goes to', () => {
		const quotes = at(100, 30, ['nextPane', 'down', 'open']);
		expect(quotes.views.limits(quotes.state).quoteTarget).toEqual({
			quoteId: quotes.views.selectedQuote(quotes.state)?.id,
			place: {paragraph: 21, line: 0},
		});
		const article = at(100, 30, ['nextPane', 'down', 'open', 'open', 'open']);
		expect(article.state.pane).toBe('article');
		expect(article.views.selectedQuote(article.state)?.text).toBe('are simply non-starters');
		expect(article.lines[3]).toMatch(/¶ 22 of 30/);
	});
});

describe('what a click lands on (--mouse)', () => {
	it('a tab of the tab strip', () => {
		const {views, state} = at(100, 30);
		// "[1 Summary]  2 Quotes   3 Positions   4 Article": each tab with the cell either side, a cell between them.
		expect(views.hitAt(state, 0, 2)).toEqual({pane: 'summary'});
		expect(views.hitAt(state, 10, 2)).toEqual({pane: 'summary'});
		expect(views.hitAt(state, 11, 2)).toBeUndefined();
		expect(views.hitAt(state, 12, 2)).toEqual({pane: 'quotes'});
		expect(views.hitAt(state, 21, 2)).toEqual({pane: 'quotes'});
		expect(views.hitAt(state, 22, 2)).toBeUndefined();
		expect(views.hitAt(state, 47, 2)).toEqual({pane: 'article'});
		expect(views.hitAt(state, 48, 2)).toBeUndefined();
	});

	it('a speaker of the list, two rows each on a wide terminal', () => {
		const {views, state} = at(100, 30, ['nextPane']);
		expect(views.hitAt(state, 5, 6)).toEqual({speaker: 0});
		expect(views.hitAt(state, 5, 7)).toEqual({speaker: 0});
		expect(views.hitAt(state, 5, 8)).toEqual({speaker: 1});
		expect(views.hitAt(state, 5, 5)).toBeUndefined();
		expect(views.hitAt(state, 40, 8)).toBeUndefined();
		expect(views.hitAt(state, 5, 24)).toBeUndefined();
	});

	it('a topic of the list', () => {
		const {views, state} = at(100, 30, ['pane3']);
		expect(views.hitAt(state, 5, 3)).toBeUndefined();
		expect(views.hitAt(state, 5, 4)).toEqual({topic: 0});
		expect(views.hitAt(state, 5, 5)).toEqual({topic: 1});
	});

	it('nothing in the help, or below the body', () => {
		const help = at(100, 30, ['nextPane', 'help']);
		expect(help.views.hitAt(help.state, 5, 6)).toBeUndefined();
		const {views, state} = at(100, 30, ['nextPane']);
		expect(views.hitAt(state, 5, 28)).toBeUndefined();
	});
});

describe('the footer', () => {
	it('offers Esc back to the stories only when the story was opened from the picker', () => {
		expect(footer(at(100, 30, [], NATO, true).lines)).toMatch(/Esc back/);
		expect(footer(at(100, 30).lines)).not.toMatch(/Esc back/);
	});

	it('offers o to open the source on the Summary, where the source is shown, when it has an address', () => {
		const withUrl: Briefing = {...NATO, source: {...NATO.source, url: 'https://example.test/story'}};
		expect(footer(at(100, 30, [], withUrl).lines)).toMatch(/o source/);
		expect(footer(at(100, 30, ['nextPane'], withUrl).lines)).not.toMatch(/o source/);
		expect(footer(at(100, 30).lines)).not.toMatch(/o source/);
	});
});

describe('the Article pane’s scrollbar', () => {
	const bars = (lines: string[]) =>
		lines
			.slice(3, -1)
			.map(line => [...line].at(-1))
			.join('');

	it('shows by paragraph where the screen is in the article: at the top, in between, at the bottom', () => {
		expect(bars(at(100, 30, ['pane4']).lines)).toBe(`${'┃'.repeat(5)}${'│'.repeat(20)}`);
		expect(bars(at(100, 30, ['pane4', 'pageDown', 'pageDown', 'pageDown']).lines)).toBe(
			`${'│'.repeat(13)}${'┃'.repeat(5)}${'│'.repeat(7)}`,
		);
		expect(bars(at(100, 30, ['pane4', 'last']).lines)).toBe(`${'│'.repeat(20)}${'┃'.repeat(5)}`);
	});

	it('is not drawn when the whole article fits', () => {
		const short: Briefing = {...NATO, paragraphs: NATO.paragraphs.slice(0, 2), quotes: []};
		expect(bars(at(100, 30, ['pane4'], short).lines)).toBe(' '.repeat(25));
	});
});

describe('a search, in the frame', () => {
	const STYLED = createTheme({level: 1, color: false});
	function searching(text: string, submit: boolean, theme = PLAIN) {
		const model = buildDashboardModel(NATO, theme);
		const views = createFrameViews(model, computeLayout(100, 30), theme !== PLAIN);
		let state = navigate(startState(model), 'search', views.limits(startState(model)));
		state = typeInSearch(state, text, {}, views.limits(state));
		if (submit) state = typeInSearch(state, '', {return: true}, views.limits(state));
		return {views, state, lines: () => frameLines(views.frame(state), theme)};
	}

	it('while typing, the prompt on the bottom line counts the matches here and in all', () => {
		expect(searching('veto', false).lines().at(-1)).toMatch(/^\/veto_ +1 here, 4 in all$/);
		expect(searching('zebra', false).lines().at(-1)).toMatch(/^\/zebra_ +no match$/);
	});

	it('once searched, the footer says which match, and n goes on to the next pane’s, saying so', () => {
		const searched = searching('veto', true);
		expect(searched.lines().at(-1)).toMatch(/ match 1 of 1$/);
		const next = navigate(searched.state, 'nextMatch', searched.views.limits(searched.state));
		const lines = frameLines(searched.views.frame(next), PLAIN);
		expect(header(lines)).toMatch(/ › Quotes › Jens Stoltenberg › quote 10$/);
		expect(lines.at(-1)).toMatch(/ no more in Summary: on to Quotes · match 1 of 1$/);
	});

	it('marks the matches on screen in inverse video', () => {
		const shown = searching('veto', true, STYLED).lines();
		expect(shown.some(line => line.includes(STYLED.match('veto')))).toBe(true);
		expect(
			searching('veto', true)
				.lines()
				.some(line => line.includes('veto')),
		).toBe(true);
	});
});

describe('keeping the selection in view', () => {
	const marked = (lines: string[]) => lines.filter(line => line.includes('▌')).length;

	it('the selected quote of a speaker stays on screen as the selection moves down a long list', () => {
		const down = Array.from({length: 7}, () => 'down' as const);
		expect(marked(at(100, 16, ['nextPane', 'open', ...down]).lines)).toBeGreaterThan(0);
	});

	it('the selected quote of an opened topic stays on screen too', () => {
		const down = Array.from({length: 7}, () => 'down' as const);
		expect(marked(at(100, 16, ['pane3', 'open', ...down]).lines)).toBeGreaterThan(0);
	});
});

describe('an opened topic on a narrow terminal', () => {
	it('keeps the footer for where one is, leaving Enter to the help', () => {
		expect(footer(at(50, 20, ['pane3', 'open']).lines)).toMatch(/^Esc back {2}\? help {2}q quit +topic 1\/7 · /);
		expect(footer(at(70, 20, ['pane3', 'open']).lines)).toMatch(/↵ open/);
	});

	it('a click on an opened topic’s positions selects no topic', () => {
		const {views, state} = at(100, 30, ['pane3', 'open']);
		expect(views.hitAt(state, 5, 4)).toBeUndefined();
	});
});
