import type {Analysis} from '../analyse.js';
import type {Sentence} from '../text/sentences.js';
import {centroid, cosine, inverseFrequencies, termsOf, vectorOf} from './terms.js';

// Extractive summary, key figures, background and timeline. The summary's bullets are chosen for coverage: each
// sentence is scored by its likeness to the article's centroid (TF-IDF), weighted towards the lead as news is written
// lead first, and picked greedily with redundancy removed (maximal marginal relevance). Captions, datelines and
// sentences that are mostly quotation are passed over. Figures are numbers with what they count. The timeline and
// background are the sentences that date something, with the date only as precise as the article writes it.

export type KeyFigure = {readonly label: string; readonly value: string};

const MIN_WORDS = 8;
const MAX_BULLETS = 4;

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** A photo caption: ends with a credit in brackets, or describes a picture. */
export function isCaption(text: string): boolean {
	return (
		/\[[^\]]*\/[^\]]*\]\s*$|\[(?:photo|file|reuters|ap|afp|getty)[^\]]*\]\s*$/i.test(text) ||
		/^(?:photo|picture|file photo)\s*:/i.test(text)
	);
}

function sentenceText(analysis: Analysis, sentence: Sentence): string {
	return analysis.article.text.slice(sentence.start, sentence.end).trim();
}

const bodyCache = new WeakMap<Analysis, Sentence[]>();

