import {stripControls} from '../model/sanitize.js';
import {Briefing, type BriefingInput} from '../model/schema.js';
import {analyseArticle} from './analyse.js';
import {type DeadlineOptions, startDeadline} from './deadline.js';
import {buildDraft, UNKNOWN_SPEAKER} from './draft/index.js';
import {slug} from './draft/sides.js';

// `ingestArticle`: plain text in, a draft briefing out. Offline, deterministic, a few milliseconds. Two stages: the
// analysis (analyse.ts: quotations, speakers, reported speech) and the draft (draft/: sides, topics, summary).

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

/**
 * The draft briefing object for an article, before schema validation. With `timeLimitMs`, an article that takes
 * longer is given up on with a UserError ("gave up after 10 s …", naming `name`).
 */
export function ingestArticle(text: string, options: IngestArticleOptions = {}): BriefingInput {
	const deadline = startDeadline(options);
	return buildDraft(analyseArticle(stripControls(text), deadline), options, deadline);
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
