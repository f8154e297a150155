import {z} from 'zod';
import {sanitizeLine} from './sanitize.js';

// The briefing file format: a public contract, written by hand and by `briefing ingest`.
// Every string passes through sanitizeLine here, so nothing downstream has to.

export const SCHEMA_VERSION = 1;

/** Display text: sanitised, and still non-empty afterwards. */
const text = (what: string) =>
	z
		.string()
		.min(1, `expected ${what}, found an empty string`)
		.transform(sanitizeLine)
		.pipe(z.string().min(1, `expected ${what}, found only white space or control characters`))
		.meta({description: what});

const id = (what: string) =>
	z
		.string()
		.regex(
			/^[A-Za-z0-9][A-Za-z0-9._-]*$/,
			`expected ${what}: letters, digits, '.', '_' or '-', starting with a letter or digit`,
		)
		.max(200)
		.meta({description: what});

/** 2022, 2022-01 or 2022-01-12: as precise as the source is. */
const partialDate = z
	.string()
	.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
	.meta({description: 'A date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is'});

const isoDate = z
	.string()
	.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD')
	.meta({description: 'A date as YYYY-MM-DD'});

export const Source = z
	.strictObject({
		name: text('the name of the publication'),
		url: z.url({protocol: /^https?$/, error: 'expected an http(s) URL'}).optional(),
		published: isoDate.meta({description: 'The date the article was published, YYYY-MM-DD'}),
		author: text('the author or authors').optional(),
		licence: text('the licence of the article text').optional(),
		attribution: text('the attribution the licence asks for').optional(),
	})
	.meta({description: 'Where the story comes from'});

export const KeyFact = z.strictObject({
	label: text('what the figure measures, e.g. "Russian troops near Ukraine"'),
	value: text('the figure as reported, e.g. "about 100,000"'),
});

export const TimelineEntry = z.strictObject({
	date: partialDate,
	event: text('what happened'),
});

export const SIDE_KINDS = ['party', 'observer'] as const;

export const Side = z.strictObject({
	id: id('the side id'),
	name: text('the name of the side'),
	kind: z
		.enum(SIDE_KINDS)
		.optional()
		.meta({description: 'party (default): takes a position; observer: reporters and analysts, kept apart'}),
	description: text('who the side includes').optional(),
});

export const Speaker = z.strictObject({
	id: id('the speaker id'),
	name: text('the speaker name, as first introduced'),
	role: text("the speaker's role, e.g. \"NATO Secretary General\"").optional(),
	sideId: id('the id of a side in "sides"'),
	organisation: z.boolean().optional().meta({description: 'true when the speaker is an organisation, not a person'}),
});

export const QUOTE_KINDS = ['direct', 'partial', 'paraphrase'] as const;

export const Quote = z.strictObject({
	id: id('the quote id'),
	speakerId: id('the id of a speaker in "speakers"'),
	text: text("the speaker's words, without quotation marks"),
	kind: z
		.enum(QUOTE_KINDS)
		.meta({description: 'direct: a whole quoted sentence; partial: a quoted phrase; paraphrase: reported speech'}),
	context: text('where or how it was said, or what it answers').optional(),
	paragraph: z
		.int()
		.min(0, 'expected a paragraph index of 0 or more')
		.optional()
		.meta({description: 'Index into "paragraphs" of the paragraph the quote comes from'}),
});

export const AGREEMENTS = ['agree', 'partial', 'disagree', 'unclear'] as const;

export const Position = z.strictObject({
	sideId: id('the id of a side in "sides"'),
	summary: text("the side's position in a sentence or two"),
	quoteIds: z.array(id('the id of a quote in "quotes"')).meta({description: 'The quotes behind the position'}),
});

export const Topic = z.strictObject({
	id: id('the topic id'),
	title: text('the topic title'),
	positions: z.array(Position),
	agreement: z.enum(AGREEMENTS).meta({description: 'Whether the sides agree on the topic'}),
	common: text('what the sides agree on').optional(),
	draft: z.boolean().optional().meta({description: 'true when machine-drafted and not yet reviewed'}),
});