/** The paragraph sentences a summary may use: body text, not captions or one-line fragments. */
function bodySentences(analysis: Analysis): Sentence[] {
	const cached = bodyCache.get(analysis);
	if (cached) return cached;
	// Once per paragraph, not once per sentence: a paragraph can hold thousands of sentences.
	const captions = new Map<number, boolean>();
	const captioned = (block: number) => {
		let caption = captions.get(block);
		if (caption === undefined) {
			caption = isCaption(analysis.article.paragraphs[block]!.text);
			captions.set(block, caption);
		}
		return caption;
	};
	const found = analysis.sentences.filter(sentence => {
		if (sentence.block < 0) return false;
		if (captioned(sentence.block)) return false;
		const text = sentenceText(analysis, sentence);
		if (words(text) < MIN_WORDS || !/[.!?]["”’']?$/.test(text)) return false;
		// Mostly quotation: the quotes pane shows it already.
		const quoted = sentence.quotes.reduce((sum, quote) => sum + (quote.close - quote.open), 0);
		return quoted / (sentence.end - sentence.start) < 0.5;
	});
	bodyCache.set(analysis, found);
	return found;
}

/** The standfirst: the first sentence of the body. */
export function leadSentence(analysis: Analysis): string {
	const first = bodySentences(analysis)[0] ?? analysis.sentences.find(sentence => sentence.block >= 0);
	return first ? sentenceText(analysis, first) : analysis.article.headline.text;
}

/** Similar to a bullet already chosen beyond this, a sentence adds nothing. */
const REDUNDANT = 0.5;

/** Up to four summary bullets after the standfirst, chosen for coverage, in the article's order. */
export function summaryBullets(analysis: Analysis): string[] {
	const candidates = bodySentences(analysis).map(sentence => sentenceText(analysis, sentence));
	if (candidates.length === 0) return [];
	const rest = candidates.length > 3 ? candidates.slice(1) : candidates;
	const terms = rest.map(text => termsOf(text));
	const idf = inverseFrequencies(terms);
	const vectors = terms.map(list => vectorOf([{terms: list, weight: 1}], idf));
	const middle = centroid(vectors);
	const wanted = Math.min(rest.length, rest.length > 12 ? MAX_BULLETS : 3);
	// Lead-weighted: the first sentences count up to half as much again.
	const relevance = vectors.map((vector, index) => cosine(vector, middle) * (1 + 0.5 * Math.exp(-index / 3)));
	const chosen: number[] = [];
	while (chosen.length < wanted) {
		let best = -1;
		let bestScore = -Infinity;
		for (let index = 0; index < rest.length; index++) {
			if (chosen.includes(index)) continue;
			const overlap = Math.max(0, ...chosen.map(other => cosine(vectors[index]!, vectors[other]!)));
			if (overlap > REDUNDANT) continue;
			const score = 0.7 * relevance[index]! - 0.3 * overlap;
			if (score > bestScore) {
				bestScore = score;
				best = index;
			}
		}
		if (best < 0) break;
		chosen.push(best);
	}
	return chosen
		.sort((a, b) => a - b)
		.map(index => rest[index]!)
		.map(text => (text.length > 300 ? `${text.slice(0, 297).replace(/\s+\S*$/, '')}…` : text));
}

const NUMBER_WORDS =
	'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|a dozen|a hundred|a thousand|a million|a billion';
const QUALIFIER = String.raw`(?:(?:an estimated|an|about|around|roughly|nearly|almost|more than|less than|fewer than|over|under|at least|at most|up to|some|some of|as many as|as few as|estimated)\s+)?`;
const AMOUNT = String.raw`(?:(?:US|A|C|HK)?[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?%|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${NUMBER_WORDS}))(?:[- ](?:million|billion|trillion|thousand|hundred|percent|per cent))?`;
const FIGURE = new RegExp(
	String.raw`\b${QUALIFIER}${AMOUNT}(?:\s+(?:${NUMBER_WORDS}))?(?:\s+(?:[a-z][a-z-]+)){1,4}`,
	'giu',
);
const SKIP_AFTER = /^(?:years?|months?|weeks?|days?|hours?|minutes?|times?|of|and|or|to|in|on|at|percent|per)$/;
const STOP_LABEL =
	/\s+(?:of|and|or|to|in|on|at|from|near|with|that|which|who|as|by|for|were|was|is|are|have|has|had|would|will|the|a|an|its|their|his|her|said|says|since|after|before|during|until|over|last|this|than|when|while)\b.*$/;

/** Figures that matter: numbers with what they count ("an estimated 100,000 combat-ready troops"). */
export function keyFigures(analysis: Analysis, limit = 6): KeyFigure[] {
	const found: KeyFigure[] = [];
	const seen = new Set<string>();
	for (const sentence of bodySentences(analysis)) {
		const text = analysis.article.text.slice(sentence.start, sentence.end);
		if (!/\d|thousand|million|billion|dozen|hundred/i.test(text)) continue;
		for (const match of text.matchAll(FIGURE)) {
			const phrase = match[0];
			const numberMatch = new RegExp(String.raw`^${QUALIFIER}${AMOUNT}(?:\s+(?:${NUMBER_WORDS}))?`, 'iu').exec(phrase);
			if (!numberMatch) continue;
			const value = numberMatch[0].trim();
			if (!/\d/.test(value) && !/(?:thousand|million|billion|dozen|hundred)/i.test(value)) continue;
			if (/^(?:1[89]|20)\d\d$/.test(value.replace(/^\D+/, ''))) continue; // a year
			const noun = phrase.slice(numberMatch[0].length).trim().replace(STOP_LABEL, '');
			const firstWord = noun.split(/\s+/)[0] ?? '';
			if (!noun || SKIP_AFTER.test(firstWord) || noun.length < 3) continue;
			const at = match.index + numberMatch[0].length + phrase.slice(numberMatch[0].length).indexOf(noun);
			// Bounded windows either side: a rule looks around the figure, never at the rest of a long sentence.
			const label = countedBy(
				noun,
				text.slice(Math.max(0, match.index - 80), match.index),
				text.slice(at + noun.length, at + noun.length + 120),
			);
			const key = `${value}|${label}`.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			found.push({label, value});
			if (found.length >= limit) return found;
		}
	}
	return found;
}

const AUXILIARY = String.raw`(?:(?:have|has|had|were|was|are|is|been|being|now|already|reportedly|since|so\s+far)\s+)`;
const PARTICIPLE = String.raw`(?:\p{L}+ed|killed|hurt|held|left|built|born|made|sold|spent|lost|taken|driven|hit|shot|seen|kept|brought|sent|set)`;
/** What follows a counted noun: "(have been) killed in fighting since 2014", up to the clause's end. */
const AFTER_NOUN = new RegExp(
	String.raw`^\s+${AUXILIARY}*(${PARTICIPLE})\b((?:\s+(?!and\b|but\b|which\b|who\b|said\b|according\b)[\p{L}\p{N}’'-]+){0,6})`,
	'u',
);
/** What comes before a counted object: "fighting there has killed", "Russia has massed". */
const BEFORE_OBJECT = new RegExp(
	String.raw`(?:^|[,;:]\s*|\b(?:and|but|as|while|since)\s+)((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?(${PARTICIPLE})\s+$`,
	'u',
);

/**
 * A figure's label with what it counts: the noun and the act that counts it ("people killed in fighting since 2014",
 * "people killed by fighting there", "combat-ready troops massed by Russia"); the noun alone where the sentence says
 * no more.
 */
function countedBy(noun: string, before: string, after: string): string {
	const following = AFTER_NOUN.exec(after);
	if (following) {
		// Up to six words, not ending on a word that needs another ("…began in").
		const tail = (following[2] ?? '')
			.replace(/[,.;:]+$/, '')
			.replace(/(?:\s+(?:in|on|at|of|to|by|for|from|the|a|an|and|its|their))+$/i, '');
		return `${noun} ${following[1]}${tail}`.trim();
	}
	const preceding = BEFORE_OBJECT.exec(before);
	if (preceding && !/^(?:it|he|she|they|we|this|that|which|who)$/i.test(preceding[1]!))
		return `${noun} ${preceding[2]} by ${preceding[1]!.replace(/^(?:The|A|An)\b/, word => word.toLowerCase())}`;
	return noun;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

/** A whole date: "January 12, 2022", "12 January 2022", "2022-01-12", with an optional weekday before it. */
const DATE = (() => {
	const months = MONTHS.join('|');
	return String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:${months})\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:${months})\s+(?:19|20)\d\d)`;
})();

/**
 * The date line of an article, where a publication date is written: a paragraph that is only a date
 * ("Friday, January 4, 2019"), one that opens with "Published"/"Posted" and a date, or a dateline before
 * the story ("Brussels, 12 January 2022 —", "12 January 2022:"). A date in the text itself is an
 * event's, not the article's: it is never taken for the publication date.
 */
const PLACE = String.raw`[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3}(?:\s*\([^)]{1,30}\))?\s*[,—–-]?\s*`;
const DATELINE = new RegExp(
	String.raw`^(?:(?:first\s+)?(?:published|posted|dated?)\s*(?:on\s*)?:?\s*|${PLACE})?(${DATE})\s*(?:$|[—–:-]|\.(?:\s|$)|\()`,
	'iu',
);

function isoOf(found: string): string | undefined {
	const iso = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(found);
	if (iso) return iso[0];
	const monthNames = MONTHS.join('|');
	const american = new RegExp(String.raw`\b(${monthNames})\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`, 'i').exec(found);
	const british = new RegExp(String.raw`\b(\d{1,2})\s+(${monthNames})\s+((?:19|20)\d\d)\b`, 'i').exec(found);
	const parts = american
		? {month: american[1]!, day: american[2]!, year: american[3]!}
		: british
			? {month: british[2]!, day: british[1]!, year: british[3]!}
			: undefined;
	if (!parts) return undefined;
	const month = MONTHS.indexOf(parts.month.toLowerCase()) + 1;
	const day = Number(parts.day);
	// A calendar date only: 31 February is not one.
	if (day < 1 || day > new Date(Date.UTC(Number(parts.year), month, 0)).getUTCDate()) return undefined;
	return `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The publication date an article states in a date line in its first three paragraphs, as YYYY-MM-DD. */
export function publishedDate(analysis: Analysis): string | undefined {
	for (const paragraph of analysis.article.paragraphs.slice(0, 3)) {
		const match = DATELINE.exec(paragraph.text.trim());
		if (!match) continue;
		// The pattern ignores case (for month names); a place before the date must still be capitalised, word by word,
		// and not a sentence's opening ("On Monday", "Ministers will meet on").
		const before = match[0].slice(0, match.index + match[0].indexOf(match[1]!)).trim();
		const words = before
			.replace(/\([^)]*\)/g, '')
			.split(/[\s,—–-]+/)
			.filter(Boolean);
		const published = /^(?:first\s+)?(?:published|posted|dated?)\b/i.test(before);
		if (!published && words.some(word => !/^\p{Lu}/u.test(word) || /^(?:on|in|at|by|since|until|from)$/i.test(word)))
			continue;
		const date = isoOf(match[1]!);
		if (date) return date;
	}
	return undefined;
}

export type DatedEvent = {readonly date: string; readonly event: string; readonly sentence: number};

const MONTH_NAMES = MONTHS.join('|');
/** Dates as written, most precise first: a day, a month of a year, a year. Relative dates ("last week") are not read. */
const WRITTEN_DATE = new RegExp(
	String.raw`\b(?:(${MONTH_NAMES})\s+(\d{1,2}),?\s+((?:19|20)\d\d)|(\d{1,2})\s+(${MONTH_NAMES}),?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(${MONTH_NAMES})(?:\s+of)?\s+((?:19|20)\d\d)|(?:in|since|by|from|until|of|during|before|after|early|late|mid-?)\s+((?:19|20)\d\d)(?![\d%-]))\b`,
	'giu',
);

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** The first date a sentence writes, as YYYY-MM-DD, YYYY-MM or YYYY: exactly as precise as the words. */
export function writtenDate(text: string): string | undefined {
	WRITTEN_DATE.lastIndex = 0;
	for (const match of text.matchAll(WRITTEN_DATE)) {
		const [, m1, d1, y1, d2, m2, y2, iy, im, id, m3, y3, y4] = match;
		const day = (year: string, month: string, date: string) => {
			const number = MONTHS.indexOf(month.toLowerCase()) + 1;
			return isoOf(`${year}-${pad(number)}-${pad(Number(date))}`) ?? `${year}-${pad(number)}`;
		};
		if (y1) return day(y1, m1!, d1!);
		if (y2) return day(y2, m2!, d2!);
		if (iy) return isoOf(`${iy}-${im}-${id}`) ?? `${iy}-${im}`;
		if (y3) return `${y3}-${pad(MONTHS.indexOf(m3!.toLowerCase()) + 1)}`;
		if (y4) return y4;
	}
	return undefined;
}

const MAX_EVENTS = 6;

/** The sentences that date what they tell, in order of date; the date as the article writes it, never guessed. */
export function datedEvents(analysis: Analysis): DatedEvent[] {
	const found: DatedEvent[] = [];
	const seen = new Set<string>();
	for (const sentence of bodySentences(analysis)) {
		const text = sentenceText(analysis, sentence);
		// A date inside a quotation is the speaker's, and often not an event's.
		const masked = sentence.masked;
		if (!/(?:19|20)\d\d/.test(masked)) continue;
		const date = writtenDate(masked);
		if (!date) continue;
		const event = text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
		const key = `${date}|${event}`;
		if (seen.has(key)) continue;
		seen.add(key);
		found.push({date, event, sentence: sentence.index});
	}
	return found
		.slice(0, MAX_EVENTS)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sentence - b.sentence));
}

const PAST = /\b(?:ago|since|previously|earlier|formerly|once|in the past|the last time|history|first time)\b/i;

/**
 * Background: what the article tells of before the story, in its own order, as one paragraph: the dated sentences
 * about an earlier year than the latest the article dates, and those that look back ("ago", "since"); not the
 * sentences the summary shows.
 */
export function background(analysis: Analysis, summary: readonly string[], events: readonly DatedEvent[]): string[] {
	const latest = Math.max(0, ...events.map(event => Number(event.date.slice(0, 4))));
	const dated = new Map(events.map(event => [event.sentence, event.date]));
	const shown = new Set(summary);
	const chosen: string[] = [];
	for (const sentence of bodySentences(analysis)) {
		if (chosen.length >= 3) break;
		const text = sentenceText(analysis, sentence);
		if (shown.has(text) || sentence.quotes.length > 0) continue;
		const date = dated.get(sentence.index);
		if ((date && Number(date.slice(0, 4)) < latest) || PAST.test(sentence.masked)) chosen.push(text);
	}
	return chosen.length > 0 ? [chosen.join(' ')] : [];
}
