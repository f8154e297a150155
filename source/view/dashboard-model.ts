import {alphabetical} from '../model/alphabetical.js';
import type {Briefing, Quote, Side, Speaker, Topic} from '../model/schema.js';
import type {SideStyle, Theme} from './theme.js';

// What the panes show, derived once per briefing (not per key press): speakers in order with their
// quotes in article order, the share of voice, and lookups by id.

export type SpeakerEntry = {
	readonly speaker: Speaker;
	readonly side: SideStyle;
	/** How many quotes the speaker has. */
	readonly count: number;
	/** The speaker's quotes in the order they appear in the article (put in order on first use). */
	readonly quotes: readonly Quote[];
};

export type VoiceShare = {readonly side: SideStyle; readonly quotes: number};

/** How many speakers, quotes and topics the story has, as the header says. */
export type StorySize = {readonly speakers: number; readonly quotes: number; readonly topics: number};

export type DashboardModel = {
	readonly briefing: Briefing;
	readonly theme: Theme;
	readonly size: StorySize;
	readonly sides: ReadonlyMap<string, SideStyle>;
	/** Speakers grouped by side (in the order of `sides`), most quoted first. */
	readonly speakers: readonly SpeakerEntry[];
	readonly speakerById: ReadonlyMap<string, SpeakerEntry>;
	readonly quoteById: ReadonlyMap<string, Quote>;
	readonly topics: readonly Topic[];
	/** Quotes per side, for the share-of-voice bar: sides with no quotes are left out. */
	readonly voice: readonly VoiceShare[];
};

const UNKNOWN_SIDE: Side = {id: '?', name: 'No side'};

/** Where in the article a quote sits: by paragraph, then by its place in the paragraph. */
function articlePlace(briefing: Briefing, quote: Quote): number {
	// Stryker disable next-line ConditionalExpression: paragraphs[undefined] is undefined too
	const paragraph = quote.paragraph === undefined ? undefined : briefing.paragraphs[quote.paragraph];
	// Stryker disable next-line UnaryOperator: only unplaced quotes get here, all with the same place either way
	const offset = paragraph?.indexOf(quote.text) ?? -1;
	return (quote.paragraph ?? -1) * 1e6 + (offset === -1 ? 5e5 : offset);
}

/**
 * A speaker's quotes in article order, sorted only when first asked for: most speakers of a large briefing are never
 * opened.
 */
function inArticleOrder(briefing: Briefing, quotes: Quote[]): () => readonly Quote[] {
	let sorted: readonly Quote[] | undefined;
	return () => {
		// Stryker disable next-line ConditionalExpression: sorting again gives the same order
		if (!sorted) {
			const place = new Map(quotes.map(quote => [quote, articlePlace(briefing, quote)]));
			sorted = [...quotes].sort((a, b) => place.get(a)! - place.get(b)!);
		}
		return sorted;
	};
}

/** Derives everything the panes show from a validated briefing. */
export function buildDashboardModel(briefing: Briefing, theme: Theme): DashboardModel {
	const sides = theme.sides(briefing.sides);
	const fallbackSide = theme.sides([UNKNOWN_SIDE]).get(UNKNOWN_SIDE.id)!;
	const sideOrder = new Map(briefing.sides.map((side, index) => [side.id, index]));

	const quotesBySpeaker = new Map<string, Quote[]>();
	for (const quote of briefing.quotes) {
		const list = quotesBySpeaker.get(quote.speakerId);
		if (list) list.push(quote);
		else quotesBySpeaker.set(quote.speakerId, [quote]);
	}
	const speakers = briefing.speakers
		.map((speaker): SpeakerEntry => {
			const quotes = quotesBySpeaker.get(speaker.id) ?? [];
			const ordered = inArticleOrder(briefing, quotes);
			return {
				speaker,
				side: sides.get(speaker.sideId) ?? fallbackSide,
				count: quotes.length,
				get quotes() {
					return ordered();
				},
			};
		})
		.sort(
			(a, b) =>
				(sideOrder.get(a.speaker.sideId) ?? Infinity) - (sideOrder.get(b.speaker.sideId) ?? Infinity) ||
				b.count - a.count ||
				alphabetical(a.speaker.name, b.speaker.name),
		);

	const counts = new Map<string, number>();
	for (const entry of speakers) counts.set(entry.side.id, (counts.get(entry.side.id) ?? 0) + entry.count);
	const voice = [...sides.values()]
		.map(side => ({side, quotes: counts.get(side.id) ?? 0}))
		.filter(share => share.quotes > 0);

	return {
		briefing,
		theme,
		size: {speakers: briefing.speakers.length, quotes: briefing.quotes.length, topics: briefing.topics.length},
		sides,
		speakers,
		speakerById: new Map(speakers.map(entry => [entry.speaker.id, entry])),
		quoteById: new Map(briefing.quotes.map(quote => [quote.id, quote])),
		topics: briefing.topics,
		voice,
	};
}
