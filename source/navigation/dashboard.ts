import type {Command, KeyState} from './keymap.js';
import {PANE_IDS, type PaneId, paneOf, paneTitle} from './panes.js';
import {closedPrompt, editPrompt, type Prompt} from './prompt.js';

// Where the user is in the dashboard, and how each command moves them: a pure reducer,
// tested without Ink. The view computes the limits (list lengths, scrollable heights).

/** In the Quotes pane: choosing a speaker, choosing one of their quotes, or reading a quote in its paragraph. */
export type QuotesFocus = 'speakers' | 'quotes' | 'paragraph';
/** In the Positions pane: choosing a topic, or reading its positions with the quotes behind them. */
export type PositionsFocus = 'topics' | 'quotes';

/** Where the Article pane is scrolled to: the paragraph at the top, and how many of its lines are above the top. */
export type ArticlePlace = {readonly paragraph: number; readonly line: number};

/**
 * A match of a search, where it takes the user: a line of the Summary, a speaker or one of their quotes, a topic, a
 * paragraph of the article. `scroll` brings it into view (computed by the view when first asked for).
 */
export type SearchMatch =
	| {readonly pane: 'summary'; readonly scroll: number}
	| {readonly pane: 'quotes'; readonly speaker: number; readonly quote?: number; readonly scroll: number}
	| {readonly pane: 'positions'; readonly topic: number}
	| {readonly pane: 'article'; readonly place: ArticlePlace};

export type SearchState = {
	/** The `/` prompt: open while the query is typed. */
	readonly prompt: Prompt;
	/** The query searched for (after Enter): its matches stay highlighted, and n / N go through them. */
	readonly query: string;
	/** The match the user is at, in the list of all panes' matches; -1 before the first jump. */
	readonly index: number;
	/** Whether the last key was a search's (the footer then says "match 2 of 7"). */
	readonly shown: boolean;
	/** What the last jump has to say: it went on to another pane, wrapped around, found nothing. */
	readonly note?: string;
};

export const initialSearch: SearchState = {prompt: closedPrompt, query: '', index: -1, shown: false};

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
		/** The selected quote of the opened topic, counted over its positions in order. */
		readonly quote: number;
	};
	readonly article: {
		readonly place: ArticlePlace;
		/** The quote the article was opened at (from Quotes or Positions): marked, and what `y` copies. */
		readonly quoteId?: string;
		/** The pane Esc goes back to, when the article was opened from a quote there. */
		readonly from?: 'quotes' | 'positions';
	};
	readonly search: SearchState;
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
	/** Quotes behind the selected topic's positions (Positions, opened). */
	readonly topicQuotes?: number;
	/** The selected quote, where one is selected: its id and where the Article shows it. */
	readonly quoteTarget?: {readonly quoteId: string; readonly place: ArticlePlace};
	/** Moves the Article's place by a number of lines (negative: up); `Infinity` goes to the end. */
	readonly moveArticle?: (place: ArticlePlace, lines: number) => ArticlePlace;
	/** Every pane's matches of the search being typed or searched, in pane order. */
	readonly matches?: readonly SearchMatch[];
};

export const initialNavState: NavState = {
	pane: 'summary',
	help: false,
	helpScroll: 0,
	quit: false,
	summary: {scroll: 0},
	quotes: {focus: 'speakers', speaker: 0, quote: 0, scroll: 0, paragraphScroll: 0},
	positions: {focus: 'topics', topic: 0, scroll: 0, quote: 0},
	article: {place: {paragraph: 0, line: 0}},
	search: initialSearch,
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
	// Stryker disable next-line EqualityOperator: at top === scroll, returning top is returning scroll
	if (top < scroll) return top;
	if (bottom >= scroll + height) return Math.min(top, bottom - height + 1);
	return scroll;
}

/** How far a page key moves: a screenful less one line of overlap. */
export function page(limits: Pick<NavLimits, 'detailHeight'>): number {
	return Math.max(1, limits.detailHeight - 1);
}

/** How far Ctrl+D and Ctrl+U move: half a screenful. */
export function halfPage(limits: Pick<NavLimits, 'detailHeight'>): number {
	return Math.max(1, Math.floor(limits.detailHeight / 2));
}

function switchPane(state: NavState, pane: PaneId): NavState {
	return {...state, pane, help: false};
}

function movePane(state: NavState, step: number): NavState {
	const index = PANE_IDS.indexOf(state.pane);
	return switchPane(state, PANE_IDS[(index + step + PANE_IDS.length) % PANE_IDS.length]!);
}

/** Moves a selection to `target`, clamped to the list. */
// Stryker disable next-line ConditionalExpression: with no items the clamp gives 0 as well
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
			// Stryker disable next-line ArithmeticOperator: select clamps count + 1 to the last item just the same
			return select(count - 1, count);
		// Stryker disable next-line ConditionalExpression: an emptied default returns undefined all the same
		default:
			return undefined;
	}
}

