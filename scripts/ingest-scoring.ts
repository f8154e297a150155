import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyseArticle} from '../source/ingest/analyse.js';
import {findReported} from '../source/ingest/reported.js';

// Scoring ingest against gold annotations. A prediction matches a gold quotation when it covers at
// least 30% of the gold quotation's characters; pairs are matched one-to-one, greedily by the share
// of the gold quotation covered (largest first). Speaker accuracy is the share of matched pairs
// whose speakers are the same person by `sameSpeaker`.

export const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

export type GoldSpan = {text: string; speaker: string; start: number; end: number};
export type GoldArticle = {name: string; text: string; quotes: GoldSpan[]; reported?: GoldSpan[]};
export type Predicted = {text: string; speaker: string; start: number; end: number};

export type Score = {
	gold: number;
	predicted: number;
	matched: number;
	sameSpeaker: number;
	precision: number;
	recall: number;
	f1: number;
	speakerAccuracy: number;
};

export type ArticleResult = {
	name: string;
	direct: Score;
	reported?: Score;
	errors: {kind: 'missed' | 'extra' | 'speaker'; text: string; gold?: string; predicted?: string}[];
};

/** Python code-point offsets to JavaScript (UTF-16) offsets. */
function codePointToUtf16(text: string): (offset: number) => number {
	const map: number[] = [];
	let unit = 0;
	for (const char of text) {
		map.push(unit);
		unit += char.length;
	}
	map.push(unit);
	return offset => map[offset] ?? unit;
}

type RawGold = {
	quotes: {text: string; speaker: string; char_start: number; char_end: number}[];
	reported?: RawGold['quotes'];
};

function loadGold(articleFile: string, goldFile: string, name: string): GoldArticle {
	const text = readFileSync(articleFile, 'utf8');
	const raw = JSON.parse(readFileSync(goldFile, 'utf8')) as RawGold;
	const toUnits = codePointToUtf16(text);
	const convert = (items: RawGold['quotes']) =>
		items.map(item => ({
			text: item.text,
			speaker: item.speaker,
			start: toUnits(item.char_start),
			end: toUnits(item.char_end),
		}));
	return {name, text, quotes: convert(raw.quotes), ...(raw.reported ? {reported: convert(raw.reported)} : {})};
}

/** The development set: the 12 corpus articles and the seed article. */
export function loadDevelopmentSet(root = FIXTURES): GoldArticle[] {
	const corpus = path.join(root, 'corpus');
	const articles = readdirSync(path.join(corpus, 'articles'))
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name =>
			loadGold(
				path.join(corpus, 'articles', name),
				path.join(corpus, 'gold', name.replace(/\.txt$/, '.json')),
				name.replace(/\.txt$/, ''),
			),
		);
	const seed = path.join(root, 'seed');
	articles.push(
		loadGold(
			path.join(seed, 'nato-russia-council.txt'),
			path.join(seed, 'nato-russia-council.gold.json'),
			'seed-nato-russia-council',
		),
	);
	return articles;
}

/**
 * Articles written for the tests in wire-copy style, covering each pattern the issue lists (not the development set).
 */
export function loadExtraSet(root = FIXTURES): GoldArticle[] {
	const folder = path.join(root, 'ingest-articles');
	return readdirSync(folder)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name =>
			loadGold(
				path.join(folder, name),
				path.join(folder, name.replace(/\.txt$/, '.gold.json')),
				name.replace(/\.txt$/, ''),
			),
		);
}

/**
 * The held-out set: 20 Wikinews articles the rules were not developed on. Articles 01–12 may be used to
 * develop fixes ("tuning" part); 13–20 are only looked at for the final figures ("final" part).
 */
export function loadHeldOutSet(root = FIXTURES): GoldArticle[] {
	return loadGoldFolder(path.join(root, 'heldout'));
}

/** Which part of the held-out set an article belongs to, by its number. */
export function heldOutPart(name: string): 'tuning' | 'final' {
	return Number.parseInt(name, 10) <= 12 ? 'tuning' : 'final';
}

