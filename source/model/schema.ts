import * as z from 'zod/mini';
import {describeValue} from './problems.js';
import {sanitizeLine, stripControls} from './sanitize.js';

// The briefing file format: a public contract, written by hand and by `briefing ingest`.
// Every string passes through sanitizeLine here, so nothing downstream has to.
// zod/mini, not classic zod: the same engine without the chained-method classes, it imports and
// builds this schema in about 15 ms instead of 75 (npm run bench), a fifth of the dashboard's start-up.

/**
 * The version this build writes. Older files still load: version 1 (a publication date always given, no retrieval
 * details) and version 2 (reported speech called "paraphrase", no mixed quotes), read as version 3.
 */
export const SCHEMA_VERSION = 3;
export const SCHEMA_VERSIONS = [1, 2, 3] as const;

/** A schema with a description, for the JSON Schema (editors' tooltips) and for "expected …" messages. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
	z.globalRegistry.add(schema, {description});
	return schema;
}

/** Display text: sanitised, and still non-empty afterwards. */
const text = (what: string) =>
	described(
		// One string schema whose checks run in turn (an overwrite, not a pipe and transform: a third of the cost on a
		// large briefing).
		z
			.string()
			.check(
				z.minLength(1, {error: `expected ${what}, found an empty string`, abort: true}),
				z.overwrite(sanitizeLine),
				z.minLength(1, `expected ${what}, found only white space or control characters`),
			),
		what,
	);

const optionalText = (what: string) => z.optional(text(what));

const id = (what: string) =>
	described(
		z
			.string()
			.check(
				z.regex(
					/^[A-Za-z0-9][A-Za-z0-9._-]*$/,
					`expected ${what}: letters, digits, '.', '_' or '-', starting with a letter or digit`,
				),
				z.maxLength(200),
			),
		what,
	);

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** How many days a month of the Gregorian calendar has. */
export function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** What is wrong with the day of a YYYY-MM-DD date ("February 2024 has 29 days"), if anything. */
function dayProblem(value: unknown): string | undefined {
	const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	if (!parts) return undefined;
	const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
	const days = daysInMonth(year, month);
	return days > 0 && day > days ? `${MONTH_NAMES[month - 1]} ${year} has ${days} days` : undefined;
}

/** "2024-02-31" has the shape of a date but is none: checked against the calendar. */
const onTheCalendar = z.refine((value: unknown) => dayProblem(value) === undefined, {
	error: issue => `expected a date on the calendar, found "${String(issue.input)}": ${dayProblem(issue.input)}`,
});

/** 2022, 2022-01 or 2022-01-12: as precise as the source is. */
const partialDate = described(
	z
		.string()
		.check(
			z.regex(
				/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
				'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
			),
			onTheCalendar,
		),
	'A date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is',
);

const isoDate = (description: string) =>
	described(
		z
			.string()
			.check(
				z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD'),
				onTheCalendar,
			),
		description,
	);

const flag = (description: string) => described(z.optional(z.boolean()), description);

export const Source = described(
	z.strictObject({
		name: text('the name of the publication'),
		// Checked, not sanitised: a URL with an escape sequence cut out is a different URL.
		url: z.optional(
			z
				.url({protocol: /^https?$/, error: 'expected an http(s) URL'})
				.check(
					z.refine(
						url => !/\s/.test(url) && stripControls(url) === url,
						'expected an http(s) URL without spaces or control characters',
					),
				),
		),
		published: z.optional(
			isoDate('The date the article was published, YYYY-MM-DD; left out when the article does not state it'),
		),
		author: optionalText('the author or authors'),
		retrieved: described(
			z.optional(
				z
					.string()
					.check(
						z.regex(
							/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
							'expected a date or time as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ',
						),
					),
			),
			'When the article was fetched or read, for drafts made by `briefing ingest` (an ISO 8601 date or UTC time)',
		),
		language: described(
			z.optional(
				z
					.string()
					.check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "en-GB"')),
			),
			'The language of the article, as a BCP 47 tag ("en", "en-GB"), when the page states it',
		),
		licence: optionalText('the licence of the article text'),
		attribution: optionalText('the attribution the licence asks for'),
	}),
	'Where the story comes from',
);

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
	kind: described(
		z.optional(z.enum(SIDE_KINDS)),
		'party (default): takes a position; observer: reporters and analysts, kept apart',
	),
	description: optionalText('who the side includes'),
});

