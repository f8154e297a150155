import {byDate} from '../model/alphabetical.js';
import type {Briefing, DraftGroup, Quote} from '../model/schema.js';
import type {PaneId} from '../navigation/panes.js';
import {buildDashboardModel, type DashboardModel} from '../view/dashboard-model.js';
import {formatDate} from '../view/dates.js';
import {isDrafted} from '../view/draft-marks.js';
import {quotedParts} from '../view/quote-body.js';
import {voiceShares} from '../view/quotes-view.js';
import {
	isMerged,
	otherWordings,
	outletAdditions,
	outletCounts,
	quotePlaces,
	sourceLabels,
	speakerOutlets,
} from '../view/sources-view.js';
import {createTheme} from '../view/theme.js';

// Markdown for notes and documents: headings, lists, block quotes and a table. Lines are not wrapped:
// markdown renderers reflow paragraphs themselves.

/** Text safe inside a markdown paragraph or list item: markup characters are escaped. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_{}[\]<>#|~]/g, character => `\\${character}`)
		.replace(/^([-+=])(?=\s|$)/, '\\$1')
		.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * A quote's words as markdown: “direct or partial”, reported in italics, and a mixed quote with the reporter's words
 * in italics around the speaker's, which keep their quotation marks and stand upright.
 */
function quoteMarkdown(quote: Quote): string {
	switch (quote.kind) {
		case 'reported':
			return `*${escapeMarkdown(quote.text)}*`;
		case 'mixed':
			return quotedParts(quote.text)
				.map(part => {
					const text = escapeMarkdown(part.text);
					// Emphasis must not start or end at a space, and a piece of punctuation alone needs none.
					if (part.quoted || !/[\p{L}\p{N}]/u.test(text)) return text;
					const [, before, words, after] = /^(\s*)(.*?)(\s*)$/su.exec(text)!;
					return `${before}*${words}*${after}`;
				})
				.join('');
		default:
			return `“${escapeMarkdown(quote.text)}”`;
	}
}

/** " *(draft)*" after the heading of a group ingest drafted and nobody has reviewed. */
function draftMark(briefing: Briefing, group: DraftGroup): string {
	return isDrafted(briefing, group) ? ' *(draft)*' : '';
}

function summarySection(model: DashboardModel): string[] {
	const {briefing} = model;
	const lines = [`## Summary${draftMark(briefing, 'summary')}`, '', `*${escapeMarkdown(briefing.standfirst)}*`];
	if (briefing.summary.length > 0) lines.push('', ...briefing.summary.map(bullet => `- ${escapeMarkdown(bullet)}`));
	if (briefing.keyFacts.length > 0) {
		lines.push('', `### Key numbers${draftMark(briefing, 'keyFacts')}`, '', '| Figure | Value |', '| --- | --- |');
		for (const fact of briefing.keyFacts)
			lines.push(`| ${escapeMarkdown(fact.label)} | ${escapeMarkdown(fact.value)} |`);
	}
	if (briefing.background.length > 0) {
		lines.push('', `### Background${draftMark(briefing, 'background')}`);
		for (const paragraph of briefing.background) lines.push('', escapeMarkdown(paragraph));
	}
	if (briefing.timeline.length > 0) {
		lines.push('', `### Timeline${draftMark(briefing, 'timeline')}`, '');
		for (const entry of [...briefing.timeline].sort((a, b) => byDate(a.date, b.date)))
			lines.push(`- **${formatDate(entry.date)}**: ${escapeMarkdown(entry.event)}`);
	}
	append(lines, sourcesMarkdown(model));
	return lines;
}

/** A merged briefing's articles, what each outlet adds, and the statements they quote differently. */
function sourcesMarkdown(model: DashboardModel): string[] {
	const {briefing, speakerById} = model;
	if (!isMerged(briefing)) return [];
	const labels = sourceLabels(briefing);
	const lines = ['', '### Sources', ''];
	for (const [index, source] of (briefing.sources ?? []).entries()) {
		const about = [labels.get(source.id), source.byline, formatDate(source.published, 'long')].filter(Boolean);
		lines.push(
			`${index + 1}. **${escapeMarkdown(about.join(' · '))}**: ${escapeMarkdown(source.headline)}${source.url ? ` <${source.url}>` : ''}`,
		);
	}
	lines.push('', '### What each outlet adds', '');
	const name = (id: string) => speakerById.get(id)?.speaker.name ?? id;
	for (const addition of outletAdditions(briefing, name)) {
		const parts = [`${addition.own} of its ${addition.quotes} quotes in no other article`];
		if (addition.onlyHere.length > 0) parts.push(`the only one to quote ${addition.onlyHere.join(', ')}`);
		lines.push(`- **${escapeMarkdown(addition.label)}**: ${escapeMarkdown(parts.join('; '))}`);
	}
	const differing = briefing.quotes.filter(quote => otherWordings(briefing, quote).length > 0);
	if (differing.length > 0) {
		lines.push('', '### Quoted differently', '');
		for (const quote of differing) {
			const first = labels.get(quote.sources?.[0]?.source ?? '') ?? briefing.source.name;
			lines.push(
				`- **${escapeMarkdown(name(quote.speakerId))}**, in ${escapeMarkdown(first)}: ${quoteMarkdown(quote)}`,
			);
			for (const other of otherWordings(briefing, quote))
				lines.push(`  - ≠ ${escapeMarkdown(other.label)}: “${escapeMarkdown(other.text)}”`);
		}
	}
	return lines;
}

