import type {Agreement, Quote, Topic} from '../model/schema.js';
import type {DashboardModel} from './dashboard-model.js';
import {quoteBody} from './quote-body.js';
import {append, cells, fit, hangingWrap, spread, wrap} from './text.js';
import type {SideStyle} from './theme.js';

const AGREEMENTS: readonly Agreement[] = ['agree', 'partial', 'disagree', 'unclear'];

/** "✓ agree  ≈ partial  ✗ disagree  ? unclear". */
export function agreementLegend(model: DashboardModel): string {
	return AGREEMENTS.map(agreement => {
		const {symbol, label, paint} = model.theme.agreement(agreement);
		return `${paint(symbol)} ${label}`;
	}).join('  ');
}

/** The topic's agreement as a coloured symbol and word: "✗ disagree". */
export function agreementTag(model: DashboardModel, agreement: Agreement): string {
	const {symbol, label, paint} = model.theme.agreement(agreement);
	return paint(`${symbol} ${label}`);
}

/** One line of the topic overview: symbol and title, the agreement spelled out when there is room. */
export function topicLine(model: DashboardModel, topic: Topic, width: number): string {
	const {symbol, label, paint} = model.theme.agreement(topic.agreement);
	const title = `${paint(symbol)} ${topic.title}`;
	return width >= 60 ? spread(title, model.theme.dim(label.padStart(8)), width) : fit(title, width);
}

const GUTTER = ' │ ';
/** Narrower than this, side-by-side columns would break words apart: stack them instead. */
const MIN_COLUMN = 22;

type Column = {side: SideStyle; lines: string[]; spans: {top: number; bottom: number}[]};

/** The quotes behind a topic's positions, in order: the ones the opened topic lets the user choose from. */
export function topicQuotes(model: DashboardModel, topic: Topic): Quote[] {
	return topic.positions.flatMap(position =>
		position.quoteIds.map(id => model.quoteById.get(id)).filter(quote => quote !== undefined),
	);
}

function positionColumn(
	model: DashboardModel,
	topic: Topic,
	index: number,
	width: number,
	withQuotes: boolean,
	selected?: Quote,
): Column {
	const {theme, sides, quoteById, speakerById} = model;
	const position = topic.positions[index]!;
	const side = sides.get(position.sideId)!;
	const lines = [fit(side.paint(theme.bold(side.name)), width), side.paint('─'.repeat(Math.max(0, width)))];
	const spans: Column['spans'] = [];
	append(lines, wrap(position.summary, width));
	const quotes = position.quoteIds.map(id => quoteById.get(id)).filter(quote => quote !== undefined);
	if (!withQuotes) {
		if (quotes.length > 0)
			lines.push(theme.dim(`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} behind this`));
		return {side, lines, spans};
	}
	for (const quote of quotes) {
		const speaker = speakerById.get(quote.speakerId)?.speaker.name ?? quote.speakerId;
		lines.push('');
		const top = lines.length;
		// The selected quote is marked with a bar in front of its lines, as in the Quotes pane.
		const mark = quote === selected ? theme.accent('▌ ') : '';
		const inner = mark ? Math.max(1, width - 2) : width;
		const body = wrap(quoteBody(theme, quote), inner);
		// Quoted words need no label; reported and mixed say what they are.
		const kind = quote.kind === 'reported' || quote.kind === 'mixed' ? `, ${quote.kind}` : '';
		const by = hangingWrap(theme.dim(`${speaker}${kind}`), inner, theme.dim('— '));
		append(lines, mark ? [...body, ...by].map(line => mark + line) : [...body, ...by]);
		spans.push({top, bottom: lines.length - 1});
	}
	if (quotes.length === 0) lines.push('', theme.dim('No quotes recorded for this position.'));
	return {side, lines, spans};
}

/**
 * The selected topic: each side's position (and, opened, the quotes behind it) in columns or stacked.
 * Side by side, `head` is the row of side names and its rule, which stay in place above the columns
 * as they scroll; stacked, each position carries its side's name and `head` is empty.
 */
export function topicDetail(
	model: DashboardModel,
	topic: Topic,
	width: number,
	options: {sideBySide: boolean; withQuotes: boolean; selected?: number},
): {head: string[]; lines: string[]; spans: {top: number; bottom: number}[]} {
	const {theme} = model;
	const head: string[] = [];
	const lines: string[] = [];
	const spans: {top: number; bottom: number}[] = [];
	const selected = options.selected === undefined ? undefined : topicQuotes(model, topic)[options.selected];
	const notes = topic.draft ? [theme.dim('Draft topic: machine-grouped, not yet reviewed.'), ''] : [];
	const count = topic.positions.length;
	if (count === 0) {
		lines.push(...notes, theme.dim('No positions recorded for this topic.'));
	} else {
		const columnWidth = Math.floor((width - cells(GUTTER) * (count - 1)) / count);
		if (options.sideBySide && count > 1 && columnWidth >= MIN_COLUMN) {
			const columns = topic.positions.map((_, index) =>
				positionColumn(model, topic, index, columnWidth, options.withQuotes, selected),
			);
			const row = (at: number) =>
				columns.map(column => fit(column.lines[at] ?? '', columnWidth)).join(theme.dim(GUTTER));
			head.push(...notes, row(0), row(1));
			const height = Math.max(...columns.map(column => column.lines.length));
			for (let at = 2; at < height; at++) lines.push(row(at));
			// Rows below the two of the head: a column's line 2 is the first row of `lines`.
			for (const column of columns)
				for (const span of column.spans) spans.push({top: span.top - 2, bottom: span.bottom - 2});
		} else {
			lines.push(...notes);
			topic.positions.forEach((_, index) => {
				if (index > 0) lines.push('');
				const column = positionColumn(model, topic, index, width, options.withQuotes, selected);
				const offset = lines.length;
				for (const span of column.spans) spans.push({top: span.top + offset, bottom: span.bottom + offset});
				append(lines, column.lines);
			});
		}
	}
	if (topic.common) {
		lines.push('');
		append(lines, hangingWrap(topic.common, width, theme.bold('Where they agree: '), ' '.repeat(2)));
	}
	if (topic.reason) {
		lines.push('');
		append(lines, hangingWrap(theme.dim(topic.reason), width, theme.dim('Why: '), ' '.repeat(2)));
	}
	return {head, lines, spans};
}

/** The whole of a topic's detail as lines (for print): the side names, then the positions. */
export function topicDetailLines(
	model: DashboardModel,
	topic: Topic,
	width: number,
	options: {sideBySide: boolean; withQuotes: boolean},
): string[] {
	const {head, lines} = topicDetail(model, topic, width, options);
	return [...head, ...lines];
}
