import type {Quote} from '../model/schema.js';
import {
	availableCommands,
	type ClickTarget,
	type NavLimits,
	type NavState,
	searchText,
} from '../navigation/dashboard.js';
import type {Command} from '../navigation/keymap.js';
import {PANE_IDS, PANES, type PaneId, paneTitle} from '../navigation/panes.js';
import {foldQuery} from '../search/fold.js';
import {markMatches, styleCodes} from '../search/highlight.js';
import {articleBlock, blockMover, quotesByParagraph} from './article-view.js';
import {footerLine, headerLines, helpLines, promptLine, tabLine} from './chrome-view.js';
import type {DashboardModel} from './dashboard-model.js';
import {draftTag} from './draft-marks.js';
import type {Layout} from './layout.js';
import {agreementLegend, agreementTag, topicDetail, topicLine, topicQuotes} from './positions-view.js';
import {markSelected, paragraphLines, speakerLabel, speakerQuoteList, voiceLines} from './quotes-view.js';
import {centredStart, rangeLabel, scrollbar, windowOf} from './scroll.js';
import {createSearch, matchCounts, matchPosition} from './search-view.js';
import {outletVoiceLine} from './sources-view.js';
import {summaryLines} from './summary-view.js';
import {cells, fit, spread, wrap} from './text.js';

// Everything a frame shows, computed from the model, the layout and the navigation state.
// Wrapped text is computed once per width and cached; a key press only slices what is visible,
// so moving around costs the same on a briefing of ten quotes or ten thousand.

export type ListItem = {readonly key: string; readonly label: string};

export type ListView = {
	readonly items: readonly ListItem[];
	/** Index of the selected item within `items` (the visible window), or -1. */
	readonly selected: number;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
};

export type BodyView =
	| {readonly kind: 'lines'; readonly lines: readonly string[]}
	| {readonly kind: 'list'; readonly top: readonly string[]; readonly list: ListView}
	| {
			readonly kind: 'speakers';
			readonly top: readonly string[];
			readonly list: ListView;
			/** Beside the list (wide terminals) or below it (narrow ones). */
			readonly beside: boolean;
			readonly between: string;
			readonly detail: readonly string[];
			readonly detailWidth: number;
	  };

export type FrameView = {
	readonly header: readonly string[];
	/** The line under the header: the tab strip in the dashboard, the folder in the picker. */
	readonly bar: string;
	readonly body: BodyView;
	readonly footer: string;
};

type Scrolled = {lines: readonly string[]; scroll: number; width: number; height: number};

/**
 * Views of one briefing at one terminal size. Create a new one when either changes. `canLeave`: the
 * story was opened from the story picker (the footer then says that Esc goes back to it).
 */
