import type {DashboardModel} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {append, cells, fit, hangingWrap, wrap} from './text.js';

/**
 * The Summary pane as one document of lines `width` cells wide: standfirst, summary, numbers, background, timeline,
 * source.
 */
export function summaryLines(model: DashboardModel, width: number): string[] {
	const {briefing, theme} = model;
	const lines: string[] = [];
	const heading = (title: string) => {
		if (lines.length > 0) lines.push('');
		lines.push(theme.accent(title));
	};

	append(lines, wrap(theme.italic(briefing.standfirst), width));

	if (briefing.summary.length > 0) {
		heading('What happened');
		for (const bullet of briefing.summary) append(lines, hangingWrap(bullet, width, ' • '));
	}

	if (briefing.keyFacts.length > 0) {
		heading('Key numbers');
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
		heading('Background');
		briefing.background.forEach((paragraph, index) => {
			if (index > 0) lines.push('');
			append(lines, wrap(paragraph, width));
		});
	}

	if (briefing.timeline.length > 0) {
		heading('Timeline');
		const entries = [...briefing.timeline].sort((a, b) => a.date.localeCompare(b.date));
		const dateWidth = Math.max(...entries.map(entry => cells(formatDate(entry.date))));
		for (const entry of entries)
			append(lines, hangingWrap(entry.event, width, ` ${theme.bold(fit(formatDate(entry.date), dateWidth))}  `));
	}

	const {source} = briefing;
	heading('Source');
	const details = [source.name, source.author, formatDate(source.published, 'long')].filter(Boolean).join(' · ');
	append(lines, wrap(details, width));
	if (source.url) append(lines, wrap(theme.dim(source.url), width));
	if (source.attribution) append(lines, wrap(theme.dim(source.attribution), width));
	else if (source.licence) append(lines, wrap(theme.dim(`Licence: ${source.licence}`), width));
	return lines;
}
