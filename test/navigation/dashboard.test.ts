import {describe, expect, it} from 'vitest';
import {
	atMatch,
	availableCommands,
	clampTo,
	clickOn,
	initialNavState,
	type NavLimits,
	type NavState,
	navigate,
	scrollDetail,
	scrollToShow,
	startState,
} from '../../source/navigation/dashboard.js';
import type {Command} from '../../source/navigation/keymap.js';
import {commandFor} from '../../source/navigation/keymap.js';

const limits: NavLimits = {speakers: 4, quotes: 3, topics: 5, detailLines: 40, detailHeight: 10};

function run(commands: Command[], start: NavState = initialNavState, with_: NavLimits = limits): NavState {
	return commands.reduce((state, command) => navigate(state, command, with_), start);
}

describe('pane switching', () => {
	it('wraps around in both directions', () => {
		expect(run(['nextPane']).pane).toBe('quotes');
		expect(run(['nextPane', 'nextPane', 'nextPane']).pane).toBe('article');
		expect(run(['nextPane', 'nextPane', 'nextPane', 'nextPane']).pane).toBe('summary');
		expect(run(['previousPane']).pane).toBe('article');
	});

	it('jumps to a pane by number and closes help', () => {
		expect(run(['pane3']).pane).toBe('positions');
		expect(run(['help', 'pane2'])).toMatchObject({pane: 'quotes', help: false});
	});

	it('keeps each pane where it was', () => {
		const state = run(['pane2', 'down', 'down', 'pane3', 'down', 'pane2']);
		expect(state.quotes.speaker).toBe(2);
		expect(state.positions.topic).toBe(1);
	});
});

describe('Summary pane', () => {
	it('scrolls by line and by page within the document', () => {
		expect(run(['down', 'down']).summary.scroll).toBe(2);
		expect(run(['up']).summary.scroll).toBe(0);
		expect(run(['pageDown']).summary.scroll).toBe(9);
		expect(run(['last']).summary.scroll).toBe(30);
		expect(run(['last', 'pageDown']).summary.scroll).toBe(30);
		expect(run(['last', 'first']).summary.scroll).toBe(0);
	});

	it('does not scroll content that fits', () => {
		expect(run(['down', 'pageDown', 'last'], initialNavState, {...limits, detailLines: 5}).summary.scroll).toBe(0);
	});
});

describe('Quotes pane', () => {
	const inQuotes = run(['pane2']);

	it('moves through speakers, clamped, with g and G', () => {
		expect(run(['down', 'down', 'down', 'down', 'down'], inQuotes).quotes.speaker).toBe(3);
		expect(run(['up'], inQuotes).quotes.speaker).toBe(0);
		expect(run(['last'], inQuotes).quotes.speaker).toBe(3);
		expect(run(['last', 'first'], inQuotes).quotes.speaker).toBe(0);
	});

	it('starts a new speaker at their first quote', () => {
		const state = run(['open', 'down', 'back', 'down'], inQuotes);
		expect(state.quotes).toMatchObject({focus: 'speakers', speaker: 1, quote: 0, scroll: 0});
	});

	it('opens a speaker’s quotes, then a quote in its paragraph, and goes back', () => {
		const quotes = run(['open'], inQuotes);
		expect(quotes.quotes.focus).toBe('quotes');
		const paragraph = run(['down', 'open'], quotes);
		expect(paragraph.quotes).toMatchObject({focus: 'paragraph', quote: 1});
		expect(run(['back'], paragraph).quotes.focus).toBe('quotes');
		expect(run(['back', 'back'], paragraph).quotes.focus).toBe('speakers');
	});

	it('does not open a speaker without quotes', () => {
		expect(navigate(inQuotes, 'open', {...limits, quotes: 0}).quotes.focus).toBe('speakers');
	});

	it('keeps the selected quote in view', () => {
		const spans = [
			{top: 0, bottom: 4},
			{top: 6, bottom: 14},
			{top: 16, bottom: 30},
		];
		const withSpans = {...limits, itemSpans: spans};
		const state = run(['open', 'down'], inQuotes, withSpans);
		expect(state.quotes.scroll).toBe(5);
		expect(run(['down'], state, withSpans).quotes.scroll).toBe(16);
		expect(run(['down', 'first'], state, withSpans).quotes.scroll).toBe(0);
	});
});