/**
 * The wire-style set: 12 synthetic articles in agency and paper styles (Reuters, AP, BBC, Guardian, Al
 * Jazeera). Articles 01–06 may be used to develop fixes; 07–12 are only looked at for the final figures.
 */
export function loadWireStyleSet(root = FIXTURES): GoldArticle[] {
	return loadGoldFolder(path.join(root, 'wire-style'));
}

/** Which part of the wire-style set an article belongs to, by its number. */
export function wireStylePart(name: string): 'tuning' | 'final' {
	return Number.parseInt(name, 10) <= 6 ? 'tuning' : 'final';
}

/**
 * The fresh set: 10 synthetic articles in other outlets' styles and genres, written after the wire-style
 * round. Articles 01–05 may be used to develop fixes; 06–10 are only looked at for the final figures.
 */
export function loadFreshSet(root = FIXTURES): GoldArticle[] {
	return loadGoldFolder(path.join(root, 'fresh'));
}

/** The varied set: the first blind set (8 synthetic articles), whose misses may guide fixes since round 5. */
export function loadVariedSet(root = FIXTURES): GoldArticle[] {
	return loadGoldFolder(path.join(root, 'varied'));
}

/** The blind set: synthetic articles annotated without reading the rules; never used for fixes. */
export function loadBlindSet(root = FIXTURES): GoldArticle[] {
	return loadGoldFolder(path.join(root, 'blind'));
}

/** A gold set's folder: articles/NN-slug.txt with gold/NN-slug.json beside them, in order. */
function loadGoldFolder(folder: string): GoldArticle[] {
	return readdirSync(path.join(folder, 'articles'))
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name =>
			loadGold(
				path.join(folder, 'articles', name),
				path.join(folder, 'gold', name.replace(/\.txt$/, '.json')),
				name.replace(/\.txt$/, ''),
			),
		);
}

/** Which part of the fresh set an article belongs to, by its number. */
export function freshPart(name: string): 'tuning' | 'final' {
	return Number.parseInt(name, 10) <= 5 ? 'tuning' : 'final';
}

const STOPWORDS = new Set(['the', 'of', 'and', 'for', 'on', 'a', 'an']);
const EXPANSIONS: Record<string, string> = {
	us: 'united states',
	'u s': 'united states',
	usa: 'united states',
	uk: 'united kingdom',
	'u k': 'united kingdom',
	un: 'united nations',
	eu: 'european union',
};

function nameWords(name: string): {words: Set<string>; acronyms: Set<string>} {
	const acronyms = new Set<string>();
	const bare = name.replace(/\(([^)]*)\)/g, (_, inner: string) => {
		acronyms.add(inner.toLowerCase());
		return ' ';
	});
	const folded = bare
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ');
	const expanded = folded
		.split(/\s+/)
		.map(word => EXPANSIONS[word] ?? word)
		.join(' ');
	const words = new Set(expanded.split(/\s+/).filter(word => word && !STOPWORDS.has(word)));
	if (words.size === 1) acronyms.add([...words][0]!);
	return {words, acronyms};
}

/**
 * Words for someone who speaks for, or stands next to, the one named: "Spokesperson for X", "X's office", "Analysts at
 * X".
 */
const RELATIONAL = new Set(
	'spokesperson spokesman spokeswoman spokespeople office family relatives analyst analysts lawyer lawyers aide aides governors mother father wife husband son daughter brother sister editor critics supporters'.split(
		' ',
	),
);

