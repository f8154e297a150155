import {sanitizeLine} from '../model/sanitize.js';
import type {Quote} from '../model/schema.js';
import type {DashboardModel, SpeakerEntry} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {draftTag} from './draft-marks.js';
import {markQuotedWords, quoteBody} from './quote-body.js';
import {quotePlaces, speakerOutlets, wordingLines} from './sources-view.js';
import {append, cells, fit, hangingWrap, spread, truncate, wrap} from './text.js';

/** Splits `width` cells among shares in proportion, every non-empty share getting at least one cell. */
export function apportion(counts: readonly number[], width: number): number[] {
	const total = counts.reduce((sum, count) => sum + count, 0);
	if (total === 0 || width <= 0) return counts.map(() => 0);
	const exact = counts.map(count => (count / total) * width);
	const widths = exact.map((value, index) => (counts[index]! > 0 ? Math.max(1, Math.floor(value)) : 0));
	let left = width - widths.reduce((sum, value) => sum + value, 0);
	// Largest remainders first get the cells rounding left over: what each share lacks of its exact width (a share
	// already rounded up to its one cell lacks nothing).
	const order = exact.map((value, index) => ({index, rest: value - widths[index]!})).sort((a, b) => b.rest - a.rest);
	for (let i = 0; left > 0 && order.length > 0; i = (i + 1) % order.length) {
		const {index} = order[i]!;
		if (counts[index]! > 0) {
			widths[index]!++;
			left--;
		}
	}
	// Rounding every share up to one cell can overshoot on tiny widths: take back from the widest.
	while (left < 0) {
		const widest = widths.indexOf(Math.max(...widths));
		widths[widest]!--;
		left++;
	}
	return widths;
}

/** Each side's quotes and their share, in words: "NATO and the US 16 (48%) · Russia 14 (42%)". */
export function voiceShares(model: DashboardModel, total: number, name = (text: string) => text): string {
	return model.voice
		.map(share => `${name(share.side.name)} ${share.quotes} (${Math.round((share.quotes / total) * 100)}%)`)
		.join(' · ');
}

/**
 * The legend of the share of voice: every side that was quoted, with its pattern and count, in at most
 * `rows` lines. Entries are never split across lines; where they do not fit, the longest names are
 * shortened (with …) until they do, so that no side is left out.
 */
export function voiceLegend(model: DashboardModel, width: number, rows: number): string[] {
	const {voice} = model;
	const gap = 2;
	const entryOf = (share: (typeof voice)[number], name: string) => `${share.side.pattern} ${name} ${share.quotes}`;
	const layoutWith = (names: readonly string[]): string[][] | undefined => {
		const lines: string[][] = [[]];
		let used = 0;
		for (const [index, share] of voice.entries()) {
			const entry = entryOf(share, names[index]!);
			const needed = cells(entry) + (used > 0 ? gap : 0);
			if (used > 0 && used + needed > width) {
				if (lines.length === rows) return undefined;
				lines.push([]);
				used = 0;
			}
			lines.at(-1)!.push(share.side.paint(entry));
			used += used > 0 ? needed : cells(entry);
		}
		return lines;
	};
	const names = voice.map(share => share.side.name);
	for (let limit = Math.max(...names.map(name => cells(name))); limit > 0; limit--) {
		const shortened = names.map(name => truncate(name, limit));
		const lines = layoutWith(shortened);
		if (lines) return lines.map(line => truncate(line.join(' '.repeat(gap)), width));
	}
	// Not even one cell per name fits: the patterns and counts alone.
	return [truncate(voice.map(share => share.side.paint(`${share.side.pattern} ${share.quotes}`)).join(' '), width)];
}

/**
 * The share-of-voice bar and its legend: with `rows` 1 the legend alone, in one line; with 2 or more
 * the bar, then the legend in the lines left.
 */
export function voiceLines(model: DashboardModel, width: number, rows: number): string[] {
	const {theme, voice} = model;
	if (voice.length === 0) return rows >= 2 ? [theme.dim('No quotes in this briefing.')] : [theme.dim('No quotes.')];
	if (rows <= 1) return voiceLegend(model, width, 1);
	// Who said what, and on which side, is ingest's guess until reviewed.
	const tag = draftTag(model.briefing, 'quotes', theme) || draftTag(model.briefing, 'sides', theme);
	const label = 'Share of voice ';
	const barWidth = Math.max(1, width - cells(label) - cells(tag));
	const widths = apportion(
		voice.map(share => share.quotes),
		barWidth,
	);
	const bar = voice.map((share, index) => share.side.paint(share.side.pattern.repeat(widths[index]!))).join('');
	return [theme.dim(label) + bar + tag, ...voiceLegend(model, width, rows - 1)];
}

/** A speaker in the list: one line (name, side, count) or two (name and count; role and side). */
export function speakerLabel(model: DashboardModel, entry: SpeakerEntry, width: number, twoLines: boolean): string {
	const {theme} = model;
	const count = String(entry.count);
	if (!twoLines) {
		const side = entry.side.paint(entry.side.name);
		return spread(`${entry.speaker.name} ${theme.dim('·')} ${side}`, theme.dim(count), width);
	}
	// The side first: the list is grouped by side, and the role is shown in full beside it.
	const detail = [entry.side.paint(entry.side.name), entry.speaker.role].filter(Boolean).join(theme.dim(' · '));
	return `${spread(theme.bold(entry.speaker.name), theme.dim(count), width)}\n${fit(theme.dim('  ') + detail, width)}`;
}

export type QuoteList = {
	readonly lines: readonly string[];
	/** Lines of each quote, for the selection marker and for keeping it in view. */
	readonly spans: readonly {readonly top: number; readonly bottom: number}[];
};

