import type {SearchMatch} from '../navigation/dashboard.js';
import {scrollToShow} from '../navigation/dashboard.js';
import {fold, foldQuery} from '../search/fold.js';
import {type JoinedLines, joinLines, matchingLines} from '../search/highlight.js';
import type {DashboardModel} from './dashboard-model.js';

// What a search in the dashboard finds, pane by pane, in the order n goes through them: lines of the
// Summary; speakers (by name or role) and their quotes (by their words or context) in the Quotes pane;
// topics (by title, positions, common ground or the quotes behind them); paragraphs of the article. The
// texts are folded once, on the first search; a query then costs a scan of them.

/** At most this many matches per pane: enough to go through, few enough to count as one types. */
export const MATCH_LIMIT = 1000;

export type SearchSources = {
	readonly model: DashboardModel;
	/** The Summary's lines at the current width. */
	summaryLines(): readonly string[];
	/** The lines of a speaker's quote in their quote list, to bring it into view. */
	quoteSpan(speaker: number, quote: number): {readonly top: number; readonly bottom: number} | undefined;
	readonly quoteDetailHeight: number;
	readonly summaryHeight: number;
};

/** The searches of one briefing at one size. */
export function createSearch(sources: SearchSources) {
	const {model} = sources;
	let summary: JoinedLines | undefined;
	let speakers: string[] | undefined;
	const quotesOf = new Map<number, string[]>();
	let topics: string[] | undefined;
	let paragraphs: string[] | undefined;
	// The last few queries' matches: typing a query asks for each of its prefixes once.
	const recent = new Map<string, SearchMatch[]>();

	const speakerTexts = () =>
		(speakers ??= model.speakers.map(entry => fold(`${entry.speaker.name} ${entry.speaker.role ?? ''}`)));
	const quoteTexts = (speaker: number) => {
		let texts = quotesOf.get(speaker);
		if (!texts) {
			texts = (model.speakers[speaker]?.quotes ?? []).map(quote => fold(`${quote.text} ${quote.context ?? ''}`));
			quotesOf.set(speaker, texts);
		}
		return texts;
	};
	const topicTexts = () =>
		(topics ??= model.topics.map(topic => {
			const parts = [topic.title, topic.common ?? ''];
			for (const position of topic.positions) {
				parts.push(position.summary);
				for (const id of position.quoteIds) {
					const quote = model.quoteById.get(id);
					if (!quote) continue;
					parts.push(quote.text, model.speakerById.get(quote.speakerId)?.speaker.name ?? '');
				}
			}
			return fold(parts.join(' '));
		}));
	const paragraphTexts = () => (paragraphs ??= model.briefing.paragraphs.map(paragraph => fold(paragraph)));

	let preparedSpeakers = 0;
	/**
	 * Folds one more part of the texts searched (the Summary, the speakers, a hundred speakers' quotes, the topics, the
	 * article), so that the first search of a large briefing does not wait for all of them; returns whether any part
	 * is left.
	 */
	function prepareStep(): boolean {
		if (!summary) summary = joinLines(sources.summaryLines());
		else if (!speakers) speakerTexts();
		else if (preparedSpeakers < model.speakers.length) {
			const until = Math.min(model.speakers.length, preparedSpeakers + 100);
			for (; preparedSpeakers < until; preparedSpeakers++) quoteTexts(preparedSpeakers);
		} else if (!topics) topicTexts();
		else if (!paragraphs) paragraphTexts();
		else return false;
		return true;
	}

	function find(query: string): SearchMatch[] {
		const found: SearchMatch[] = [];
		summary ??= joinLines(sources.summaryLines());
		const summaryText = summary;
		const summaryMax = Math.max(0, summaryText.pieces.length - sources.summaryHeight);
		let last = -1;
		for (const line of matchingLines(summaryText, query, MATCH_LIMIT)) {
			// One match per line: n moves to the next line that has one.
			if (line === last) continue;
			last = line;
			found.push({pane: 'summary', scroll: Math.min(summaryMax, Math.max(0, line - 1))});
		}
		let inQuotes = 0;
		const names = speakerTexts();
		for (let speaker = 0; speaker < model.speakers.length && inQuotes < MATCH_LIMIT; speaker++) {
			if (names[speaker]!.includes(query)) {
				found.push({pane: 'quotes', speaker, scroll: 0});
				inQuotes++;
			}
			// Most speakers of a large briefing have no match: their quotes are read only when their count says so.
			const texts = quoteTexts(speaker);
			for (let quote = 0; quote < texts.length && inQuotes < MATCH_LIMIT; quote++) {
				if (!texts[quote]!.includes(query)) continue;
				inQuotes++;
				const height = sources.quoteDetailHeight;
				found.push({
					pane: 'quotes',
					speaker,
					quote,
					// Where the quote's lines are is known once its speaker's quotes are laid out: only when jumped to.
					get scroll() {
						const span = sources.quoteSpan(speaker, quote);
						return span ? scrollToShow(0, span.top, span.bottom, height) : 0;
					},
				});
			}
		}
		topicTexts().forEach((text, topic) => {
			if (text.includes(query)) found.push({pane: 'positions', topic});
		});
		let inArticle = 0;
		const texts = paragraphTexts();
		for (let paragraph = 0; paragraph < texts.length && inArticle < MATCH_LIMIT; paragraph++)
			if (texts[paragraph]!.includes(query)) {
				found.push({pane: 'article', place: {paragraph, line: 0}});
				inArticle++;
			}
		return found;
	}

	/** Every pane's matches of `text` (as typed), in pane order. */
	function matches(text: string): readonly SearchMatch[] {
		const query = foldQuery(text);
		if (query === '') return [];
		let found = recent.get(query);
		if (!found) {
			found = find(query);
			recent.set(query, found);
			if (recent.size > 8) recent.delete(recent.keys().next().value!);
		}
		return found;
	}

	return {matches, prepareStep};
}

export type PaneSearch = ReturnType<typeof createSearch>;

/** "match 2 of 7" among the matches in the pane of the match at `index`, or the count in `pane` before a jump. */
export function matchPosition(matches: readonly SearchMatch[], index: number): string {
	const match = matches[index];
	if (!match) return '';
	let before = 0;
	let total = 0;
	matches.forEach((other, at) => {
		if (other.pane !== match.pane) return;
		total++;
		if (at < index) before++;
	});
	const more = total >= MATCH_LIMIT ? '+' : '';
	return `match ${before + 1} of ${total}${more}`;
}

/** What the prompt says as one types: the matches in this pane and in all. */
export function matchCounts(matches: readonly SearchMatch[], pane: SearchMatch['pane'], text: string): string {
	if (foldQuery(text) === '') return '';
	if (matches.length === 0) return 'no match';
	const here = matches.filter(match => match.pane === pane).length;
	return here === matches.length ? `${here} here` : `${here} here, ${matches.length} in all`;
}
