import type {Command} from './keymap.js';
import {PANE_IDS, type PaneId, paneOf} from './panes.js';

// Where the user is in the dashboard, and how each command moves them: a pure reducer,
// tested without Ink. The view computes the limits (list lengths, scrollable heights).

/** In the Quotes pane: choosing a speaker, choosing one of their quotes, or reading a quote in its paragraph. */
export type QuotesFocus = 'speakers' | 'quotes' | 'paragraph';
/** In the Positions pane: choosing a topic, or reading its positions with the quotes behind them. */
export type PositionsFocus = 'topics' | 'quotes';

export type NavState = {
	readonly pane: PaneId;
	readonly help: boolean;
	/** First visible line of the help overlay, on terminals too short for all of it. */
	readonly helpScroll: number;
	readonly quit: boolean;
	readonly summary: {readonly scroll: number};
	readonly quotes: {
		readonly focus: QuotesFocus;
		readonly speaker: number;
		readonly quote: number;
		/** First visible line of the speaker's quotes. */
		readonly scroll: number;
		/** First visible line of the paragraph view. */
		readonly paragraphScroll: number;
	};
	readonly positions: {
		readonly focus: PositionsFocus;
		readonly topic: number;
		readonly scroll: number;
	};
};

/** What the current view holds: list lengths and the scrollable detail of the current pane. */
export type NavLimits = {
	readonly speakers: number;
	/** Quotes of the selected speaker. */
	readonly quotes: number;
	readonly topics: number;
	/** Lines of the scrollable detail now shown, and how many fit. */
	readonly detailLines: number;
	readonly detailHeight: number;
	/** Line spans of the selectable items in the detail (the speaker's quotes), to keep the selected one in view. */
	readonly itemSpans?: readonly {readonly top: number; readonly bottom: number}[];
};

export const initialNavState: NavState = {
	pane: 'summary',
	help: false,
	helpScroll: 0,
	quit: false,
	summary: {scroll: 0},
	quotes: {focus: 'speakers', speaker: 0, quote: 0, scroll: 0, paragraphScroll: 0},
	positions: {focus: 'topics', topic: 0, scroll: 0},
};

/** Where the dashboard opens: a pane, and in the Quotes pane a speaker (by id). */
export type StartAt = {readonly pane?: PaneId; readonly speakerId?: string};

