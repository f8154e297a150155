import {UserError} from '../../model/problems.js';
import {sanitizeLine} from '../../model/sanitize.js';
import {type BriefingInput, DRAFT_GROUPS, SCHEMA_VERSION} from '../../model/schema.js';
import type {Analysis} from '../analyse.js';
import type {Deadline} from '../deadline.js';
import type {IngestArticleOptions} from '../index.js';
import {findSpeech, type SpeechKind} from '../quotes/speech.js';
import type {Entity} from '../types.js';
import {draftSides, slug} from './sides.js';
import {
	background,
	datedEvents,
	isCaption,
	keyFigures,
	leadSentence,
	publishedDate,
	summaryBullets,
} from './summary.js';
import {draftTopics, type Statement} from './topics.js';

// The draft stage: an article's analysis (its quotations, reported speech and speakers) → a draft briefing. Every
// group of fields it drafts is listed in `drafted`, so that each pane can mark it until a person reviews it.

export const UNKNOWN_SPEAKER = 'Unknown speaker';

/** Letters and digits only, folded to lower case: the same words quoted twice compare equal. */
function wordsOf(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\s.,;:!?'"‘’“”()[\]—–-]+/g, ' ')
		.trim();
}

/** The draft briefing object (before schema validation) from an article's analysis. */
export function buildDraft(analysis: Analysis, options: IngestArticleOptions, deadline: Deadline): BriefingInput {
	const {article} = analysis;
	const headline = sanitizeLine(article.headline.text);
	if (!headline) throw new UserError('the article has no headline: its first line should be the headline');
	// Everything the article reports someone said, by kind: the same list the eval scores (quotes/speech.ts).
	const speech = findSpeech(analysis, deadline);
	deadline();

	type Item = {
		start: number;
		end: number;
		text: string;
		speaker: Entity | undefined;
		kind: SpeechKind;
		block: number;
	};
	const found: Item[] = speech
		.map(item => ({
			start: item.start,
			end: item.end,
			text: item.display,
			speaker: item.speaker,
			kind: item.kind,
			block: item.block,
		}))
		.filter(item => /[\p{L}\p{N}]/u.test(item.text))
		.sort((a, b) => a.start - b.start);
	const items = withoutRepeats(found, analysis);

	// Speakers in order of first words; an unattributed quotation gets an explicit unknown speaker to fix.
	const speakers: Entity[] = [];
	const seen = new Set<Entity>();
	let unknown: Entity | undefined;
	for (const item of items) {
		if (!item.speaker) {
			unknown ??= {id: -1, name: UNKNOWN_SPEAKER, kind: 'unknown', words: [], aliases: new Set(), first: item.start};
			item.speaker = unknown;
		}
		if (!seen.has(item.speaker)) {
			seen.add(item.speaker);
			speakers.push(item.speaker);
		}
	}
	const {sides, sideOf} = draftSides(speakers, article.text, analysis.entities.all);
	const speakerIds = new Map<Entity, string>();
	const usedIds = new Set<string>();
	for (const speaker of speakers) {
		const base = slug(speaker.name, 'speaker');
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);
		speakerIds.set(speaker, id);
	}

	const quotes = items.map((item, index) => ({
		id: `q${index + 1}`,
		speakerId: speakerIds.get(item.speaker!)!,
		text: item.text,
		kind: item.kind,
		...(item.block >= 0 ? {paragraph: item.block} : {context: 'in the headline'}),
	}));
	const sentenceAt = sentenceFinder(analysis);
	const statements: Statement[] = items.map((item, index) => {
		const side = sideOf.get(item.speaker!)!;
		const sentence = sentenceAt(item.start);
		return {
			id: `q${index + 1}`,
			sideId: side.id,
			speakerName: item.speaker!.name,
			text: item.text.replace(/\s+/g, ' ').trim(),
			...(item.kind === 'reported' ? {reported: true} : {}),
			...(sentence ? {sentence} : {}),
			...(side.kind === 'observer' ? {observer: true} : {}),
		};
	});

	deadline();
	const figures = keyFigures(analysis);
	const summary = summaryBullets(analysis);
	const events = datedEvents(analysis);
	const topics = draftTopics(statements, {
		headline,
		sentences: analysis.sentences
			.filter(sentence => sentence.block >= 0)
			.map(sentence => article.text.slice(sentence.start, sentence.end)),
		sideNames: new Map(sides.map(side => [side.id, side.name])),
	});
	deadline();
	const known = options.source ?? {};
	// Only a date the article states: its page's metadata, or a date line in its text. Unknown stays unknown.
	const date = known.published ?? publishedDate(analysis);
	const sourceName = known.name ?? article.sourceName ?? options.sourceName ?? 'Unknown source';
	const captions = (options.captions ?? []).map(caption => sanitizeLine(caption)).filter(Boolean);
	return {
		schemaVersion: SCHEMA_VERSION,
		id: slug(headline, 'draft'),
		headline,
		standfirst: (options.standfirst && sanitizeLine(options.standfirst)) || leadSentence(analysis) || headline,
		source: {
			name: sourceName,
			...(known.url ? {url: known.url} : {}),
			...(date ? {published: date} : {}),
			...(known.author ? {author: known.author} : {}),
			...(known.retrieved ? {retrieved: known.retrieved} : {}),
			...(known.language ? {language: known.language} : {}),
		},
		draft: true,
		drafted: [...DRAFT_GROUPS],
		summary,
		keyFacts: figures.map(figure => ({label: figure.label, value: figure.value})),
		background: background(analysis, summary, events),
		timeline: events.map(({date, event}) => ({date, event})),
		sides: sides.map(side => ({
			id: side.id,
			name: side.name,
			...(side.kind === 'observer' ? {kind: 'observer' as const} : {}),
			description: side.own
				? `${side.name} alone: the article names no country or organisation for them`
				: `Drafted from the speakers' roles: ${side.members.map(member => member.name).join(', ')}`,
		})),
		speakers: speakers.map(speaker => ({
			id: speakerIds.get(speaker)!,
			name: speaker.name,
			...(speaker.role ? {role: speaker.role} : {}),
			sideId: sideOf.get(speaker)!.id,
			...(speaker.kind === 'organisation' || speaker.kind === 'place' ? {organisation: true} : {}),
		})),
		quotes,
		topics,
		paragraphs: article.paragraphs.map(paragraph => paragraph.text),
		...(captions.length > 0 ? {captions} : {}),
	};
}