function append(lines: string[], more: readonly string[]): void {
	for (const line of more) lines.push(line);
}

function quotesSection(model: DashboardModel): string[] {
	const lines = [`## Quotes${draftMark(model.briefing, 'quotes')}`];
	const total = model.briefing.quotes.length;
	if (model.voice.length > 0) lines.push('', `**Share of voice:** ${voiceShares(model, total, escapeMarkdown)}`);
	if (isMerged(model.briefing)) {
		const shares = outletCounts(model.briefing).map(share => `${escapeMarkdown(share.label)} ${share.quotes}`);
		lines.push('', `**By outlet:** ${shares.join(' · ')} of ${total} quotes`);
	}
	for (const entry of model.speakers) {
		if (entry.count === 0) continue;
		const about = [
			entry.speaker.role,
			entry.side.name,
			`${entry.count} ${entry.count === 1 ? 'quote' : 'quotes'}`,
			speakerOutlets(model, entry),
		];
		lines.push(
			'',
			`### ${escapeMarkdown(entry.speaker.name)}`,
			'',
			`*${escapeMarkdown(about.filter(Boolean).join(' · '))}*`,
		);
		for (const quote of entry.quotes) {
			const where =
				quotePlaces(model.briefing, quote) ??
				(quote.paragraph === undefined ? undefined : `paragraph ${quote.paragraph + 1}`);
			const meta = [quote.kind, quote.context, where].filter(Boolean).join(' · ');
			lines.push('', `> ${quoteMarkdown(quote)}`, '>', `> — ${escapeMarkdown(meta)}`);
			for (const other of otherWordings(model.briefing, quote))
				lines.push('>', `> ≠ ${escapeMarkdown(other.label)} quotes it differently: “${escapeMarkdown(other.text)}”`);
		}
	}
	return lines;
}

function positionsSection(model: DashboardModel): string[] {
	const lines = [`## Positions${draftMark(model.briefing, 'topics')}`];
	for (const topic of model.topics) {
		const {symbol, label} = model.theme.agreement(topic.agreement);
		lines.push('', `### ${symbol} ${escapeMarkdown(topic.title)} (${label})`);
		if (topic.draft) lines.push('', '*Draft topic: machine-grouped, not yet reviewed.*');
		for (const position of topic.positions) {
			const side = model.sides.get(position.sideId);
			lines.push('', `**${escapeMarkdown(side?.name ?? position.sideId)}:** ${escapeMarkdown(position.summary)}`);
			for (const id of position.quoteIds) {
				const quote = model.quoteById.get(id);
				if (!quote) continue;
				const speaker = model.speakerById.get(quote.speakerId)?.speaker.name ?? quote.speakerId;
				const kind = quote.kind === 'reported' || quote.kind === 'mixed' ? ` (${quote.kind})` : '';
				lines.push('', `> ${quoteMarkdown(quote)} — ${escapeMarkdown(speaker)}${kind}`);
			}
		}
		if (topic.common) lines.push('', `**Where they agree:** ${escapeMarkdown(topic.common)}`);
		if (topic.reason) lines.push('', `*Why: ${escapeMarkdown(topic.reason)}*`);
	}
	if (model.topics.length === 0) lines.push('', 'No topics in this briefing.');
	return lines;
}

function sourceSection(briefing: Briefing): string[] {
	const {source} = briefing;
	const lines = [
		'## Source',
		'',
		escapeMarkdown([source.name, source.author, formatDate(source.published, 'long')].filter(Boolean).join(' · ')),
	];
	if (source.url) lines.push('', `<${source.url}>`);
	if (source.attribution) lines.push('', escapeMarkdown(source.attribution));
	else if (source.licence) lines.push('', `Licence: ${escapeMarkdown(source.licence)}`);
	return lines;
}

/** The whole article, paragraph by paragraph. */
function articleSection(model: DashboardModel): string[] {
	const {paragraphs} = model.briefing;
	const lines = ['## Article'];
	if (paragraphs.length === 0) lines.push('', '*The briefing holds no article text.*');
	for (const paragraph of paragraphs) lines.push('', escapeMarkdown(paragraph));
	return lines;
}

/** The briefing as markdown: every pane, or the one named, and always the source. */
export function formatMarkdown(briefing: Briefing, options: {pane?: PaneId} = {}): string {
	const model = buildDashboardModel(briefing, createTheme({level: 0, color: false}));
	const lines = [`# ${escapeMarkdown(briefing.headline)}`];
	if (briefing.draft) lines.push('', '*Draft: drafted by `briefing ingest`, not yet reviewed.*');
	const sections = [
		[!options.pane || options.pane === 'summary', summarySection],
		[!options.pane || options.pane === 'quotes', quotesSection],
		[!options.pane || options.pane === 'positions', positionsSection],
		[!options.pane || options.pane === 'article', articleSection],
	] as const;
	for (const [wanted, section] of sections) if (wanted) lines.push('', ...section(model));
	lines.push('', ...sourceSection(briefing));
	return `${lines.join('\n')}\n`;
}