/** The state a dashboard opens in, for a briefing whose speakers are listed in this order. */
export function startState(
	model: {readonly speakers: readonly {readonly speaker: {readonly id: string}}[]},
	start?: StartAt,
): NavState {
	const speaker = model.speakers.findIndex(entry => entry.speaker.id === start?.speakerId);
	return {
		...initialNavState,
		pane: start?.pane ?? initialNavState.pane,
		quotes: {...initialNavState.quotes, speaker: Math.max(0, speaker)},
	};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** A scroll position moved by `delta` lines, kept within the scrollable detail. */
export function scrollBy(
	scroll: number,
	delta: number,
	limits: Pick<NavLimits, 'detailLines' | 'detailHeight'>,
): number {
	return clamp(scroll + delta, 0, Math.max(0, limits.detailLines - limits.detailHeight));
}

/** The smallest scroll change that brings lines top..bottom into a window of `height` lines. */
export function scrollToShow(scroll: number, top: number, bottom: number, height: number): number {
	if (height <= 0) return scroll;
	if (top < scroll) return top;
	if (bottom >= scroll + height) return Math.min(top, bottom - height + 1);
	return scroll;
}

/** How far a page key moves: a screenful less one line of overlap. */
export function page(limits: Pick<NavLimits, 'detailHeight'>): number {
	return Math.max(1, limits.detailHeight - 1);
}

function switchPane(state: NavState, pane: PaneId): NavState {
	return {...state, pane, help: false};
}

function movePane(state: NavState, step: number): NavState {
	const index = PANE_IDS.indexOf(state.pane);
	return switchPane(state, PANE_IDS[(index + step + PANE_IDS.length) % PANE_IDS.length]!);
}

/** Moves a selection to `target`, clamped to the list. */
export const select = (target: number, count: number) => (count === 0 ? 0 : clamp(target, 0, count - 1));

/** Where up/down/first/last take a selection in a list of `count`, or undefined for other commands. */
export function listTarget(command: Command, index: number, count: number): number | undefined {
	switch (command) {
		case 'up':
			return select(index - 1, count);
		case 'down':
			return select(index + 1, count);
		case 'first':
			return 0;
		case 'last':
			return select(count - 1, count);
		default:
			return undefined;
	}
}

/**
 * Where a scroll command takes a scrolled view, or undefined for other commands. Page keys always
 * scroll; the line keys (↑↓, g/G) only where they are not moving a selection (`lines`).
 */
export function scrollTarget(
	command: Command,
	scroll: number,
	limits: Pick<NavLimits, 'detailLines' | 'detailHeight'>,
	lines: boolean,
): number | undefined {
	switch (command) {
		case 'pageUp':
			return scrollBy(scroll, -page(limits), limits);
		case 'pageDown':
			return scrollBy(scroll, page(limits), limits);
		default:
			break;
	}
	if (!lines) return undefined;
	switch (command) {
		case 'up':
			return scrollBy(scroll, -1, limits);
		case 'down':
			return scrollBy(scroll, 1, limits);
		case 'first':
			return 0;
		case 'last':
			return scrollBy(0, limits.detailLines, limits);
		default:
			return undefined;
	}
}

function summary(state: NavState, command: Command, limits: NavLimits): NavState {
	const scroll = scrollTarget(command, state.summary.scroll, limits, true);
	return scroll === undefined ? state : {...state, summary: {scroll}};
}

function quotes(state: NavState, command: Command, limits: NavLimits): NavState {
	const current = state.quotes;
	const next = (change: Partial<NavState['quotes']>) => ({...state, quotes: {...current, ...change}});

	if (current.focus === 'paragraph') {
		if (command === 'back') return next({focus: 'quotes'});
		const paragraphScroll = scrollTarget(command, current.paragraphScroll, limits, true);
		return paragraphScroll === undefined ? state : next({paragraphScroll});
	}
	const scroll = scrollTarget(command, current.scroll, limits, false);
	if (scroll !== undefined) return next({scroll});

	if (current.focus === 'speakers') {
		const speaker = listTarget(command, current.speaker, limits.speakers);
		if (speaker !== undefined) return speaker === current.speaker ? state : next({speaker, quote: 0, scroll: 0});
		if (command === 'open' && limits.quotes > 0) return next({focus: 'quotes', quote: 0, scroll: 0});
		return state;
	}
	const quote = listTarget(command, current.quote, limits.quotes);
	if (quote !== undefined) {
		// Keep the selected quote in view.
		const span = limits.itemSpans?.[quote];
		return next({
			quote,
			scroll: span ? scrollToShow(current.scroll, span.top, span.bottom, limits.detailHeight) : current.scroll,
		});
	}
	if (command === 'open') return next({focus: 'paragraph', paragraphScroll: 0});
	if (command === 'back') return next({focus: 'speakers'});
	return state;
}

function positions(state: NavState, command: Command, limits: NavLimits): NavState {
	const current = state.positions;
	const next = (change: Partial<NavState['positions']>) => ({...state, positions: {...current, ...change}});
	const topicsFocused = current.focus === 'topics';

	const scroll = scrollTarget(command, current.scroll, limits, !topicsFocused);
	if (scroll !== undefined) return next({scroll});
	if (!topicsFocused) return command === 'back' ? next({focus: 'topics', scroll: 0}) : state;

	const topic = listTarget(command, current.topic, limits.topics);
	if (topic !== undefined) return topic === current.topic ? state : next({topic, scroll: 0});
	if (command === 'open' && limits.topics > 0) return next({focus: 'quotes', scroll: 0});
	return state;
}

type HelpState = {readonly help: boolean; readonly helpScroll: number};

/** While help is open, the movement keys scroll it (on short terminals) and Esc closes it. */
export function helpNavigate<S extends HelpState>(
	state: S,
	command: Command,
	limits: Pick<NavLimits, 'detailLines' | 'detailHeight'>,
): S {
	if (command === 'back') return {...state, help: false};
	const helpScroll = scrollTarget(command, state.helpScroll, limits, true);
	return helpScroll === undefined ? state : {...state, helpScroll};
}

/** The state after a command. Pane switches, help and quit work everywhere; the rest belong to the pane. */
export function navigate(state: NavState, command: Command, limits: NavLimits): NavState {
	switch (command) {
		case 'quit':
			return {...state, quit: true};
		case 'help':
			return {...state, help: !state.help, helpScroll: 0};
		case 'nextPane':
			return movePane(state, 1);
		case 'previousPane':
			return movePane(state, -1);
		default:
			break;
	}
	const pane = paneOf(command);
	if (pane) return switchPane(state, pane);
	if (state.help) return helpNavigate(state, command, limits);
	switch (state.pane) {
		case 'summary':
			return summary(state, command, limits);
		case 'quotes':
			return quotes(state, command, limits);
		case 'positions':
			return positions(state, command, limits);
	}
}

/**
 * The commands that do something in this state: the footer shows these. `canLeave`: the story was
 * opened from the story picker, so Esc at its top level goes back there.
 */
export function availableCommands(state: NavState, limits: NavLimits, canLeave = false): Command[] {
	const always: Command[] = ['nextPane', 'help', 'quit'];
	if (state.help) return limits.detailLines > limits.detailHeight ? ['down', 'back', 'quit'] : ['back', 'quit'];
	const scrolls = limits.detailLines > limits.detailHeight;
	const list: Command[] = [];
	switch (state.pane) {
		case 'summary':
			if (scrolls) list.push('down', 'pageDown', 'first');
			break;
		case 'quotes':
			if (state.quotes.focus === 'speakers') {
				if (limits.speakers > 1) list.push('down');
				if (limits.quotes > 0) list.push('open');
			} else if (state.quotes.focus === 'quotes') {
				if (limits.quotes > 1) list.push('down');
				list.push('open', 'back');
			} else {
				if (scrolls) list.push('down');
				list.push('back');
			}
			if (scrolls && state.quotes.focus !== 'paragraph') list.push('pageDown');
			break;
		case 'positions':
			if (state.positions.focus === 'topics') {
				if (limits.topics > 1) list.push('down');
				if (limits.topics > 0) list.push('open');
			} else {
				if (scrolls) list.push('down');
				list.push('back');
			}
			if (scrolls) list.push('pageDown');
			break;
	}
	if (canLeave && atTopLevel(state)) list.push('back');
	return [...list, ...always];
}

/** Whether Esc has nothing left to close inside the dashboard (so it can go back to the story picker). */
export function atTopLevel(state: NavState): boolean {
	if (state.help) return false;
	if (state.pane === 'quotes') return state.quotes.focus === 'speakers';
	if (state.pane === 'positions') return state.positions.focus === 'topics';
	return true;
}