export const Speaker = z.strictObject({
	id: id('the speaker id'),
	name: text('the speaker name, as first introduced'),
	role: optionalText('the speaker\'s role, e.g. "NATO Secretary General"'),
	sideId: id('the id of a side in "sides"'),
	organisation: flag('true when the speaker is an organisation, not a person'),
});

/** The kinds of quote this version writes. */
export const QUOTE_KINDS = ['direct', 'partial', 'mixed', 'reported'] as const;
/** What versions 1 and 2 called reported speech; read as "reported". */
export const OLD_REPORTED = 'paraphrase';
/** The kinds versions 1 and 2 have. */
const OLD_QUOTE_KINDS: ReadonlySet<string> = new Set(['direct', 'partial', OLD_REPORTED]);

/** One article of a briefing merged from several (`briefing ingest --merge`, `briefing add --stories`). */
export const ArticleRef = described(
	z.strictObject({
		id: id('the id of the article, e.g. "s1"'),
		outlet: text('the publication, e.g. "Reuters"'),
		url: z.optional(
			z
				.url({protocol: /^https?$/, error: 'expected an http(s) URL'})
				.check(
					z.refine(
						url => !/\s/.test(url) && stripControls(url) === url,
						'expected an http(s) URL without spaces or control characters',
					),
				),
		),
		headline: text("the article's headline"),
		published: z.optional(
			isoDate('The date the article was published, YYYY-MM-DD; left out when the article does not state it'),
		),
		byline: optionalText('the author or authors'),
		retrieved: optionalText('when the article was fetched or read (ISO 8601)'),
	}),
	'One of the articles a merged briefing was made from',
);

/** Where a quote is found in one of the articles of a merged briefing. */
export const QuoteSource = z.strictObject({
	source: id('the id of an article in "sources"'),
	paragraph: described(
		z.optional(z.int().check(z.minimum(0, 'expected a paragraph index of 0 or more'))),
		'Index into "paragraphs" of the paragraph of that article the quote is in',
	),
	text: described(
		optionalText("this article's wording, where it quotes the statement differently"),
		"This article's wording of the statement, given only where it differs from the quote's text in words (not " +
			'only in punctuation or length): the outlets disagree on what was said',
	),
});

export const Quote = z.strictObject({
	id: id('the quote id'),
	speakerId: id('the id of a speaker in "speakers"'),
	text: text("the speaker's words, without quotation marks around them (a mixed quote keeps those inside it)"),
	kind: described(
		z.enum([...QUOTE_KINDS, OLD_REPORTED]),
		'direct: a whole quoted sentence; partial: a quoted phrase; mixed: a reported clause carrying quoted words, ' +
			"its quotation marks kept inside the text; reported: reported speech, in the reporter's words " +
			'("paraphrase" in schemaVersion 1 and 2)',
	),
	context: optionalText('where or how it was said, or what it answers'),
	paragraph: described(
		z.optional(z.int().check(z.minimum(0, 'expected a paragraph index of 0 or more'))),
		'Index into "paragraphs" of the paragraph the quote comes from',
	),
	sources: described(
		z.optional(z.array(QuoteSource)),
		'In a merged briefing: every article that reports the statement, the first where "paragraph" is',
	),
});

export const AGREEMENTS = ['agree', 'partial', 'disagree', 'unclear'] as const;

export const Position = z.strictObject({
	sideId: id('the id of a side in "sides"'),
	summary: text("the side's position in a sentence or two"),
	quoteIds: described(z.array(id('the id of a quote in "quotes"')), 'The quotes behind the position'),
});