/**
 * The statements once each: not the headline's quoted words (a headline quotes what the body reports, or sets a
 * phrase in scare quotes), and not a photo caption's or a second copy of words quoted elsewhere in the body.
 */
function withoutRepeats<T extends {text: string; block: number}>(items: readonly T[], analysis: Analysis): T[] {
	const captions = new Map<number, boolean>();
	const isCaptionBlock = (block: number) => {
		let caption = captions.get(block);
		if (caption === undefined) {
			caption = isCaption(analysis.article.paragraphs[block]?.text ?? '');
			captions.set(block, caption);
		}
		return caption;
	};
	const kept = items.filter(item => item.block >= 0);
	const words = kept.map(item => wordsOf(item.text));
	const inCaption = kept.map(item => isCaptionBlock(item.block));
	// A caption's quotation stays only when the body does not quote the same words (bounded: 200 compared).
	const bodyWords = inCaption.includes(true)
		? words
				.filter((_, index) => !inCaption[index])
				.slice(0, 200)
				.map(text => ` ${text} `)
		: [];
	const seen = new Set<string>();
	return kept.filter((_, index) => {
		const text = words[index]!;
		if (inCaption[index]) return !bodyWords.some(other => other.includes(` ${text} `));
		if (seen.has(text)) return false;
		seen.add(text);
		return true;
	});
}

/** The text of the sentence holding an offset (quotations included), by binary search over the sentences. */
function sentenceFinder(analysis: Analysis): (offset: number) => string | undefined {
	const {sentences} = analysis;
	return offset => {
		let low = 0;
		let high = sentences.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const sentence = sentences[middle]!;
			if (offset < sentence.start) high = middle - 1;
			else if (offset >= sentence.end) low = middle + 1;
			else return analysis.article.text.slice(sentence.start, sentence.end);
		}
		return undefined;
	};
}