/** The selected speaker's header and quotes, `width` cells wide, with a two-cell gutter for the selection marker. */
export function speakerQuoteList(model: DashboardModel, entry: SpeakerEntry, width: number): QuoteList {
	const {theme, briefing} = model;
	const lines: string[] = [];
	const spans: {top: number; bottom: number}[] = [];
	lines.push(fit(entry.side.paint(theme.bold(entry.speaker.name)), width));
	const about = [entry.speaker.role, `${entry.side.name}`, `${entry.count} ${entry.count === 1 ? 'quote' : 'quotes'}`];
	append(lines, wrap(theme.dim(about.filter(Boolean).join(' · ')), width));
	const outlets = speakerOutlets(model, entry);
	if (outlets) append(lines, wrap(theme.dim(outlets), width));
	if (entry.count === 0) lines.push('', theme.dim('No quotes from this speaker.'));
	for (const quote of entry.quotes) {
		lines.push('');
		const top = lines.length;
		append(lines, hangingWrap(quoteBody(theme, quote), width, '  '));
		const where =
			quotePlaces(briefing, quote) ??
			(quote.paragraph === undefined ? undefined : `¶ ${quote.paragraph + 1} of ${briefing.paragraphs.length}`);
		const meta = [quote.kind, quote.context, where].filter(Boolean).join(' · ');
		append(lines, hangingWrap(theme.dim(meta), width, '  '));
		append(lines, wordingLines(model, quote, width));
		spans.push({top, bottom: lines.length - 1});
	}
	return {lines, spans};
}

/** Marks the lines of the selected quote with a bar in the gutter. */
export function markSelected(
	lines: readonly string[],
	span: {top: number; bottom: number} | undefined,
	mark: string,
): string[] {
	if (!span) return [...lines];
	return lines.map((line, index) => (index >= span.top && index <= span.bottom ? mark + line.slice(2) : line));
}

/** Where the quoted words are in a paragraph: exact, else ignoring case and spacing. */
export function locateQuote(paragraph: string, text: string): {start: number; end: number} | undefined {
	const exact = paragraph.indexOf(text);
	if (exact !== -1) return {start: exact, end: exact + text.length};
	const trimmed = text.replace(/[\s,.;:!?]+$/u, '');
	if (trimmed.length < 3) return undefined;
	const loose = paragraph.toLowerCase().indexOf(trimmed.toLowerCase());
	return loose === -1 ? undefined : {start: loose, end: loose + trimmed.length};
}

/** A quote in its paragraph, the quoted words highlighted, with the edges of the paragraphs around it. */
export function paragraphLines(model: DashboardModel, entry: SpeakerEntry, quote: Quote, width: number): string[] {
	const {theme, briefing} = model;
	const lines: string[] = [];
	const total = briefing.paragraphs.length;
	const where = quote.paragraph === undefined ? 'paragraph not given' : `paragraph ${quote.paragraph + 1} of ${total}`;
	lines.push(
		fit(`${entry.side.paint(theme.bold(entry.speaker.name))} ${theme.dim(`· ${quote.kind} · ${where}`)}`, width),
	);
	lines.push('');
	const paragraph = quote.paragraph === undefined ? undefined : briefing.paragraphs[quote.paragraph];
	if (paragraph === undefined) {
		append(lines, wrap(quoteBody(theme, quote), width));
		lines.push(
			'',
			...wrap(theme.dim('The briefing does not say which paragraph of the article this comes from.'), width),
		);
		return lines;
	}
	const before = quote.paragraph! > 0 ? briefing.paragraphs[quote.paragraph! - 1] : undefined;
	const after = briefing.paragraphs[quote.paragraph! + 1];
	if (before !== undefined) {
		const all = wrap(before, width - 2);
		const tail = all.slice(-2);
		lines.push(...tail.map((line, index) => theme.dim(`${index === 0 && all.length > 2 ? '…' : ' '} ${line}`)), '');
	}
	const found = locateQuote(paragraph, quote.text);
	const words = found ? paragraph.slice(found.start, found.end) : '';
	const marked = found
		? paragraph.slice(0, found.start) +
			// A mixed quote's clause is highlighted whole, the speaker's own words in it set apart as in the list.
			theme.highlight(quote.kind === 'mixed' ? markQuotedWords(theme, words) : words) +
			paragraph.slice(found.end)
		: paragraph;
	append(lines, wrap(marked, width));
	if (!found)
		lines.push(
			'',
			...wrap(theme.dim('(Reported speech: the article words it differently, so nothing is highlighted.)'), width),
		);
	if (after !== undefined) {
		const all = wrap(after, width - 2);
		const head = all.slice(0, 2);
		lines.push('', ...head.map((line, index) => theme.dim(`  ${line}${index === 1 && all.length > 2 ? '…' : ''}`)));
	}
	return lines;
}

/**
 * A quote with its attribution, as `y` copies it: "“…” — Name, role, outlet, date" (reported speech without
 * quotation marks). One line of sanitised text: nothing in it can act on a terminal.
 */
export function citation(model: DashboardModel, quote: Quote): string {
	const {briefing, speakerById} = model;
	const speaker = speakerById.get(quote.speakerId)?.speaker;
	// Reported speech is no one's words: it is said to be reported; a mixed clause carries its own quotation marks.
	const words =
		quote.kind === 'reported' ? `${quote.text} (reported)` : quote.kind === 'mixed' ? quote.text : `“${quote.text}”`;
	const published = briefing.source.published ? formatDate(briefing.source.published, 'long') : undefined;
	const who = [speaker?.name ?? quote.speakerId, speaker?.role, briefing.source.name, published].filter(Boolean);
	return sanitizeLine(`${words} — ${who.join(', ')}`);
}
