import {describe, expect, it} from 'vitest';
import {
	availableCommands,
	initialNavState,
	type NavLimits,
	type NavState,
	navigate,
	scrollToShow,
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