export const Topic = z.strictObject({
	id: id('the topic id'),
	title: text('the topic title'),
	positions: z.array(Position),
	agreement: described(z.enum(AGREEMENTS), 'Whether the sides agree on the topic'),
	common: optionalText('what the sides agree on'),
	reason: optionalText('why the agreement is what it is, e.g. "Russia demands an end to it; NATO refuses"'),
	draft: flag('true when machine-drafted and not yet reviewed'),
});

/** The groups of fields `briefing ingest` drafts; each is marked as a draft until a person reviews it. */
export const DRAFT_GROUPS = ['summary', 'keyFacts', 'background', 'timeline', 'sides', 'quotes', 'topics'] as const;
export type DraftGroup = (typeof DRAFT_GROUPS)[number];

const BriefingShape = z.strictObject({
	$schema: described(
		z.optional(z.string().check(z.overwrite(sanitizeLine))),
		'The JSON Schema for editors: briefing.schema.json',
	),
	schemaVersion: described(
		z.literal(SCHEMA_VERSIONS, {
			error: `expected schemaVersion ${SCHEMA_VERSIONS.join(', ').replace(/, (\d+)$/, ' or $1')}`,
		}),
		'3 for this format; 1 and 2 still load (in 1 the publication date was required; 1 and 2 call reported speech ' +
			'"paraphrase" and have no mixed quotes)',
	),
	id: id('the briefing id'),
	headline: text('the headline'),
	standfirst: text('the standfirst: the story in one or two sentences'),
	source: Source,
	draft: flag('true when drafted by `briefing ingest` and not yet reviewed'),
	drafted: described(
		z.optional(z.array(z.enum(DRAFT_GROUPS))),
		'The groups of fields machine-drafted and not yet reviewed, each shown with a "draft" tag: remove a group ' +
			'once you have checked it (summary: standfirst and summary; sides: sides and speakers)',
	),
	summary: z.array(text('a summary bullet')),
	keyFacts: z.array(KeyFact),
	background: z.array(text('a background paragraph')),
	timeline: z.array(TimelineEntry),
	sides: z.array(Side),
	speakers: z.array(Speaker),
	quotes: z.array(Quote),
	topics: z.array(Topic),
	paragraphs: described(z.array(text('an article paragraph')), 'The article body, one string per paragraph'),
	captions: described(
		z.optional(z.array(text('a photo caption'))),
		"The article's photo captions, kept apart from its body (not quotations)",
	),
	sources: described(
		z.optional(z.array(ArticleRef)),
		'A briefing merged from several articles on one story: the articles, in the order their paragraphs come',
	),
	paragraphSources: described(
		z.optional(z.array(id('the id of an article in "sources"'))),
		'In a merged briefing: for each paragraph, the id of the article it comes from',
	),
});

