import {UserError} from '../model/problems.js';
import {sanitizeLine, stripControls} from '../model/sanitize.js';
import {Briefing, type BriefingInput, SCHEMA_VERSION} from '../model/schema.js';
import {type Analysis, analyseArticle} from './analyse.js';
import {type Deadline, type DeadlineOptions, startDeadline} from './deadline.js';
import {findReported} from './reported.js';
import {draftSides, slug} from './sides.js';
import {keyFigures, leadSentence, publishedDate, summaryBullets} from './summary.js';
import {draftTopics, type Statement} from './topics.js';
import type {Entity} from './types.js';

// `ingestArticle`: plain text in, a draft briefing out. Offline, deterministic, a few milliseconds.

/** What is known of an article besides its text (from a web page's metadata): each field only when stated. */
export type ArticleSource = {
	/** The publication; else the article's "Source: …" line, else "Unknown source". */
	readonly name?: string;
	readonly url?: string;
	/** YYYY-MM-DD as the page states it; else a date line in the text; else none (never today's date). */
	readonly published?: string;
	readonly author?: string;
	/** When the article was fetched or read (ISO 8601). */
	readonly retrieved?: string;
	readonly language?: string;
};

export type IngestArticleOptions = DeadlineOptions & {
	readonly source?: ArticleSource;
	/** The standfirst the page shows; else the lead sentence. */
	readonly standfirst?: string;
	/** Photo captions, kept apart from the text (they are not read for quotations). */
	readonly captions?: readonly string[];
	/** The publication's name when the article has no "Source: …" line (default: "Unknown source"). */
	readonly sourceName?: string;
};

export type IngestResult = {
	/** The draft, validated and sanitised by the Briefing schema. */
	readonly briefing: Briefing;
	/** Things the user should know, e.g. that no quotation was found. */
	readonly warnings: readonly string[];
};

const UNKNOWN_SPEAKER = 'Unknown speaker';

/** A whole quoted sentence is direct; a phrase worked into the reporter's sentence is partial. */
function quoteKind(text: string): 'direct' | 'partial' {
	const start = text.replace(/^[[(…."'‘“\s]+/, '');
	if (/^\p{Ll}/u.test(start)) return 'partial';
	return text.split(/\s+/).length < 3 && !/[.!?,]$/.test(text) ? 'partial' : 'direct';
}

/**
 * The draft briefing object for an article, before schema validation. With `timeLimitMs`, an article that takes
 * longer is given up on with a UserError ("gave up after 10 s …", naming `name`).
 */
export function ingestArticle(text: string, options: IngestArticleOptions = {}): BriefingInput {
	const deadline = startDeadline(options);
	return buildDraft(analyseArticle(stripControls(text), deadline), options, deadline);
}

function buildDraft(analysis: Analysis, options: IngestArticleOptions, deadline: Deadline): BriefingInput {
	const {article} = analysis;
	const headline = sanitizeLine(article.headline.text);
	if (!headline) throw new UserError('the article has no headline: its first line should be the headline');
	const reported = findReported(analysis, deadline);
	deadline();

	type Item = {
		start: number;
		end: number;
		text: string;
		speaker: Entity | undefined;
		kind: 'direct' | 'partial' | 'reported';
		block: number;
	};
	const items: Item[] = [
		...analysis.quotes.map(({quote, speaker}) => {
			const quoted = article.text.slice(quote.start, quote.end);
			return {start: quote.start, end: quote.end, text: quoted, speaker, kind: quoteKind(quoted), block: quote.block};
		}),
		...reported.map(item => ({
			start: item.start,
			end: item.end,
			text: item.display,
			speaker: item.speaker,
			kind: 'reported' as const,
			block: item.block,
		})),
	]
		.filter(item => /[\p{L}\p{N}]/u.test(item.text))
		.sort((a, b) => a.start - b.start);

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
	const {sides, sideOf} = draftSides(speakers);
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
	const statements: Statement[] = items.map((item, index) => ({
		id: `q${index + 1}`,
		sideId: sideOf.get(item.speaker!)!.id,
		speakerName: item.speaker!.name,
		text: item.text.replace(/\s+/g, ' ').trim(),
		...(item.kind === 'reported' ? {reported: true} : {}),
	}));

	deadline();
	const figures = keyFigures(analysis);
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
		summary: summaryBullets(analysis),
		keyFacts: figures.map(figure => ({label: figure.label, value: figure.value})),
		background: [],
		timeline: [],
		sides: sides.map(side => ({
			id: side.id,
			name: side.name,
			...(side.kind === 'observer' ? {kind: 'observer' as const} : {}),
			description: `Drafted from the speakers' roles: ${side.members.map(member => member.name).join(', ')}`,
		})),
		speakers: speakers.map(speaker => ({
			id: speakerIds.get(speaker)!,
			name: speaker.name,
			...(speaker.role ? {role: speaker.role} : {}),
			sideId: sideOf.get(speaker)!.id,
			...(speaker.kind === 'organisation' || speaker.kind === 'place' ? {organisation: true} : {}),
		})),
		quotes,
		topics: draftTopics(statements, headline),
		paragraphs: article.paragraphs.map(paragraph => paragraph.text),
		...(captions.length > 0 ? {captions} : {}),
	};
}

/** Ingests an article and validates the draft with the Briefing schema (which sanitises every string). */
export function draftBriefing(text: string, options: IngestArticleOptions = {}): IngestResult {
	const deadline = startDeadline(options);
	// Escape sequences and control characters go before anything is found: a paragraph of nothing else
	// is then no paragraph, and no quotation or name can carry one into the draft.
	const analysis = analyseArticle(stripControls(text), deadline);
	const draft = buildDraft(analysis, options, deadline);
	deadline();
	const result = Briefing.safeParse(draft);
	if (!result.success) {
		// Every string ingest writes comes from the article; one that sanitises to nothing is dropped, not fatal.
		const issue = result.error.issues[0]!;
		throw new Error(`the draft is not a valid briefing (${issue.path.join('.')}: ${issue.message})`);
	}
	const warnings: string[] = [];
	const quotations = draft.quotes.filter(quote => quote.kind !== 'reported').length;
	if (quotations === 0) warnings.push('no quotations found: the draft has the article text and summary only');
	if (draft.quotes.some(quote => quote.speakerId === slug(UNKNOWN_SPEAKER, 'speaker')))
		warnings.push(`some quotations have no speaker the rules could find: they are under "${UNKNOWN_SPEAKER}"`);
	return {briefing: result.data, warnings};
}

export {analyseArticle} from './analyse.js';