export function createFrameViews(model: DashboardModel, layout: Layout, styled: boolean, canLeave = false) {
	const cache = new Map<string, unknown>();
	const memo = <T>(key: string, make: () => T): T => {
		if (!cache.has(key)) cache.set(key, make());
		return cache.get(key) as T;
	};
	const {theme} = model;
	const body = layout.bodyHeight;
	const columns = layout.columns;
	const hit = styleCodes(theme.match);

	// Quotes pane geometry: the share of voice on top (its legend on two lines where one cannot name
	// every side), then the speakers and their quotes.
	const voiceRows = body >= 12 ? 3 : 1;
	const voice = voiceLines(model, columns, voiceRows).map(line => fit(line, columns));
	// A merged briefing: the share of voice by outlet too, where there is room.
	const byOutlet = body >= 14 ? outletVoiceLine(model, columns) : undefined;
	if (byOutlet !== undefined) voice.push(fit(byOutlet, columns));
	const voiceGap = body >= 16 ? 1 : 0;
	const quotesArea = Math.max(0, body - voice.length - voiceGap);
	const beside = layout.wideQuotes;
	const twoLineItems = beside && quotesArea >= 8;
	const listWidth = beside ? layout.listWidth : columns;
	const listHeight = beside
		? quotesArea
		: Math.min(Math.max(1, model.speakers.length), Math.max(3, Math.floor(quotesArea / 3)));
	// The detail keeps one cell before its scrollbar and one for the scrollbar itself. Every width is clamped at 0:
	// a terminal can be one column wide, and a negative width would throw (String.repeat) in the views below.
	const quoteDetailWidth = Math.max(0, beside ? columns - listWidth - 3 - 2 : columns - 2);
	const quoteDetailHeight = beside ? quotesArea : Math.max(0, quotesArea - listHeight - 1);

	// Positions pane geometry.
	const topicRows = Math.min(Math.max(1, model.topics.length), Math.max(3, Math.floor((body - 1) * 0.35)));
	const contentWidth = Math.max(0, columns - 3); // a margin on the left; a gap and the scrollbar on the right

	const summary = () => memo('summary', () => summaryLines(model, contentWidth));
	const quoteList = (speaker: number) =>
		memo(`quotes:${speaker}`, () => {
			const entry = model.speakers[speaker];
			return entry ? speakerQuoteList(model, entry, quoteDetailWidth) : {lines: [], spans: []};
		});
	const paragraph = (speaker: number, quote: number) =>
		memo(`paragraph:${speaker}:${quote}`, () => {
			const entry = model.speakers[speaker];
			const chosen = entry?.quotes[quote];
			return entry && chosen ? paragraphLines(model, entry, chosen, contentWidth) : [];
		});
	const quotesOfTopic = (topic: number) =>
		memo(`topicQuotes:${topic}`, () => {
			const chosen = model.topics[topic];
			return chosen ? topicQuotes(model, chosen) : [];
		});
	const topicDetailOf = (topic: number, withQuotes: boolean, selected = -1) =>
		memo(`topic:${topic}:${withQuotes}:${withQuotes ? selected : -1}`, () => {
			const chosen = model.topics[topic];
			return chosen
				? topicDetail(model, chosen, contentWidth, {
						sideBySide: layout.sideBySide,
						withQuotes,
						...(withQuotes && selected >= 0 ? {selected} : {}),
					})
				: {head: [], lines: [], spans: []};
		});
	const help = () => memo('help', () => helpLines(theme, contentWidth));
	const noQuotes = () =>
		memo('noQuotes', () => {
			const named = new Intl.ListFormat('en', {type: 'conjunction'}).format(
				model.speakers.map(entry => entry.speaker.name),
			);
			const lines = named ? wrap(theme.dim(`The briefing names ${named}, but quotes none of them.`), contentWidth) : [];
			return Array.from({length: quotesArea}, (_, row) => ` ${lines[row] ?? ''}`);
		});

	// The Article pane: paragraphs wrapped as they come into view (an article can be megabytes).
	const paragraphCount = model.briefing.paragraphs.length;
	const byParagraph = () => memo('byParagraph', () => quotesByParagraph(model));
	const block = (index: number, marked?: string) => {
		const plain = memo(`article:${index}`, () => articleBlock(model, byParagraph(), index, contentWidth));
		if (marked === undefined || !(byParagraph().get(index) ?? []).some(quote => quote.id === marked)) return plain;
		return memo(`article:${index}:${marked}`, () => articleBlock(model, byParagraph(), index, contentWidth, marked));
	};
	const mover = blockMover(paragraphCount, index => block(index).length, body);

	const search = createSearch({
		model,
		summaryLines: summary,
		quoteSpan: (speaker, quote) => quoteList(speaker).spans[quote],
		quoteDetailHeight,
		summaryHeight: body,
	});

	/**
	 * The selected topic's detail as the Positions pane lays it out: the side names (head) stay above the
	 * columns and only the positions below them scroll, where there is room for at least a line of them;
	 * else the names scroll with the rest.
	 */
	function topicLayout(state: NavState): {
		head: readonly string[];
		lines: readonly string[];
		height: number;
		spans: readonly {top: number; bottom: number}[];
	} {
		const open = state.positions.focus === 'quotes';
		const {head, lines, spans} = topicDetailOf(state.positions.topic, open, state.positions.quote);
		const room = open ? body - 1 : Math.max(0, body - 2 - topicRows);
		if (room > head.length) return {head, lines, height: room - head.length, spans};
		const shifted = spans.map(span => ({top: span.top + head.length, bottom: span.bottom + head.length}));
		return {head: [], lines: [...head, ...lines], height: room, spans: shifted};
	}

	/** The scrollable part of the current state: its lines, where it is scrolled to, its size. */
	function scrolled(state: NavState): Scrolled {
		if (state.help) return {lines: help(), scroll: state.helpScroll, width: contentWidth, height: body};
		switch (state.pane) {
			case 'summary':
				return {lines: summary(), scroll: state.summary.scroll, width: contentWidth, height: body};
			case 'quotes':
				if (state.quotes.focus === 'paragraph')
					return {
						lines: paragraph(state.quotes.speaker, state.quotes.quote),
						scroll: state.quotes.paragraphScroll,
						width: contentWidth,
						height: quotesArea,
					};
				return {
					lines: quoteList(state.quotes.speaker).lines,
					scroll: state.quotes.scroll,
					width: quoteDetailWidth,
					height: quoteDetailHeight,
				};
			case 'positions': {
				const {lines, height} = topicLayout(state);
				return {lines, scroll: state.positions.scroll, width: contentWidth, height};
			}
			case 'article':
				// Scrolled by paragraph (see articleWindow); here only whether it scrolls at all.
				return {
					lines: mover.fits() ? [] : Array.from({length: body + 1}, () => ''),
					scroll: 0,
					width: contentWidth,
					height: body,
				};
		}
	}

	/** The quote the user has selected, if any: what `y` copies and Enter opens in the article. */
	function selectedQuote(state: NavState): Quote | undefined {
		if (state.help) return undefined;
		switch (state.pane) {
			case 'quotes':
				return state.quotes.focus === 'speakers'
					? undefined
					: model.speakers[state.quotes.speaker]?.quotes[state.quotes.quote];
			case 'positions':
				return state.positions.focus === 'quotes'
					? quotesOfTopic(state.positions.topic)[state.positions.quote]
					: undefined;
			case 'article':
				return state.article.quoteId === undefined ? undefined : model.quoteById.get(state.article.quoteId);
			default:
				return undefined;
		}
	}

	function limits(state: NavState): NavLimits {
		const detail = scrolled(state);
		const quote = selectedQuote(state);
		const text = searchText(state.search);
		const positionsOpen = state.pane === 'positions' && state.positions.focus === 'quotes' && !state.help;
		return {
			speakers: model.size.quotes === 0 ? 0 : model.speakers.length,
			quotes: model.speakers[state.quotes.speaker]?.count ?? 0,
			topics: model.topics.length,
			detailLines: detail.lines.length,
			detailHeight: detail.height,
			...(state.pane === 'quotes' && state.quotes.focus === 'quotes' && !state.help
				? {itemSpans: quoteList(state.quotes.speaker).spans}
				: {}),
			...(positionsOpen
				? {topicQuotes: quotesOfTopic(state.positions.topic).length, itemSpans: topicLayout(state).spans}
				: {}),
			...(quote && quote.paragraph !== undefined && quote.paragraph < paragraphCount
				? {quoteTarget: {quoteId: quote.id, place: {paragraph: quote.paragraph, line: 0}}}
				: {}),
			moveArticle: mover.move,
			...(text.trim() === '' ? {} : {matches: search.matches(text)}),
		};
	}

	/** The visible lines, the search's matches marked (the lines around them are looked at for a match split by a wrap). */
	function marked(lines: readonly string[], query: string): readonly string[] {
		return query === '' ? lines : markMatches(lines, query, hit.open, hit.close);
	}

	/** The visible lines of a scrolled view, each with the scrollbar cell, padded to `height`. */
	function render(
		view: Scrolled,
		margin: string,
		query: string,
		selected?: readonly string[],
	): {lines: string[]; start: number} {
		const {visible, start} = windowOf(selected ?? view.lines, view.scroll, view.height);
		const bar = scrollbar(view.lines.length, start, view.height, theme.dim);
		const shown = marked(visible, query);
		const lines = Array.from(
			{length: view.height},
			(_, row) => `${margin}${fit(shown[row] ?? '', view.width)} ${bar[row]}`,
		);
		return {lines, start};
	}

	/** The article from its place down, a screenful, with a scrollbar by paragraph. */
	function articleBody(state: NavState, query: string): string[] {
		if (paragraphCount === 0)
			return Array.from({length: body}, (_, row) =>
				row === 0 ? theme.dim(' The briefing holds no article text.') : '',
			);
		const place = mover.move(state.article.place, 0);
		const visible: string[] = [];
		let last = place.paragraph;
		for (let index = place.paragraph; index < paragraphCount && visible.length < body; index++) {
			const lines = block(index, state.article.quoteId);
			for (let line = index === place.paragraph ? place.line : 0; line < lines.length && visible.length < body; line++)
				visible.push(lines[line]!);
			last = index;
		}
		const shown = marked(visible, query);
		const fits = mover.fits();
		const span = last - place.paragraph + 1;
		const thumb = Math.max(1, Math.round((body * span) / paragraphCount));
		const room = Math.max(1, paragraphCount - span);
		const top = Math.min(body - thumb, Math.round((place.paragraph / room) * (body - thumb)));
		return Array.from({length: body}, (_, row) => {
			const bar = fits ? ' ' : row >= top && row < top + thumb ? '┃' : theme.dim('│');
			return ` ${fit(shown[row] ?? '', contentWidth)} ${bar}`;
		});
	}

	function position(state: NavState, view: Scrolled, start: number): string {
		const range = view.lines.length > view.height ? rangeLabel(start, view.height, view.lines.length) : '';
		if (state.help) return range;
		const of = (label: string, index: number, count: number) => (count > 0 ? `${label} ${index + 1} of ${count}` : '');
		switch (state.pane) {
			case 'summary':
				return range;
			case 'quotes': {
				const entry = model.speakers[state.quotes.speaker];
				if (model.size.quotes === 0) return '';
				if (state.quotes.focus === 'speakers') return of('speaker', state.quotes.speaker, model.speakers.length);
				return of('quote', state.quotes.quote, entry?.count ?? 0);
			}
			case 'positions': {
				const topic = of('topic', state.positions.topic, model.topics.length);
				const quotes = quotesOfTopic(state.positions.topic).length;
				const quote = state.positions.focus === 'quotes' ? of('quote', state.positions.quote, quotes) : '';
				return [topic, quote, range].filter(Boolean).join(' · ');
			}
			case 'article':
				return paragraphCount > 0 ? `¶ ${mover.move(state.article.place, 0).paragraph + 1} of ${paragraphCount}` : '';
		}
	}

	function quotesBody(state: NavState, view: Scrolled, query: string): {body: BodyView; start: number} {
		const top = [...voice];
		if (voiceGap) top.push('');
		// Nothing to list or to show beside the list: say so, and who the article names.
		if (model.size.quotes === 0) return {body: {kind: 'lines', lines: [...top, ...noQuotes()]}, start: 0};
		if (state.quotes.focus === 'paragraph') {
			const {lines, start} = render(view, ' ', query);
			return {body: {kind: 'lines', lines: [...top, ...lines]}, start};
		}
		const perItem = twoLineItems ? 2 : 1;
		const visibleItems = Math.max(1, Math.floor(listHeight / perItem));
		const first = centredStart(state.quotes.speaker, model.speakers.length, visibleItems);
		const labelWidth = Math.max(0, listWidth - 2);
		const items = model.speakers.slice(first, first + visibleItems).map((entry, index) => {
			const label = memo(`label:${first + index}`, () => speakerLabel(model, entry, labelWidth, twoLineItems));
			return {key: entry.speaker.id, label: query === '' ? label : marked(label.split('\n'), query).join('\n')};
		});
		const focused = state.quotes.focus === 'quotes';
		const list = quoteList(state.quotes.speaker);
		const selected = focused ? markSelected(list.lines, list.spans[state.quotes.quote], theme.accent('▌ ')) : undefined;
		const {lines, start} = render(view, '', query, selected);
		const between = beside ? theme.dim(' │ ') : theme.dim('─'.repeat(columns));
		return {
			body: {
				kind: 'speakers',
				top,
				list: {
					items,
					selected: state.quotes.speaker - first,
					focused: state.quotes.focus === 'speakers',
					width: listWidth,
					height: listHeight,
				},
				beside,
				between,
				detail: lines,
				detailWidth: view.width + 2,
			},
			start,
		};
	}

	function positionsBody(state: NavState, view: Scrolled, query: string): {body: BodyView; start: number} {
		const topic = model.topics[state.positions.topic];
		const open = state.positions.focus === 'quotes';
		const lines: string[] = [];
		if (!open) {
			lines.push(
				spread(theme.accent('Topics') + draftTag(model.briefing, 'topics', theme), agreementLegend(model), columns),
			);
			const first = centredStart(state.positions.topic, model.topics.length, topicRows);
			for (let row = 0; row < topicRows; row++) {
				const index = first + row;
				const item = model.topics[index];
				if (!item) {
					lines.push(row === 0 ? theme.dim(' No topics in this briefing.') : '');
					continue;
				}
				const selected = index === state.positions.topic;
				const plain = memo(`topicLine:${index}`, () => topicLine(model, item, Math.max(0, columns - 2)));
				const text = marked([plain], query)[0]!;
				lines.push(selected ? `${theme.accent('›')} ${theme.bold(text)}` : `  ${text}`);
			}
		}
		const behind = open ? theme.dim(' · the quotes behind each position') : '';
		const title = topic ? `── ${theme.bold(topic.title)} · ${agreementTag(model, topic.agreement)}${behind} ` : '';
		lines.push(fit(title + theme.dim('─'.repeat(Math.max(0, columns - cells(title)))), columns));
		for (const line of topicLayout(state).head) lines.push(` ${fit(line, contentWidth)}  `);
		const {lines: detail, start} = render(view, ' ', query);
		return {body: {kind: 'lines', lines: [...lines, ...detail]}, start};
	}

	/** Where the user is, after the headline: the pane, and the speaker, topic or paragraph in it. */
	function trail(state: NavState): string[] {
		const crumbs: string[] = [paneTitle(state.pane)];
		switch (state.pane) {
			case 'quotes': {
				const entry = model.size.quotes === 0 ? undefined : model.speakers[state.quotes.speaker];
				if (entry) crumbs.push(entry.speaker.name);
				if (entry && state.quotes.focus !== 'speakers') crumbs.push(`quote ${state.quotes.quote + 1}`);
				break;
			}
			case 'positions': {
				const topic = model.topics[state.positions.topic];
				if (topic) crumbs.push(topic.title);
				break;
			}
			case 'article':
				if (paragraphCount > 0) crumbs.push(`¶ ${mover.move(state.article.place, 0).paragraph + 1}`);
				break;
			default:
				break;
		}
		if (state.help) crumbs.push('Help');
		return crumbs;
	}

	/** The whole frame for a state. */
	// `o` opens the source from every pane; the footer offers it on the Summary pane, which shows the source.
	// On a narrow terminal an opened topic's footer keeps room for where one is rather than for Enter (help has it).
	const withSource = (commands: Command[], state: NavState): Command[] =>
		model.briefing.source.url && state.pane === 'summary' && !state.help
			? [...commands.slice(0, -3), 'openSource', ...commands.slice(-3)]
			: state.pane === 'positions' && state.positions.focus === 'quotes' && columns < 60
				? commands.filter(command => command !== 'open')
				: commands;

	function frame(state: NavState): FrameView {
		const view = scrolled(state);
		const text = searchText(state.search);
		const query = foldQuery(text);
		let result: {body: BodyView; start: number};
		if (state.help)
			result = (() => {
				const {lines, start} = render(view, ' ', '');
				return {body: {kind: 'lines', lines}, start};
			})();
		else if (state.pane === 'quotes') result = quotesBody(state, view, query);
		else if (state.pane === 'positions') result = positionsBody(state, view, query);
		else if (state.pane === 'article') result = {body: {kind: 'lines', lines: articleBody(state, query)}, start: 0};
		else {
			const {lines, start} = render(view, ' ', query);
			result = {body: {kind: 'lines', lines}, start};
		}
		const limitsNow = limits(state);
		const crumbs = trail(state);
		const header = memo(`header:${state.help}:${crumbs.join('\u0000')}`, () =>
			headerLines(model, columns, layout.headerLines, crumbs, canLeave),
		);
		let footer: string;
		if (state.search.prompt.open)
			footer = promptLine(theme, text, matchCounts(limitsNow.matches ?? [], state.pane, text), columns);
		else {
			const matchAt =
				state.search.shown && limitsNow.matches ? matchPosition(limitsNow.matches, state.search.index) : '';
			const said = state.search.shown ? [state.search.note, matchAt].filter(Boolean).join(' · ') : '';
			footer = footerLine(
				theme,
				withSource(availableCommands(state, limitsNow, canLeave), state),
				said || position(state, view, result.start),
				columns,
			);
		}
		return {header, bar: tabLine(theme, state.pane, columns, styled), body: result.body, footer};
	}

	/** Computes the views of the panes not shown yet, so the first visit of each costs no more than later ones. */
	function warm(state: NavState): void {
		for (const pane of PANE_IDS) if (pane !== state.pane) frame({...state, pane});
	}

	/** Computes what one pane will show (`pane`), so its first visit costs no more than later ones. */
	function warmPane(state: NavState, pane: PaneId): void {
		frame({...state, pane, help: false});
	}

	/** What is drawn at a cell of the terminal (`--mouse`): a tab, a speaker of the list, a topic of the list. */
	function hitAt(state: NavState, column: number, row: number): ClickTarget | undefined {
		const tabs = layout.headerLines;
		if (row === tabs) {
			let left = 0;
			for (const [index, pane] of PANES.entries()) {
				const width = cells(`${index + 1} ${pane.title}`) + 2;
				if (column >= left && column < left + width) return {pane: pane.id};
				left += width + 1;
			}
			return undefined;
		}
		const bodyRow = row - tabs - 1;
		if (state.help || bodyRow < 0 || bodyRow >= body) return undefined;
		if (state.pane === 'quotes' && state.quotes.focus !== 'paragraph' && model.size.quotes > 0) {
			const listRow = bodyRow - voice.length - voiceGap;
			if (listRow < 0 || listRow >= listHeight || (beside && column >= listWidth)) return undefined;
			const perItem = twoLineItems ? 2 : 1;
			const first = centredStart(
				state.quotes.speaker,
				model.speakers.length,
				Math.max(1, Math.floor(listHeight / perItem)),
			);
			const speaker = first + Math.floor(listRow / perItem);
			return speaker < model.speakers.length ? {speaker} : undefined;
		}
		if (state.pane === 'positions' && state.positions.focus === 'topics' && bodyRow >= 1 && bodyRow <= topicRows) {
			const topic = centredStart(state.positions.topic, model.topics.length, topicRows) + bodyRow - 1;
			return topic < model.topics.length ? {topic} : undefined;
		}
		return undefined;
	}

	/** Prepares a part of what a search looks through (while the prompt is open and nobody types); false when done. */
	const warmSearch = () => search.prepareStep();

	return {frame, limits, warm, warmPane, selectedQuote, warmSearch, hitAt};
}

export type FrameViews = ReturnType<typeof createFrameViews>;