/** The relational words of a name, where they are its head rather than part of a proper name ("Sheriff's Office"). */
function relationalWords(name: string): string {
	const words = name.split(/\s+/).map(word => word.replace(/['’]s$/, ''));
	return words
		.filter((word, index) => (index === 0 || !/^\p{Lu}/u.test(word)) && RELATIONAL.has(word.toLowerCase()))
		.map(word => word.toLowerCase())
		.sort()
		.join(' ');
}

/**
 * Same person (or organisation): names compared without case, diacritics, possessives, "the"/"of",
 * with US/UK/UN/EU spelled out; equal, or one name's words all among the other's (a surname alone,
 * "State Department" for "United States Department of State"), or an acronym in brackets naming the other.
 * A spokesperson, office, family or analysts of X are not X: the relational words must agree.
 */
export function sameSpeaker(a: string, b: string): boolean {
	if (relationalWords(a) !== relationalWords(b)) return false;
	const left = nameWords(a);
	const right = nameWords(b);
	if (left.words.size === 0 || right.words.size === 0) return false;
	const subset = (x: Set<string>, y: Set<string>) => [...x].every(word => y.has(word));
	if (subset(left.words, right.words) || subset(right.words, left.words)) return true;
	return [...left.acronyms].some(acronym => right.acronyms.has(acronym));
}

function score(
	gold: readonly GoldSpan[],
	predicted: readonly Predicted[],
	errors: ArticleResult['errors'] | undefined,
): Score {
	const pairs: {gold: number; predicted: number; cover: number}[] = [];
	gold.forEach((item, goldIndex) => {
		predicted.forEach((guess, predictedIndex) => {
			const overlap = Math.min(item.end, guess.end) - Math.max(item.start, guess.start);
			const cover = overlap / Math.max(1, item.end - item.start);
			if (cover >= 0.3) pairs.push({gold: goldIndex, predicted: predictedIndex, cover});
		});
	});
	pairs.sort((a, b) => b.cover - a.cover);
	const goldUsed = new Set<number>();
	const predictedUsed = new Set<number>();
	let same = 0;
	for (const pair of pairs) {
		if (goldUsed.has(pair.gold) || predictedUsed.has(pair.predicted)) continue;
		goldUsed.add(pair.gold);
		predictedUsed.add(pair.predicted);
		const item = gold[pair.gold]!;
		const guess = predicted[pair.predicted]!;
		if (sameSpeaker(item.speaker, guess.speaker)) same++;
		else errors?.push({kind: 'speaker', text: item.text, gold: item.speaker, predicted: guess.speaker});
	}
	gold.forEach((item, index) => {
		if (!goldUsed.has(index)) errors?.push({kind: 'missed', text: item.text, gold: item.speaker});
	});
	predicted.forEach((guess, index) => {
		if (!predictedUsed.has(index)) errors?.push({kind: 'extra', text: guess.text, predicted: guess.speaker});
	});
	return summarise(gold.length, predicted.length, goldUsed.size, same);
}

function summarise(gold: number, predicted: number, matched: number, sameSpeakerCount: number): Score {
	const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
	const recall = gold === 0 ? 1 : matched / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {
		gold,
		predicted,
		matched,
		sameSpeaker: sameSpeakerCount,
		precision,
		recall,
		f1,
		speakerAccuracy: matched === 0 ? 0 : sameSpeakerCount / matched,
	};
}

/** Adds up per-article scores (micro-averaged: counts first, ratios last). */
export function total(scores: readonly Score[]): Score {
	const sum = (key: 'gold' | 'predicted' | 'matched' | 'sameSpeaker') =>
		scores.reduce((all, item) => all + item[key], 0);
	return summarise(sum('gold'), sum('predicted'), sum('matched'), sum('sameSpeaker'));
}

/** Runs ingest's analysis on one gold article and scores it. */
export function evaluateArticle(article: GoldArticle): ArticleResult {
	const analysis = analyseArticle(article.text);
	const errors: ArticleResult['errors'] = [];
	// The corpus files have no BOM or CR, so the analysis offsets are the file's.
	const direct = analysis.quotes.map(item => ({
		text: analysis.article.text.slice(item.quote.start, item.quote.end),
		speaker: item.speaker?.name ?? '(unknown)',
		start: item.quote.start,
		end: item.quote.end,
	}));
	const result: ArticleResult = {name: article.name, direct: score(article.quotes, direct, errors), errors};
	if (article.reported) {
		const reported = findReported(analysis).map(item => ({
			text: item.text,
			speaker: item.speaker.name,
			start: item.start,
			end: item.end,
		}));
		const reportedErrors: ArticleResult['errors'] = [];
		result.reported = score(article.reported, reported, reportedErrors);
		errors.push(...reportedErrors.map(error => ({...error, text: `[reported] ${error.text}`})));
	}
	return result;
}

export const TARGETS = {directF1: 0.97, directSpeakerAccuracy: 0.95};
