import type {Briefing} from '../model/schema.js';
import type {PaneId} from '../navigation/panes.js';
import {articleLines} from '../view/article-view.js';
import {headerTexts} from '../view/chrome-view.js';
import {buildDashboardModel, type DashboardModel} from '../view/dashboard-model.js';
import {draftTag} from '../view/draft-marks.js';
import {agreementLegend, topicDetailLines} from '../view/positions-view.js';
import {speakerQuoteList, voiceShares} from '../view/quotes-view.js';
import {outletVoiceLine} from '../view/sources-view.js';
import {summaryLines} from '../view/summary-view.js';
import {append, cells, wrap} from '../view/text.js';
import {createTheme} from '../view/theme.js';

// The text form reuses the dashboard's views with a theme that has no styles at all,
// so what a pipe gets is what the panes show, as plain wrapped text.

function heading(title: string, width: number, tag = ''): string[] {
	const text = title.toUpperCase() + tag;
	return ['', text, '='.repeat(Math.min(width, cells(text)))];
}

function quotesSection(model: DashboardModel, width: number): string[] {
	const lines = heading('Quotes', width, draftTag(model.briefing, 'quotes', model.theme));
	const total = model.briefing.quotes.length;
	if (model.voice.length > 0) append(lines, wrap(`Share of voice: ${voiceShares(model, total)}`, width));
	const byOutlet = outletVoiceLine(model, Number.POSITIVE_INFINITY);
	if (byOutlet) append(lines, wrap(byOutlet.replace(/^By outlet /, 'By outlet: '), width));
	for (const entry of model.speakers) {
		if (entry.count === 0) continue;
		lines.push('');
		append(lines, speakerQuoteList(model, entry, width).lines);
	}
	return lines;
}

function positionsSection(model: DashboardModel, width: number): string[] {
	const lines = heading('Positions', width, draftTag(model.briefing, 'topics', model.theme));
	append(lines, wrap(agreementLegend(model), width));
	for (const topic of model.topics) {
		const {symbol, label} = model.theme.agreement(topic.agreement);
		const title = wrap(`${symbol} ${topic.title} (${label})`, width);
		lines.push('', ...title, '-'.repeat(Math.max(...title.map(line => cells(line)))));
		append(lines, topicDetailLines(model, topic, width, {sideBySide: false, withQuotes: true}));
	}
	if (model.topics.length === 0) lines.push('', 'No topics in this briefing.');
	return lines;
}

/** The briefing as plain text wrapped to `width` columns: every pane, or the one named. */
export function formatText(briefing: Briefing, options: {width: number; pane?: PaneId}): string {
	const model = buildDashboardModel(briefing, createTheme({level: 0, color: false}));
	const width = Math.max(20, options.width);
	const {headline, about} = headerTexts(model);
	const lines = [...wrap(headline, width), ...wrap(about, width)];
	if (!options.pane || options.pane === 'summary') {
		append(lines, heading('Summary', width));
		append(lines, summaryLines(model, width, {wholeUrls: true, interactive: false}));
	}
	if (!options.pane || options.pane === 'quotes') append(lines, quotesSection(model, width));
	if (!options.pane || options.pane === 'positions') append(lines, positionsSection(model, width));
	if (!options.pane || options.pane === 'article') {
		append(lines, heading('Article', width));
		lines.push('');
		append(lines, articleLines(model, width));
	}
	return `${lines.map(line => line.trimEnd()).join('\n')}\n`;
}