describe('Positions pane', () => {
	const inPositions = run(['pane3']);

	it('moves through topics and resets the detail scroll', () => {
		const state = run(['pageDown', 'down'], inPositions);
		expect(state.positions).toMatchObject({topic: 1, scroll: 0});
		expect(run(['last'], inPositions).positions.topic).toBe(4);
	});

	it('opens the quotes behind a topic, scrolls them, and goes back', () => {
		const open = run(['down', 'open', 'down', 'down'], inPositions);
		expect(open.positions).toMatchObject({focus: 'quotes', topic: 1, scroll: 2});
		expect(run(['back'], open).positions).toMatchObject({focus: 'topics', topic: 1, scroll: 0});
	});
});

describe('help and quit', () => {
	it('toggles help with ? and closes it with Esc', () => {
		expect(run(['help']).help).toBe(true);
		expect(run(['help', 'help']).help).toBe(false);
		expect(run(['help', 'back']).help).toBe(false);
	});

	it('lets movement keys scroll help instead of the pane underneath', () => {
		const state = run(['pane2', 'help', 'down', 'down']);
		expect(state.helpScroll).toBe(2);
		expect(state.quotes.speaker).toBe(0);
	});

	it('quits from anywhere', () => {
		expect(run(['pane2', 'open', 'open', 'quit']).quit).toBe(true);
		expect(run(['help', 'quit']).quit).toBe(true);
	});
});

describe('scrollToShow', () => {
	it('scrolls the least needed', () => {
		expect(scrollToShow(0, 2, 4, 10)).toBe(0);
		expect(scrollToShow(0, 12, 14, 10)).toBe(5);
		expect(scrollToShow(8, 2, 4, 10)).toBe(2);
		// Taller than the window: show its top.
		expect(scrollToShow(0, 5, 30, 10)).toBe(5);
	});
});

describe('the key table', () => {
	it('maps arrows, vim keys, digits and control keys to commands', () => {
		expect(commandFor('', {rightArrow: true})).toBe('nextPane');
		expect(commandFor('l', {})).toBe('nextPane');
		expect(commandFor('h', {})).toBe('previousPane');
		expect(commandFor('', {tab: true, shift: true})).toBe('previousPane');
		expect(commandFor('j', {})).toBe('down');
		expect(commandFor('k', {})).toBe('up');
		expect(commandFor('2', {})).toBe('pane2');
		expect(commandFor(' ', {})).toBe('pageDown');
		expect(commandFor('G', {})).toBe('last');
		expect(commandFor('', {end: true})).toBe('last');
		expect(commandFor('', {return: true})).toBe('open');
		expect(commandFor('', {escape: true, meta: true})).toBe('back');
		expect(commandFor('', {delete: true})).toBe('back');
		expect(commandFor('?', {})).toBe('help');
		expect(commandFor('q', {})).toBe('quit');
		expect(commandFor('c', {ctrl: true})).toBe('quit');
		expect(commandFor('c', {})).toBeUndefined();
		expect(commandFor('x', {})).toBeUndefined();
	});
});

describe('availableCommands', () => {
	it('offers only what works: no scrolling when the content fits, back only when there is somewhere to go', () => {
		const fits = {...limits, detailLines: 3};
		expect(availableCommands(initialNavState, fits)).not.toContain('pageDown');
		expect(availableCommands(initialNavState, limits)).toContain('pageDown');
		expect(availableCommands(run(['pane2']), limits)).not.toContain('back');
		expect(availableCommands(run(['pane2', 'open']), limits)).toContain('back');
		expect(availableCommands(run(['help']), fits)).toEqual(['back', 'quit']);
	});
});

describe('where the dashboard opens', () => {
	const model = {speakers: [{speaker: {id: 'a'}}, {speaker: {id: 'b'}}, {speaker: {id: 'c'}}]};

	it('at the Summary, the first speaker selected', () => {
		expect(startState(model)).toEqual(initialNavState);
	});

	it('--pane and --speaker: that pane, that speaker selected; an unknown speaker leaves the first', () => {
		expect(startState(model, {pane: 'quotes', speakerId: 'c'})).toMatchObject({pane: 'quotes', quotes: {speaker: 2}});
		expect(startState(model, {pane: 'quotes', speakerId: 'z'}).quotes.speaker).toBe(0);
	});
});