/** Calls `each` for every object in a list (not for other values); false when the value is not a list at all. */
function eachObject(value: unknown, each: (item: Record<string, unknown>, index: number) => void): boolean {
	if (!Array.isArray(value)) return false;
	// A plain loop: a large briefing has 10,000 quotes, and this runs on every load.
	for (let index = 0; index < value.length; index++) {
		const item: unknown = value[index];
		if (item !== null && typeof item === 'object' && !Array.isArray(item)) each(item as Record<string, unknown>, index);
	}
	return true;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The cross-references a JSON Schema cannot express: unique ids, ids that resolve, paragraphs in range.
 * It runs even when other parts of the file are wrong (so one run reports every problem), and so
 * reads the document defensively: a reference is only checked against a list that is itself well formed.
 * The ids it reads have not passed their pattern, so messages quote them with describeValue, never raw.
 */
function checkReferences(briefing: Record<string, unknown>, ctx: z.core.$RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({code: 'custom', path, message, input: undefined});

	const idsOf = (key: string): Set<string> | undefined => {
		const seen = new Map<string, number>();
		const isList = eachObject(briefing[key], (item, index) => {
			const id = asString(item['id']);
			if (id === undefined) return;
			const first = seen.get(id);
			if (first === undefined) seen.set(id, index);
			else
				issue([key, index, 'id'], `expected a unique id, found ${describeValue(id)} again (first at ${key}[${first}])`);
		});
		return isList ? new Set(seen.keys()) : undefined;
	};
	// Worded once per set: a file with thousands of dangling ids must not list thousands of ids thousands of times.
	const described = new Map<Set<string>, string>();
	const describe = (ids: Set<string>) => {
		let words = described.get(ids);
		if (words === undefined) {
			const first = [...ids].slice(0, 6).map(describeValue);
			if (first.length === 0) words = 'none are defined';
			else words = ids.size <= 6 ? `one of ${first.join(', ')}` : `one of ${first.join(', ')}, …`;
			described.set(ids, words);
		}
		return words;
	};
	const resolve = (ids: Set<string> | undefined, value: unknown, path: (string | number)[], what: string): boolean => {
		const id = asString(value);
		if (!ids || id === undefined || ids.has(id)) return true;
		issue(path, `expected the id of ${what} (${describe(ids)}), found ${describeValue(id)}`);
		return false;
	};

	// Version 1 had no way to say a date is unknown: there it is still required.
	const source = briefing['source'];
	if (briefing['schemaVersion'] === 1 && source && typeof source === 'object' && !('published' in source))
		issue(
			['source', 'published'],
			'missing, expected a string: the date the article was published, YYYY-MM-DD (schemaVersion 1 requires it)',
		);

	const sides = idsOf('sides');
	const speakers = idsOf('speakers');
	const quotes = idsOf('quotes');
	idsOf('topics');
	const paragraphs = Array.isArray(briefing['paragraphs']) ? briefing['paragraphs'].length : undefined;
	const articles = idsOf('sources');
	const paragraphSources = briefing['paragraphSources'];
	if (Array.isArray(paragraphSources)) {
		if (!articles) issue(['paragraphSources'], 'expected "sources" beside "paragraphSources": the articles they name');
		else if (paragraphs !== undefined && paragraphSources.length !== paragraphs)
			issue(
				['paragraphSources'],
				`expected one article id per paragraph (${paragraphs}), found ${paragraphSources.length}`,
			);
		for (const [index, value] of paragraphSources.entries())
			resolve(articles, value, ['paragraphSources', index], 'an article in "sources"');
	}

	eachObject(briefing['speakers'], (item, index) =>
		resolve(sides, item['sideId'], ['speakers', index, 'sideId'], 'a side'),
	);
	// Each version's names for the kinds: "paraphrase" until version 2, "reported" and "mixed" from version 3.
	const version = briefing['schemaVersion'];
	const older = version === 1 || version === 2;
	eachObject(briefing['quotes'], (item, index) => {
		resolve(speakers, item['speakerId'], ['quotes', index, 'speakerId'], 'a speaker');
		const kind = item['kind'];
		if (version === SCHEMA_VERSION && kind === OLD_REPORTED)
			issue(
				['quotes', index, 'kind'],
				`expected ${listed(QUOTE_KINDS)}, found "${OLD_REPORTED}": schemaVersion ${SCHEMA_VERSION} calls it "reported"`,
			);
		else if (
			older &&
			typeof kind === 'string' &&
			(QUOTE_KINDS as readonly string[]).includes(kind) &&
			!OLD_QUOTE_KINDS.has(kind)
		)
			issue(
				['quotes', index, 'kind'],
				`expected ${listed([...OLD_QUOTE_KINDS])} in a file of schemaVersion ${version}, found "${kind}": a kind of schemaVersion ${SCHEMA_VERSION} (set "schemaVersion": ${SCHEMA_VERSION}, and write "reported" for "${OLD_REPORTED}")`,
			);
		const inRange = (paragraph: unknown, path: (string | number)[]) => {
			if (typeof paragraph === 'number' && paragraphs !== undefined && paragraph >= paragraphs)
				issue(
					path,
					paragraphs === 0
						? `expected no paragraph index, as "paragraphs" is empty, found ${paragraph}`
						: `expected a paragraph index from 0 to ${paragraphs - 1}, found ${paragraph}`,
				);
		};
		inRange(item['paragraph'], ['quotes', index, 'paragraph']);
		eachObject(item['sources'], (where, at) => {
			if (!articles) issue(['quotes', index, 'sources'], 'expected "sources" in the briefing: the articles named here');
			else resolve(articles, where['source'], ['quotes', index, 'sources', at, 'source'], 'an article in "sources"');
			inRange(where['paragraph'], ['quotes', index, 'sources', at, 'paragraph']);
		});
	});
	eachObject(briefing['topics'], (topic, topicIndex) => {
		const sidesSeen = new Set<string>();
		eachObject(topic['positions'], (position, index) => {
			const path = ['topics', topicIndex, 'positions', index];
			const sideId = asString(position['sideId']);
			if (resolve(sides, sideId, [...path, 'sideId'], 'a side') && sideId !== undefined) {
				if (sidesSeen.has(sideId))
					issue([...path, 'sideId'], `expected one position per side, found a second for ${describeValue(sideId)}`);
				sidesSeen.add(sideId);
			}
			const quoteIds = position['quoteIds'];
			if (Array.isArray(quoteIds))
				for (const [quoteIndex, quoteId] of quoteIds.entries())
					resolve(quotes, quoteId, [...path, 'quoteIds', quoteIndex], 'a quote');
		});
	});
}

let head: ReturnType<typeof makeHead> | undefined;
const makeHead = () =>
	z.extend(BriefingShape, {
		speakers: z.array(z.unknown()),
		quotes: z.array(z.unknown()),
		topics: z.array(z.unknown()),
		paragraphs: z.array(z.unknown()),
	});

/**
 * What the Summary pane and the header show, with the same rules as Briefing: every field but the
 * speakers, quotes, topics and paragraphs, which need only be lists. Built on first use.
 */
export function BriefingHead() {
	head ??= makeHead();
	return head;
}

/** "direct", "partial" or "reported": values as a message lists them. */
function listed(values: readonly string[]): string {
	return values
		.map(value => `"${value}"`)
		.join(', ')
		.replace(/, ([^,]*)$/, ' or $1');
}

const CheckedBriefing = BriefingShape.check(
	z.superRefine((value, ctx) => checkReferences(value as Record<string, unknown>, ctx), {when: () => true}),
);

type CheckedBriefing = z.output<typeof CheckedBriefing>;
type CurrentQuote = Omit<CheckedBriefing['quotes'][number], 'kind'> & {kind: (typeof QUOTE_KINDS)[number]};
type CurrentBriefing = Omit<CheckedBriefing, 'schemaVersion' | 'quotes'> & {
	schemaVersion: typeof SCHEMA_VERSION;
	quotes: CurrentQuote[];
};

/** A checked briefing of any version as this version: "paraphrase" read as "reported". */
function upgrade(briefing: CheckedBriefing): CurrentBriefing {
	// The parsed briefing is zod's own copy of the input: changing it in place changes nothing of the caller's.
	for (const quote of briefing.quotes) if (quote.kind === OLD_REPORTED) quote.kind = 'reported';
	briefing.schemaVersion = SCHEMA_VERSION;
	return briefing as CurrentBriefing;
}

/**
 * A complete, cross-checked briefing, of any version, as this version. Parse with `Briefing.safeParse` (or load.ts)
 * to get sanitised text.
 */
export const Briefing = z.pipe(CheckedBriefing, z.transform(upgrade));
z.globalRegistry.add(CheckedBriefing, {
	title: 'Briefing',
	description:
		'One news story for the briefing terminal dashboard: what happened, who said what, and where the sides stand.',
});

export type Briefing = Readonly<z.output<typeof Briefing>>;
export type BriefingInput = z.input<typeof Briefing>;
export type Side = z.output<typeof Side>;
export type Speaker = z.output<typeof Speaker>;
export type Quote = CurrentQuote;
export type ArticleRef = z.output<typeof ArticleRef>;
export type QuoteSource = z.output<typeof QuoteSource>;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type Topic = z.output<typeof Topic>;
export type Position = z.output<typeof Position>;
export type Agreement = (typeof AGREEMENTS)[number];