const BriefingShape = z.strictObject({
	$schema: z.string().optional().meta({description: 'The JSON Schema for editors: briefing.schema.json'}),
	schemaVersion: z.literal(SCHEMA_VERSION, {error: `expected schemaVersion ${SCHEMA_VERSION}`}),
	id: id('the briefing id'),
	headline: text('the headline'),
	standfirst: text('the standfirst: the story in one or two sentences'),
	source: Source,
	draft: z.boolean().optional().meta({description: 'true when drafted by `briefing ingest` and not yet reviewed'}),
	summary: z.array(text('a summary bullet')),
	keyFacts: z.array(KeyFact),
	background: z.array(text('a background paragraph')),
	timeline: z.array(TimelineEntry),
	sides: z.array(Side),
	speakers: z.array(Speaker),
	quotes: z.array(Quote),
	topics: z.array(Topic),
	paragraphs: z.array(text('an article paragraph')).meta({description: 'The article body, one string per paragraph'}),
});

type Shape = z.output<typeof BriefingShape>;

/** The cross-references a JSON Schema cannot express: unique ids, ids that resolve, paragraphs in range. */
function checkReferences(briefing: Shape, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) => ctx.addIssue({code: 'custom', path, message});

	const idsOf = <T extends {id: string}>(list: readonly T[], key: string): Set<string> => {
		const seen = new Map<string, number>();
		list.forEach((item, index) => {
			const first = seen.get(item.id);
			if (first === undefined) seen.set(item.id, index);
			else issue([key, index, 'id'], `expected a unique id, found "${item.id}" again (first at ${key}[${first}])`);
		});
		return new Set(seen.keys());
	};
	const list = (ids: Set<string>) => {
		const all = [...ids].map(value => `"${value}"`);
		if (all.length === 0) return 'none are defined';
		return all.length <= 6 ? `one of ${all.join(', ')}` : `one of ${all.slice(0, 6).join(', ')}, …`;
	};

	const sides = idsOf(briefing.sides, 'sides');
	const speakers = idsOf(briefing.speakers, 'speakers');
	const quotes = idsOf(briefing.quotes, 'quotes');
	idsOf(briefing.topics, 'topics');

	briefing.speakers.forEach((speaker, index) => {
		if (!sides.has(speaker.sideId))
			issue(['speakers', index, 'sideId'], `expected the id of a side (${list(sides)}), found "${speaker.sideId}"`);
	});
	briefing.quotes.forEach((quote, index) => {
		if (!speakers.has(quote.speakerId))
			issue(['quotes', index, 'speakerId'], `expected the id of a speaker (${list(speakers)}), found "${quote.speakerId}"`);
		if (quote.paragraph !== undefined && quote.paragraph >= briefing.paragraphs.length)
			issue(
				['quotes', index, 'paragraph'],
				briefing.paragraphs.length === 0
					? `expected no paragraph index, as "paragraphs" is empty, found ${quote.paragraph}`
					: `expected a paragraph index from 0 to ${briefing.paragraphs.length - 1}, found ${quote.paragraph}`,
			);
	});
	briefing.topics.forEach((topic, topicIndex) => {
		const sidesSeen = new Set<string>();
		topic.positions.forEach((position, index) => {
			const path = ['topics', topicIndex, 'positions', index];
			if (!sides.has(position.sideId))
				issue([...path, 'sideId'], `expected the id of a side (${list(sides)}), found "${position.sideId}"`);
			else if (sidesSeen.has(position.sideId))
				issue([...path, 'sideId'], `expected one position per side, found a second for "${position.sideId}"`);
			sidesSeen.add(position.sideId);
			position.quoteIds.forEach((quoteId, quoteIndex) => {
				if (!quotes.has(quoteId))
					issue([...path, 'quoteIds', quoteIndex], `expected the id of a quote (${list(quotes)}), found "${quoteId}"`);
			});
		});
	});
}

/** A complete, cross-checked briefing. Parse with `Briefing.safeParse` (or load.ts) to get sanitised text. */
export const Briefing = BriefingShape.superRefine(checkReferences).meta({
	title: 'Briefing',
	description: 'One news story for the briefing terminal dashboard: what happened, who said what, and where the sides stand.',
});

export type Briefing = Readonly<z.output<typeof Briefing>>;
export type BriefingInput = z.input<typeof Briefing>;
export type Side = z.output<typeof Side>;
export type Speaker = z.output<typeof Speaker>;
export type Quote = z.output<typeof Quote>;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type Topic = z.output<typeof Topic>;
export type Position = z.output<typeof Position>;
export type Agreement = (typeof AGREEMENTS)[number];