describe('keeping an item in view (scrollToShow)', () => {
	it('leaves the view where it is when the item is in it, from its first line to its last', () => {
		expect(scrollToShow(5, 5, 14, 10)).toBe(5);
	});

	it('scrolls one line for an item that ends one line below the window', () => {
		expect(scrollToShow(5, 12, 15, 10)).toBe(6);
	});

	it('scrolls up to an item that starts above the window', () => {
		expect(scrollToShow(5, 4, 6, 10)).toBe(4);
	});

	it('does nothing without a window to scroll', () => {
		expect(scrollToShow(5, 20, 30, 0)).toBe(5);
	});
});

describe('lists and scrolling at their edges', () => {
	const inQuotes = run(['pane2']);

	it('up moves back one', () => {
		expect(run(['down', 'down', 'up'], inQuotes).quotes.speaker).toBe(1);
		expect(run(['down', 'down', 'up']).summary.scroll).toBe(1);
	});

	it('an empty list keeps the selection at the start', () => {
		expect(run(['last', 'down'], inQuotes, {...limits, speakers: 0}).quotes.speaker).toBe(0);
	});

	it('page up moves back a screenful less a line', () => {
		expect(run(['pageDown', 'pageDown', 'pageUp']).summary.scroll).toBe(9);
	});

	it('a key that neither moves nor opens leaves the state as it was', () => {
		const summary = run(['down']);
		expect(navigate(summary, 'open', limits)).toBe(summary);
		const atFirst = run(['pageDown'], inQuotes);
		expect(navigate(atFirst, 'up', limits)).toBe(atFirst);
	});
});

describe('Quotes pane: the quote list and the paragraph', () => {
	const target = {quoteId: 'q7', place: {paragraph: 4, line: 2}};
	const withTarget = {...limits, quoteTarget: target};
	const inList = run(['pane2', 'open']);
	const inParagraph = run(['open'], inList);

	it('the page keys scroll a speaker’s quotes while the speaker list has the focus', () => {
		expect(run(['pane2', 'pageDown']).quotes).toMatchObject({focus: 'speakers', speaker: 0, scroll: 9});
	});

	it('a key of another pane’s, such as copy, leaves the quote list open', () => {
		expect(navigate(inList, 'copy', limits)).toBe(inList);
	});

	it('in the paragraph, the line keys scroll it, from its top', () => {
		expect(inParagraph.quotes.paragraphScroll).toBe(0);
		expect(run(['down', 'down'], inParagraph, withTarget).quotes).toMatchObject({
			focus: 'paragraph',
			paragraphScroll: 2,
		});
		expect(navigate(inParagraph, 'copy', withTarget)).toBe(inParagraph);
	});

	it('Enter in the paragraph opens the quote in the Article, marked; Esc there comes back', () => {
		const article = navigate(inParagraph, 'open', withTarget);
		expect(article.pane).toBe('article');
		expect(article.article).toEqual({place: target.place, quoteId: 'q7', from: 'quotes'});
		const back = navigate(article, 'back', withTarget);
		expect(back.pane).toBe('quotes');
		expect(back.quotes.focus).toBe('paragraph');
		expect(back.article).toEqual({place: target.place});
		expect(navigate(inParagraph, 'open', limits)).toBe(inParagraph);
	});
});

