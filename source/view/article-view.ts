import type {Quote} from '../model/schema.js';
import type {ArticlePlace} from '../navigation/dashboard.js';
import type {DashboardModel} from './dashboard-model.js';
import {locateQuote} from './quotes-view.js';
import {sourceLabels} from './sources-view.js';
import {append, wrap} from './text.js';

// The Article pane: the whole article, paragraph by paragraph, each quote in its speaker's side colour
// and each paragraph headed by who is quoted in it (so the sides are named, not only coloured). An
// article can be megabytes long: paragraphs are wrapped only when they come into view, and the pane is
// scrolled by paragraph and line within it, never by a line number that would need all of them wrapped.

/** The quotes of each paragraph, in the order they appear in it. */
export function quotesByParagraph(model: DashboardModel): ReadonlyMap<number, readonly Quote[]> {
	const byParagraph = new Map<number, Quote[]>();
	const add = (paragraph: number, quote: Quote) => {
		const list = byParagraph.get(paragraph);
		if (list) list.push(quote);
		else byParagraph.set(paragraph, [quote]);
	};
	for (const quote of model.briefing.quotes) {
		if (quote.paragraph !== undefined) add(quote.paragraph, quote);
		// In a merged briefing the statement is also in the other articles' paragraphs, in their words.
		for (const place of quote.sources ?? [])
			if (place.paragraph !== undefined && place.paragraph !== quote.paragraph)
				add(place.paragraph, place.text ? {...quote, text: place.text} : quote);
	}
	return byParagraph;
}

/** The paragraph's text with each located quote painted (its side's colour; the `marked` one highlighted). */
function paintedParagraph(model: DashboardModel, paragraph: string, quotes: readonly Quote[], marked?: string): string {
	const {theme, speakerById} = model;
	const ranges = quotes
		.map(quote => ({quote, found: locateQuote(paragraph, quote.text)}))
		.filter((entry): entry is {quote: Quote; found: {start: number; end: number}} => entry.found !== undefined)
		.sort((a, b) => a.found.start - b.found.start);
	let text = '';
	let from = 0;
	for (const {quote, found} of ranges) {
		if (found.start < from) continue; // overlapping quotes: the first one wins
		const side = speakerById.get(quote.speakerId)?.side;
		const words = paragraph.slice(found.start, found.end);
		const painted =
			quote.id === marked ? theme.highlight(words) : side ? theme.inArticle(side.paint, words) : theme.bold(words);
		text += paragraph.slice(from, found.start) + painted;
		from = found.end;
	}
	return text + paragraph.slice(from);
}

/** The heading of a paragraph: its number, and who is quoted in it with their side. */
function paragraphHeading(model: DashboardModel, index: number, quotes: readonly Quote[]): string {
	const {theme, speakerById, briefing} = model;
	const names: string[] = [];
	const seen = new Set<string>();
	for (const quote of quotes) {
		if (seen.has(quote.speakerId)) continue;
		seen.add(quote.speakerId);
		const entry = speakerById.get(quote.speakerId);
		if (entry) names.push(entry.side.paint(`${entry.speaker.name} (${entry.side.name})`));
	}
	// A merged briefing: the first paragraph of each article names it.
	const source = briefing.paragraphSources?.[index];
	const opens = source !== undefined && (index === 0 || briefing.paragraphSources?.[index - 1] !== source);
	const article = opens ? briefing.sources?.find(candidate => candidate.id === source) : undefined;
	const from = article
		? `${theme.bold(sourceLabels(briefing).get(article.id) ?? article.outlet)}${theme.dim(' · ')}`
		: '';
	const number = from + theme.dim(`¶ ${index + 1} of ${briefing.paragraphs.length}`);
	return names.length === 0 ? number : `${number}${theme.dim(' · ')}${names.join(theme.dim(', '))}`;
}

/**
 * One paragraph as the Article pane shows it, `width` cells wide (a two-cell gutter included, which marks
 * the paragraph of the quote the article was opened at): its heading, its lines, and a blank line after.
 */
export function articleBlock(
	model: DashboardModel,
	quotes: ReadonlyMap<number, readonly Quote[]>,
	index: number,
	width: number,
	marked?: string,
): string[] {
	const paragraph = model.briefing.paragraphs[index];
	if (paragraph === undefined) return [];
	const own = quotes.get(index) ?? [];
	const isMarked = marked !== undefined && own.some(quote => quote.id === marked);
	const gutter = isMarked ? model.theme.accent('▌ ') : '  ';
	const lines = wrap(paragraphHeading(model, index, own), Math.max(1, width - 2)).map(line => `  ${line}`);
	append(
		lines,
		wrap(paintedParagraph(model, paragraph, own, isMarked ? marked : undefined), Math.max(1, width - 2)).map(
			line => gutter + line,
		),
	);
	if (index < model.briefing.paragraphs.length - 1) lines.push('');
	return lines;
}

/** The whole article as lines (for print): every paragraph's block. */
export function articleLines(model: DashboardModel, width: number): string[] {
	const quotes = quotesByParagraph(model);
	const lines: string[] = [];
	if (model.briefing.paragraphs.length === 0) lines.push(model.theme.dim('The briefing holds no article text.'));
	for (let index = 0; index < model.briefing.paragraphs.length; index++)
		append(lines, articleBlock(model, quotes, index, width));
	return lines;
}

/**
 * Moving through a document of blocks whose lengths are known only once each is made: `length(i)` makes
 * block i (or reads it back). Places are kept between the top and the last place that still fills
 * `height` lines.
 */
export function blockMover(count: number, length: (block: number) => number, height: number) {
	let end: ArticlePlace | undefined;
	/** The last place whose window is full: `height` lines from the end, found from the end backwards. */
	const last = (): ArticlePlace => {
		if (end) return end;
		let left = height;
		let block = count - 1;
		while (block > 0 && left > length(block)) {
			left -= length(block);
			block--;
		}
		end = block < 0 ? {paragraph: 0, line: 0} : {paragraph: block, line: Math.max(0, length(block) - left)};
		return end;
	};
	const before = (a: ArticlePlace, b: ArticlePlace) =>
		a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.line < b.line);

	/** `place` moved by `lines` (negative: up), kept within the document. */
	function move(place: ArticlePlace, lines: number): ArticlePlace {
		if (count === 0) return {paragraph: 0, line: 0};
		if (lines === Number.POSITIVE_INFINITY) return last();
		let {paragraph, line} = place;
		line += lines;
		while (line < 0 && paragraph > 0) {
			paragraph--;
			line += length(paragraph);
		}
		if (line < 0) line = 0;
		while (paragraph < count - 1 && line >= length(paragraph)) {
			line -= length(paragraph);
			paragraph++;
		}
		const moved = {paragraph, line: Math.min(line, Math.max(0, length(paragraph) - 1))};
		const limit = last();
		return before(limit, moved) ? limit : moved;
	}

	/** Whether the whole document fits in `height` lines. */
	function fits(): boolean {
		const limit = last();
		return limit.paragraph === 0 && limit.line === 0 && (count <= 1 || totalUpTo(count) <= height);
	}

	function totalUpTo(blocks: number): number {
		let total = 0;
		for (let block = 0; block < blocks && total <= height; block++) total += length(block);
		return total;
	}

	return {move, last, fits};
}
