import type {Agreement, Topic} from '../model/schema.js';
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

type Column = {side: SideStyle; lines: string[]};

function positionColumn(
	model: DashboardModel,
	topic: Topic,
	index: number,
	width: number,
	withQuotes: boolean,
): Column {
	const {theme, sides, quoteById, speakerById} = model;
	const position = topic.positions[index]!;
	const side = sides.get(position.sideId)!;
	const lines = [fit(side.paint(theme.bold(side.name)), width), side.paint('─'.repeat(Math.max(0, width)))];
	append(lines, wrap(position.summary, width));
	const quotes = position.quoteIds.map(id => quoteById.get(id)).filter(quote => quote !== undefined);
	if (!withQuotes) {
		if (quotes.length > 0)
			lines.push(theme.dim(`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} behind this`));
		return {side, lines};
	}
	for (const quote of quotes) {
		const speaker = speakerById.get(quote.speakerId)?.speaker.name ?? quote.speakerId;
		lines.push('');
		append(lines, wrap(quoteBody(theme, quote), width));
		// Quoted words need no label; reported and mixed say what they are.
		const kind = quote.kind === 'reported' || quote.kind === 'mixed' ? `, ${quote.kind}` : '';
		append(lines, hangingWrap(theme.dim(`${speaker}${kind}`), width, theme.dim('— ')));
	}
	if (quotes.length === 0) lines.push('', theme.dim('No quotes recorded for this position.'));
	return {side, lines};
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
	options: {sideBySide: boolean; withQuotes: boolean},
): {head: string[]; lines: string[]} {
	const {theme} = model;
	const head: string[] = [];
	const lines: string[] = [];
	const notes = topic.draft ? [theme.dim('Draft topic: machine-grouped, not yet reviewed.'), ''] : [];
	const count = topic.positions.length;
	if (count === 0) {
		lines.push(...notes, theme.dim('No positions recorded for this topic.'));
	} else {
		const columnWidth = Math.floor((width - cells(GUTTER) * (count - 1)) / count);
		if (options.sideBySide && count > 1 && columnWidth >= MIN_COLUMN) {
			const columns = topic.positions.map((_, index) =>
				positionColumn(model, topic, index, columnWidth, options.withQuotes),
			);
			const row = (at: number) =>
				columns.map(column => fit(column.lines[at] ?? '', columnWidth)).join(theme.dim(GUTTER));
			head.push(...notes, row(0), row(1));
			const height = Math.max(...columns.map(column => column.lines.length));
			for (let at = 2; at < height; at++) lines.push(row(at));
		} else {
			lines.push(...notes);
			topic.positions.forEach((_, index) => {
				if (index > 0) lines.push('');
				append(lines, positionColumn(model, topic, index, width, options.withQuotes).lines);
			});
		}
	}
	if (topic.common) {
		lines.push('');
		append(lines, hangingWrap(topic.common, width, theme.bold('Where they agree: '), ' '.repeat(2)));
	}
	return {head, lines};
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