describe('Positions pane: topics and the quotes behind them', () => {
	const inTopics = run(['pane3']);
	const opened = run(['open'], inTopics);
	const spans = [
		{top: 0, bottom: 3},
		{top: 4, bottom: 12},
		{top: 13, bottom: 20},
	];
	const withQuotes = {...limits, topicQuotes: 3, itemSpans: spans};

	it('] and [ go to the next and previous topic from either focus, the detail at its top', () => {
		expect(run(['nextTopic', 'nextTopic', 'previousTopic'], inTopics).positions.topic).toBe(1);
		expect(run(['down', 'nextTopic'], opened, withQuotes).positions).toEqual({
			focus: 'quotes',
			topic: 1,
			scroll: 0,
			quote: 0,
		});
		const lastTopic = run(['last'], inTopics);
		expect(navigate(lastTopic, 'nextTopic', limits)).toBe(lastTopic);
	});

	it('up on the first topic leaves the state as it was', () => {
		expect(navigate(inTopics, 'up', limits)).toBe(inTopics);
	});

	it('does not open a topic when there are none', () => {
		expect(navigate(inTopics, 'open', {...limits, topics: 0})).toBe(inTopics);
		expect(navigate(inTopics, 'copy', limits)).toBe(inTopics);
	});

	it('opened, the line keys choose among its quotes, keeping the chosen one in view', () => {
		const second = navigate(opened, 'down', withQuotes);
		expect(second.positions).toMatchObject({quote: 1, scroll: 3});
		expect(navigate(second, 'up', withQuotes).positions).toMatchObject({quote: 0, scroll: 0});
		const last = navigate(second, 'last', withQuotes);
		expect(navigate(last, 'down', withQuotes)).toBe(last);
		expect(navigate(opened, 'down', {...limits, topicQuotes: 3}).positions).toMatchObject({quote: 1, scroll: 0});
	});

	it('opened, Enter opens the selected quote in the Article; Esc there comes back to the topic', () => {
		const target = {quoteId: 'q3', place: {paragraph: 6, line: 0}};
		const article = navigate(opened, 'open', {...withQuotes, quoteTarget: target});
		expect(article).toMatchObject({pane: 'article', article: {place: target.place, quoteId: 'q3', from: 'positions'}});
		expect(navigate(article, 'back', limits)).toMatchObject({pane: 'positions', positions: {focus: 'quotes'}});
		expect(navigate(opened, 'open', withQuotes)).toBe(opened);
	});
});

describe('Article pane', () => {
	/** A model of the article: paragraphs of 10 lines each, 5 paragraphs. */
	const moveArticle = (place: {paragraph: number; line: number}, lines: number) => {
		const at = Math.max(0, Math.min(40, place.paragraph * 10 + place.line + lines));
		return {paragraph: Math.floor(at / 10), line: at % 10};
	};
	const withArticle = {...limits, moveArticle};
	const inArticle = run(['pane4']);

	it('the line and page keys move through the paragraphs; g goes back to the top', () => {
		expect(run(['down', 'down'], inArticle, withArticle).article.place).toEqual({paragraph: 0, line: 2});
		expect(run(['pageDown', 'pageDown'], inArticle, withArticle).article.place).toEqual({paragraph: 1, line: 8});
		expect(run(['pageDown', 'first'], inArticle, withArticle).article.place).toEqual({paragraph: 0, line: 0});
	});

	it('a key that does not move it, or a move past the top, leaves the state as it was', () => {
		expect(navigate(inArticle, 'up', withArticle)).toBe(inArticle);
		expect(navigate(inArticle, 'open', withArticle)).toBe(inArticle);
		expect(navigate(inArticle, 'down', limits)).toBe(inArticle);
	});

	it('Esc clears the mark of a quote opened here; with nothing marked it does nothing', () => {
		const marked = {...inArticle, article: {place: {paragraph: 3, line: 0}, quoteId: 'q1'}};
		expect(navigate(marked, 'back', limits)).toEqual({...inArticle, article: {place: {paragraph: 3, line: 0}}});
		expect(navigate(inArticle, 'back', limits)).toBe(inArticle);
	});
});

describe('help', () => {
	it('a key that does not scroll the help leaves it as it is', () => {
		const help = run(['help']);
		expect(navigate(help, 'open', limits)).toBe(help);
	});
});

