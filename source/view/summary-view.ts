import {byDate} from '../model/alphabetical.js';
import type {Briefing, DraftGroup} from '../model/schema.js';
import {bindingOf} from '../navigation/keymap.js';
import type {DashboardModel} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {draftTag} from './draft-marks.js';
import {sourcesSummaryLines} from './sources-view.js';
import {append, cells, fit, hangingWrap, wrap, wrapWithUrls} from './text.js';
import type {Theme} from './theme.js';

/** "3 December 2026, 12:14 UTC" from an ISO date or UTC time. */
export function formatRetrieved(value: string): string {
	const time = /T(\d{2}):(\d{2})/.exec(value);
	const day = formatDate(value.slice(0, 10), 'long');
	return time && /Z$/.test(value) ? `${day}, ${time[1]}:${time[2]} UTC` : day;
}

/**
 * Where a draft came from and what it is: when it was retrieved, that a machine drafted it, and (in the dashboard)
 * the key that opens the source.
 */
export function provenanceLines(briefing: Briefing, theme: Theme, width: number, interactive = true): string[] {
	const {source} = briefing;
	const lines: string[] = [];
	if (source.retrieved) lines.push(...wrap(theme.dim(`Retrieved ${formatRetrieved(source.retrieved)}`), width));
	if (briefing.draft)
		lines.push(
			...wrap(
				theme.dim(
					'Machine draft by `briefing ingest`, not reviewed: check speakers, sides and topics against the source.',
				),
				width,
			),
		);
	if (source.url && interactive)
		lines.push(...wrap(theme.dim(`${bindingOf('openSource').keys} opens the source in your browser`), width));
	return lines;
}

/**
 * The Summary pane as one document of lines `width` cells wide: standfirst, summary, numbers, background, timeline,
 * source.
 */
export function summaryLines(
	model: DashboardModel,
	width: number,
	options: {wholeUrls?: boolean; interactive?: boolean} = {},
): string[] {
	const {briefing, theme} = model;
	const lines: string[] = [];
	const heading = (title: string, group?: DraftGroup) => {
		if (lines.length > 0) lines.push('');
		lines.push(theme.accent(title) + (group ? draftTag(briefing, group, theme) : ''));
	};

	append(lines, wrap(theme.italic(briefing.standfirst), width));

	if (briefing.summary.length > 0) {
		heading('What happened', 'summary');
		for (const bullet of briefing.summary) append(lines, hangingWrap(bullet, width, ' • '));
	}

	if (briefing.keyFacts.length > 0) {
		heading('Key numbers', 'keyFacts');
		const labelWidth = Math.min(Math.max(...briefing.keyFacts.map(fact => cells(fact.label))), Math.floor(width * 0.5));
		const valueWidth = width - labelWidth - 3;
		for (const fact of briefing.keyFacts) {
			const labels = wrap(fact.label, labelWidth);
			const values = wrap(fact.value, Math.max(1, valueWidth));
			for (let row = 0; row < Math.max(labels.length, values.length); row++)
				lines.push(` ${fit(labels[row] ?? '', labelWidth)}  ${theme.bold(values[row] ?? '')}`);
		}
	}

	if (briefing.background.length > 0) {
		heading('Background', 'background');
		briefing.background.forEach((paragraph, index) => {
			if (index > 0) lines.push('');
			append(lines, wrap(paragraph, width));
		});
	}

	if (briefing.timeline.length > 0) {
		heading('Timeline', 'timeline');
		const entries = [...briefing.timeline].sort((a, b) => byDate(a.date, b.date));
		const dateWidth = Math.max(...entries.map(entry => cells(formatDate(entry.date))));
		for (const entry of entries)
			append(lines, hangingWrap(entry.event, width, ` ${theme.bold(fit(formatDate(entry.date), dateWidth))}  `));
	}

	sourcesSummaryLines(model, width, heading, lines, {wholeUrls: options.wholeUrls});

	const {source} = briefing;
	heading('Source');
	const details = [source.name, source.author, formatDate(source.published, 'long')].filter(Boolean).join(' · ');
	append(lines, wrap(details, width));
	// Addresses are never broken across lines: shortened with … on screen (linked where the terminal can),
	// whole in print.
	const withUrls = (text: string) =>
		wrapWithUrls(text, width, {whole: options.wholeUrls, link: theme.link, style: theme.dim});
	if (source.url) append(lines, withUrls(source.url));
	append(lines, provenanceLines(briefing, theme, width, options.interactive ?? true));
	if (source.attribution) append(lines, withUrls(source.attribution));
	else if (source.licence) append(lines, withUrls(`Licence: ${source.licence}`));
	return lines;
}