/** How many lines a scrolling command moves (Infinity: to the end), or undefined for other commands. */
function scrollDelta(command: Command, limits: Pick<NavLimits, 'detailHeight'>, lines: boolean): number | undefined {
	switch (command) {
		case 'pageUp':
			return -page(limits);
		case 'pageDown':
			return page(limits);
		case 'halfPageUp':
			return -halfPage(limits);
		case 'halfPageDown':
			return halfPage(limits);
		// Stryker disable next-line ConditionalExpression: an emptied `default: break` is the same
		default:
			break;
	}
	if (!lines) return undefined;
	switch (command) {
		case 'up':
			return -1;
		case 'down':
			return 1;
		case 'first':
			return Number.NEGATIVE_INFINITY;
		case 'last':
			return Number.POSITIVE_INFINITY;
		// Stryker disable next-line ConditionalExpression: an emptied default returns undefined all the same
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
	const delta = scrollDelta(command, limits, lines);
	if (delta === undefined) return undefined;
	// Stryker disable next-line ConditionalExpression: scrollBy clamps an infinite delta to the top or the end as well
	if (delta === Number.NEGATIVE_INFINITY) return 0;
	// Stryker disable next-line ConditionalExpression: as above
	if (delta === Number.POSITIVE_INFINITY) return scrollBy(0, limits.detailLines, limits);
	return scrollBy(scroll, delta, limits);
}

function summary(state: NavState, command: Command, limits: NavLimits): NavState {
	const scroll = scrollTarget(command, state.summary.scroll, limits, true);
	return scroll === undefined ? state : {...state, summary: {scroll}};
}

/** The Article at a quote's paragraph, the quote marked; Esc comes back to `from`. */
function openInArticle(state: NavState, target: NonNullable<NavLimits['quoteTarget']>, from: 'quotes' | 'positions') {
	return {...state, pane: 'article' as const, article: {place: target.place, quoteId: target.quoteId, from}};
}

function quotes(state: NavState, command: Command, limits: NavLimits): NavState {
	const current = state.quotes;
	const next = (change: Partial<NavState['quotes']>) => ({...state, quotes: {...current, ...change}});

	if (current.focus === 'paragraph') {
		if (command === 'back') return next({focus: 'quotes'});
		// Enter again: the quote in the whole article.
		if (command === 'open') return limits.quoteTarget ? openInArticle(state, limits.quoteTarget, 'quotes') : state;
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

	if (command === 'nextTopic' || command === 'previousTopic') {
		const topic = select(current.topic + (command === 'nextTopic' ? 1 : -1), limits.topics);
		return topic === current.topic ? state : next({topic, scroll: 0, quote: 0});
	}
	const quotesToChoose = !topicsFocused && (limits.topicQuotes ?? 0) > 0;
	const scroll = scrollTarget(command, current.scroll, limits, !topicsFocused && !quotesToChoose);
	if (scroll !== undefined) return next({scroll});
	if (!topicsFocused) {
		if (command === 'back') return next({focus: 'topics', scroll: 0});
		if (command === 'open' && limits.quoteTarget) return openInArticle(state, limits.quoteTarget, 'positions');
		const quote = listTarget(command, current.quote, limits.topicQuotes ?? 0);
		if (quote === undefined || quote === current.quote) return state;
		const span = limits.itemSpans?.[quote];
		return next({
			quote,
			scroll: span ? scrollToShow(current.scroll, span.top, span.bottom, limits.detailHeight) : current.scroll,
		});
	}

	const topic = listTarget(command, current.topic, limits.topics);
	if (topic !== undefined) return topic === current.topic ? state : next({topic, scroll: 0, quote: 0});
	if (command === 'open' && limits.topics > 0) return next({focus: 'quotes', scroll: 0, quote: 0});
	return state;
}

function article(state: NavState, command: Command, limits: NavLimits): NavState {
	const current = state.article;
	if (command === 'back') {
		if (current.from) return {...switchPane(state, current.from), article: {place: current.place}};
		return current.quoteId ? {...state, article: {place: current.place}} : state;
	}
	const delta = scrollDelta(command, limits, true);
	if (delta === undefined || !limits.moveArticle) return state;
	const place = delta === Number.NEGATIVE_INFINITY ? {paragraph: 0, line: 0} : limits.moveArticle(current.place, delta);
	if (place.paragraph === current.place.paragraph && place.line === current.place.line) return state;
	return {...state, article: {...current, place}};
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

/** The state at a match: its pane, with its speaker, quote, topic or line selected and in view. */
export function atMatch(state: NavState, match: SearchMatch): NavState {
	const base = {...state, pane: match.pane, help: false};
	switch (match.pane) {
		case 'summary':
			return {...base, summary: {scroll: match.scroll}};
		case 'quotes':
			return {
				...base,
				quotes: {
					focus: match.quote === undefined ? 'speakers' : 'quotes',
					speaker: match.speaker,
					quote: match.quote ?? 0,
					scroll: match.scroll,
					paragraphScroll: 0,
				},
			};
		case 'positions':
			return {...base, positions: {focus: 'topics', topic: match.topic, scroll: 0, quote: 0}};
		case 'article':
			return {...base, article: {place: match.place}};
	}
}

const order = (pane: PaneId) => PANE_IDS.indexOf(pane);

/** The first match from `pane` on: in that pane, else in the next pane (in tab order, around) that has one. */
function firstFrom(matches: readonly SearchMatch[], pane: PaneId): number {
	const here = matches.findIndex(match => match.pane === pane);
	if (here !== -1) return here;
	const after = matches.findIndex(match => order(match.pane) > order(pane));
	return after === -1 ? 0 : after;
}

/** The search after Enter: the query kept, and the first match (in this pane, else the next that has one). */
function submitSearch(state: NavState, text: string, limits: NavLimits): NavState {
	const matches = limits.matches ?? [];
	const query = text.trim();
	if (query === '') return {...state, search: {...initialSearch, prompt: {open: false, text: ''}}};
	if (matches.length === 0)
		return {
			...state,
			search: {prompt: {open: false, text}, query, index: -1, shown: true, note: `no match for “${query}”`},
		};
	const index = firstFrom(matches, state.pane);
	const match = matches[index]!;
	const note =
		match.pane === state.pane ? undefined : `none in ${paneTitle(state.pane)}: on to ${paneTitle(match.pane)}`;
	return {
		...atMatch(state, match),
		search: {prompt: {open: false, text}, query, index, shown: true, ...(note ? {note} : {})},
	};
}

/** n / N: the next or previous match, on to the next pane when this one has no more, around at the end. */
function stepSearch(state: NavState, step: 1 | -1, limits: NavLimits): NavState {
	const {search} = state;
	const matches = limits.matches ?? [];
	if (search.query === '') return {...state, search: {...search, shown: true, note: 'no search yet: / searches'}};
	if (matches.length === 0) return {...state, search: {...search, shown: true, note: `no match for “${search.query}”`}};
	// Before the first jump (or after the list changed), n starts at the first match from this pane.
	const from = search.index >= 0 && search.index < matches.length ? search.index : undefined;
	const index = from === undefined ? firstFrom(matches, state.pane) : (from + step + matches.length) % matches.length;
	const match = matches[index]!;
	const wrapped = from !== undefined && (step === 1 ? index <= from : index >= from);
	const previous = from === undefined ? state.pane : matches[from]!.pane;
	const note = wrapped
		? step === 1
			? 'search wrapped around to the first match'
			: 'search wrapped around to the last match'
		: match.pane !== previous
			? `no more in ${paneTitle(previous)}: on to ${paneTitle(match.pane)}`
			: undefined;
	return {...atMatch(state, match), search: {...search, index, shown: true, ...(note ? {note} : {})}};
}

/** A key typed while the search prompt is open: text, or Enter (search), Esc (close), Backspace. */
export function typeInSearch(state: NavState, input: string, key: KeyState, limits: NavLimits): NavState {
	const {prompt, action} = editPrompt(state.search.prompt, input, key);
	switch (action) {
		case 'none':
			return state;
		case 'edit':
			return {...state, search: {...state.search, prompt, shown: false}};
		case 'cancel': {
			const {note: _note, ...rest} = state.search;
			return {...state, search: {...rest, prompt: {open: false, text: state.search.query}}};
		}
		case 'submit':
			return submitSearch(state, prompt.text, limits);
	}
}

/** The text whose matches are shown: what is being typed, else what was searched for. */
export function searchText(search: SearchState): string {
	return search.prompt.open ? search.prompt.text : search.query;
}

/** The state after a command. Pane switches, help and quit work everywhere; the rest belong to the pane. */
export function navigate(state: NavState, command: Command, limits: NavLimits): NavState {
	// The footer's word on the last search (and "match 2 of 7") lasts until the next key.
	const settled = state.search.shown ? {...state, search: {...state.search, shown: false, note: undefined}} : state;
	return act(settled, command, limits);
}

function act(state: NavState, command: Command, limits: NavLimits): NavState {
	switch (command) {
		case 'quit':
			return {...state, quit: true};
		case 'help':
			return {...state, help: !state.help, helpScroll: 0};
		case 'nextPane':
			return movePane(state, 1);
		case 'previousPane':
			return movePane(state, -1);
		case 'search':
			return {...state, help: false, search: {...state.search, prompt: {open: true, text: ''}, shown: false}};
		case 'nextMatch':
			return stepSearch(state, 1, limits);
		case 'previousMatch':
			return stepSearch(state, -1, limits);
		// Stryker disable next-line ConditionalExpression: an emptied `default: break` is the same
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
		case 'article':
			return article(state, command, limits);
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
				list.push('open', 'back', 'copy');
			} else {
				if (scrolls) list.push('down');
				if (limits.quoteTarget) list.push('open');
				list.push('back', 'copy');
			}
			if (scrolls && state.quotes.focus !== 'paragraph') list.push('pageDown');
			break;
		case 'positions':
			if (state.positions.focus === 'topics') {
				if (limits.topics > 1) list.push('down');
				if (limits.topics > 0) list.push('open');
			} else {
				if (scrolls || (limits.topicQuotes ?? 0) > 1) list.push('down');
				if (limits.quoteTarget) list.push('open');
				list.push('back');
				if (limits.quoteTarget) list.push('copy');
			}
			if (limits.topics > 1) list.push('nextTopic');
			if (scrolls) list.push('pageDown');
			break;
		case 'article':
			if (scrolls) list.push('down', 'pageDown');
			if (state.article.from || state.article.quoteId) list.push('back');
			if (state.article.quoteId) list.push('copy');
			break;
	}
	if (limits.matches !== undefined && state.search.query !== '' && limits.matches.length > 0) list.push('nextMatch');
	else list.push('search');
	if (canLeave && atTopLevel(state)) list.push('back');
	return [...list, ...always];
}

/** Whether Esc has nothing left to close inside the dashboard (so it can go back to the story picker). */
export function atTopLevel(state: NavState): boolean {
	if (state.help) return false;
	if (state.pane === 'quotes') return state.quotes.focus === 'speakers';
	if (state.pane === 'positions') return state.positions.focus === 'topics';
	if (state.pane === 'article') return !state.article.from && !state.article.quoteId;
	return true;
}

/** What a click (`--mouse`) lands on: a tab, a speaker, a topic. */
export type ClickTarget = {readonly pane: PaneId} | {readonly speaker: number} | {readonly topic: number};

/** The state after a click on a target: its pane, its speaker or topic selected (the list focused). */
export function clickOn(state: NavState, target: ClickTarget): NavState {
	if ('pane' in target) return switchPane(state, target.pane);
	if ('speaker' in target)
		return {...state, quotes: {...state.quotes, focus: 'speakers', speaker: target.speaker, quote: 0, scroll: 0}};
	return {...state, positions: {...state.positions, focus: 'topics', topic: target.topic, scroll: 0, quote: 0}};
}

/** The wheel (`--mouse`): the scrollable detail of the current place moved by `lines` (negative: up). */
export function scrollDetail(state: NavState, lines: number, limits: NavLimits): NavState {
	if (state.help) return {...state, helpScroll: scrollBy(state.helpScroll, lines, limits)};
	switch (state.pane) {
		case 'summary':
			return {...state, summary: {scroll: scrollBy(state.summary.scroll, lines, limits)}};
		case 'quotes':
			return state.quotes.focus === 'paragraph'
				? {...state, quotes: {...state.quotes, paragraphScroll: scrollBy(state.quotes.paragraphScroll, lines, limits)}}
				: {...state, quotes: {...state.quotes, scroll: scrollBy(state.quotes.scroll, lines, limits)}};
		case 'positions':
			return {...state, positions: {...state.positions, scroll: scrollBy(state.positions.scroll, lines, limits)}};
		case 'article':
			return limits.moveArticle
				? {...state, article: {...state.article, place: limits.moveArticle(state.article.place, lines)}}
				: state;
	}
}

/** A state kept within a briefing's lists after the briefing has changed (reloaded from its file). */
export function clampTo(
	state: NavState,
	sizes: {
		readonly speakers: number;
		readonly quotesOf: (speaker: number) => number;
		readonly topics: number;
		readonly paragraphs: number;
	},
): NavState {
	const speaker = select(state.quotes.speaker, sizes.speakers);
	const quotes = sizes.quotesOf(speaker);
	const quote = select(state.quotes.quote, quotes);
	return {
		...state,
		quotes: {
			...state.quotes,
			speaker,
			quote,
			// Stryker disable next-line ConditionalExpression,StringLiteral: focus 'speakers' set again is no change
			...(quotes === 0 && state.quotes.focus !== 'speakers' ? {focus: 'speakers' as const} : {}),
		},
		positions: {...state.positions, topic: select(state.positions.topic, sizes.topics), quote: 0},
		article: {place: {paragraph: select(state.article.place.paragraph, sizes.paragraphs), line: 0}},
		search: {...state.search, index: -1, shown: false, note: undefined},
	};
}