describe('going to a search match (atMatch)', () => {
	const from = run(['help', 'pane2', 'open', 'down']);

	it('the Summary, scrolled to the line, help closed', () => {
		expect(atMatch({...from, help: true}, {pane: 'summary', scroll: 7})).toMatchObject({
			pane: 'summary',
			help: false,
			summary: {scroll: 7},
		});
	});

	it('a topic: the topics list, that topic selected, its detail at the top', () => {
		const state = atMatch(
			{...from, positions: {focus: 'quotes', topic: 0, scroll: 5, quote: 2}},
			{pane: 'positions', topic: 3},
		);
		expect(state.positions).toEqual({focus: 'topics', topic: 3, scroll: 0, quote: 0});
	});

	it('a speaker without a quote: the speakers list, that speaker, the first quote', () => {
		expect(atMatch(from, {pane: 'quotes', speaker: 2, scroll: 1}).quotes).toEqual({
			focus: 'speakers',
			speaker: 2,
			quote: 0,
			scroll: 1,
			paragraphScroll: 0,
		});
	});

	it('a paragraph of the article', () => {
		expect(atMatch(from, {pane: 'article', place: {paragraph: 3, line: 1}})).toMatchObject({
			pane: 'article',
			article: {place: {paragraph: 3, line: 1}},
		});
	});
});

describe('the mouse', () => {
	it('a click on a topic selects it in the topics list', () => {
		const opened = {
			...run(['pane3', 'open', 'down']),
			positions: {focus: 'quotes' as const, topic: 0, scroll: 4, quote: 1},
		};
		expect(clickOn(opened, {topic: 2}).positions).toEqual({focus: 'topics', topic: 2, scroll: 0, quote: 0});
	});

	it('the wheel scrolls what is shown: the help over everything, else the pane’s detail', () => {
		expect(scrollDetail(run(['help']), 3, limits)).toMatchObject({helpScroll: 3, summary: {scroll: 0}});
		expect(scrollDetail(initialNavState, 3, limits).summary.scroll).toBe(3);
		expect(scrollDetail(run(['pane2']), 3, limits).quotes).toMatchObject({scroll: 3, paragraphScroll: 0});
		expect(scrollDetail(run(['pane2', 'open', 'open']), 3, limits).quotes).toMatchObject({
			scroll: 0,
			paragraphScroll: 3,
		});
		expect(scrollDetail(run(['pane3']), 3, limits).positions.scroll).toBe(3);
		expect(scrollDetail(run(['pane3']), -3, limits).positions.scroll).toBe(0);
	});

	it('the wheel moves the article by lines, where it can', () => {
		const moveArticle = (place: {paragraph: number; line: number}, lines: number) => ({
			...place,
			line: place.line + lines,
		});
		expect(scrollDetail(run(['pane4']), 2, {...limits, moveArticle}).article.place).toEqual({paragraph: 0, line: 2});
		const inArticle = run(['pane4']);
		expect(scrollDetail(inArticle, 2, limits)).toBe(inArticle);
	});
});

describe('after a reload (clampTo)', () => {
	const sizes = {speakers: 2, quotesOf: (speaker: number) => (speaker === 0 ? 0 : 2), topics: 1, paragraphs: 3};

	it('keeps every selection within the briefing’s new lists', () => {
		const state: NavState = {
			...initialNavState,
			quotes: {focus: 'quotes', speaker: 1, quote: 5, scroll: 3, paragraphScroll: 0},
			positions: {focus: 'quotes', topic: 4, scroll: 2, quote: 3},
			article: {place: {paragraph: 9, line: 4}, quoteId: 'q1', from: 'quotes'},
			search: {...initialNavState.search, query: 'veto', index: 3, shown: true, note: 'x'},
		};
		const clamped = clampTo(state, sizes);
		expect(clamped.quotes).toEqual({focus: 'quotes', speaker: 1, quote: 1, scroll: 3, paragraphScroll: 0});
		expect(clamped.positions).toEqual({focus: 'quotes', topic: 0, scroll: 2, quote: 0});
		expect(clamped.article).toEqual({place: {paragraph: 2, line: 0}});
		expect(clamped.search).toEqual({...state.search, index: -1, shown: false, note: undefined});
	});

	it('a speaker left without quotes: back to the speakers list', () => {
		const state: NavState = {...initialNavState, quotes: {...initialNavState.quotes, focus: 'paragraph', quote: 1}};
		expect(clampTo(state, sizes).quotes).toMatchObject({focus: 'speakers', speaker: 0, quote: 0});
		expect(clampTo(initialNavState, sizes).quotes.focus).toBe('speakers');
		const listed: NavState = {...initialNavState, quotes: {...initialNavState.quotes, focus: 'quotes', speaker: 1}};
		expect(clampTo(listed, sizes).quotes.focus).toBe('quotes');
	});
});
