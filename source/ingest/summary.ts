import type {Analysis} from './analyse.js';
import type {Sentence} from './sentences.js';

// Extractive summary and key figures. News is written lead first, so the first sentences of the
// body (lead-3) are a strong summary; captions, datelines and sentences that are mostly quotation
// are passed over. Figures are numbers with the noun phrase they count.

export type KeyFigure = {readonly label: string; readonly value: string};

const MIN_WORDS = 8;
const MAX_BULLETS = 4;

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** A photo caption: ends with a credit in brackets, or describes a picture. */
function isCaption(text: string): boolean {
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

/** 3–5 summary bullets: the lead sentences after the standfirst (lead-3), one more when the article is long. */
export function summaryBullets(analysis: Analysis): string[] {
	const candidates = bodySentences(analysis).map(sentence => sentenceText(analysis, sentence));
	const rest = candidates.slice(1);
	const chosen = (rest.length >= 3 ? rest : candidates).slice(0, candidates.length > 12 ? MAX_BULLETS : 3);
	return chosen.map(text => (text.length > 300 ? `${text.slice(0, 297).replace(/\s+\S*$/, '')}…` : text));
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
			const label = phrase.slice(numberMatch[0].length).trim().replace(STOP_LABEL, '');
			const firstWord = label.split(/\s+/)[0] ?? '';
			if (!label || SKIP_AFTER.test(firstWord) || label.length < 3) continue;
			const key = `${value}|${label}`.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			found.push({label, value});
			if (found.length >= limit) return found;
		}
	}
	return found;
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
