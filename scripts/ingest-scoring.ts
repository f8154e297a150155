import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyseArticle} from '../source/ingest/analyse.js';
import {findReported} from '../source/ingest/quotes/reported.js';
import {findSpeech} from '../source/ingest/quotes/speech.js';

// Scoring ingest against gold annotations.
//
// Direct quotations (the sets of test/fixtures/*/gold/): a prediction matches a gold quotation when it covers at
// least 30% of the gold quotation's characters; pairs are matched one-to-one, greedily by the share of the gold
// quotation covered (largest first).
//
// Speech by kind (the sets of gold-speech/, speech-dev/ and speech-blind/, whose entries are direct, mixed or
// reported): a predicted span is found, for a gold entry, when the two overlap in at least 30% of the gold span's
// characters and in at least 30% of the predicted span's (so a prediction that swallows a paragraph finds nothing);
// pairs are matched one-to-one, greedily by the smaller of the two shares (largest first). Each kind is matched
// within itself: gold direct with ingest's direct and partial quotations, gold mixed with ingest's mixed, gold
// reported with ingest's reported speech. "In quotation marks" matches gold direct and mixed together with all of
// ingest's quotations (direct, partial, mixed), and "all speech" every entry with every prediction, whatever the kind.
//
// Speaker accuracy is the share of matched pairs whose speakers are the same: strictly (`sameSpeaker`, the figure
// reported and checked), and leniently (`sameSpeakerLenient`, the rule before, reported beside it). A gold entry
// whose speaker is null (an unnamed source) is right, by both rules, when ingest leaves it unnamed or names it by
// the article's description of it (`unnamedRight`).

export const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

export type GoldSpan = {text: string; speaker: string; start: number; end: number};
export type GoldArticle = {name: string; text: string; quotes: GoldSpan[]; reported?: GoldSpan[]};
/** A speaker ingest gave; undefined when it found none. */
export type Predicted = {text: string; speaker: string | undefined; start: number; end: number};

export type Score = {
	gold: number;
	predicted: number;
	matched: number;
	/** Matched pairs with the right speaker, strictly (`sameSpeaker`). */
	sameSpeaker: number;
	/** Matched pairs with the right speaker by the lenient rule (`sameSpeakerLenient`). */
	sameSpeakerLenient: number;
	precision: number;
	recall: number;
	f1: number;
	/** sameSpeaker / matched. */
	speakerAccuracy: number;
	/** sameSpeakerLenient / matched. */
	lenientSpeakerAccuracy: number;
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

/** A name's words in order, folded (case, diacritics, possessives, punctuation), with acronyms in brackets apart. */
function nameParts(name: string): {words: string[]; acronyms: Set<string>} {
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
	const words = expanded.split(/\s+/).filter(word => word && !STOPWORDS.has(word));
	if (new Set(words).size === 1) acronyms.add(words[0]!);
	return {words, acronyms};
}

function nameWords(name: string): {words: Set<string>; acronyms: Set<string>} {
	const {words, acronyms} = nameParts(name);
	return {words: new Set(words), acronyms};
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
 * The lenient rule (the one used before the strict rule): names compared without case, diacritics, possessives,
 * "the"/"of", with US/UK/UN/EU spelled out; equal, or one name's words all among the other's (a surname alone,
 * "State Department" for "United States Department of State"), or an acronym in brackets naming the other.
 * A spokesperson, office, family or analysts of X are not X: the relational words must agree. With two people of
 * one surname in an article, a bare surname is "right" for either: read it beside the strict figure, not alone.
 */
export function sameSpeakerLenient(a: string, b: string): boolean {
	if (relationalWords(a) !== relationalWords(b)) return false;
	const left = nameWords(a);
	const right = nameWords(b);
	if (left.words.size === 0 || right.words.size === 0) return false;
	const subset = (x: Set<string>, y: Set<string>) => [...x].every(word => y.has(word));
	if (subset(left.words, right.words) || subset(right.words, left.words)) return true;
	return [...left.acronyms].some(acronym => right.acronyms.has(acronym));
}

/**
 * Titles and honorifics, before a name or after it, which name no one by themselves: "President Donald Trump" is
 * Donald Trump, "Pope Francis" Francis, "Durham Hall QC" Durham Hall. (The strict rule still wants the rest whole.)
 */
const TITLES = new Set(
	'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend president pope queen king prince princess sheikh senator sen representative rep congressman congresswoman assemblyman assemblywoman councillor governor gov mayor judge monsignor monsenor bishop archbishop cardinal imam rabbi qc kc jr sr'.split(
		' ',
	),
);

/** Whether a folded word is part of a name proper: not a title, an initial, or a leading "one" ("One reporter"). */
function nameWord(word: string, index: number): boolean {
	return !TITLES.has(word) && !/^\p{L}$/u.test(word) && !(index === 0 && word === 'one');
}

/** A name's words without titles and initials ("Jessie K. Liu" is Jessie Liu), spelled one way ("organisation"). */
function coreWords(name: string): {words: string[]; acronyms: Set<string>} {
	const {words, acronyms} = nameParts(name);
	const core = words.filter(nameWord).map(word => word.replace(/isation$/, 'ization'));
	return {words: core, acronyms};
}

/** An article's words as names are folded: `joined` when only spaces (or a left-out word) part it from the one before. */
type ArticleWord = {word: string; capital: boolean; joined: boolean};

function articleWords(text: string): ArticleWord[] {
	const words: ArticleWord[] = [];
	const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
	let last = 0;
	let carried = true;
	for (const match of folded.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)) {
		const joined: boolean = words.length > 0 && carried && /^[ \t-]*$/.test(folded.slice(last, match.index));
		last = match.index + match[0].length;
		const raw = match[0].replace(/['’]s$/i, '');
		const lower = raw.toLowerCase();
		// Left-out words ("the", "of", titles) keep their neighbours joined, as they are in the name.
		if (STOPWORDS.has(lower) || !nameWord(lower, 1)) {
			carried = joined || words.length === 0;
			continue;
		}
		carried = true;
		(EXPANSIONS[lower] ?? lower).split(' ').forEach((word, index) => {
			words.push({
				word: word.replace(/isation$/, 'ization'),
				capital: /^\p{Lu}/u.test(raw),
				joined: index > 0 || joined,
			});
		});
	}
	return words;
}

/** Where a name's words stand together in the article, in any order: the first index of each such run. */
function runsOf(words: readonly string[], article: readonly ArticleWord[]): number[] {
	const wanted = new Set(words);
	const runs: number[] = [];
	for (let at = 0; at + words.length <= article.length; at++) {
		const run = article.slice(at, at + words.length);
		if (run.every((item, index) => wanted.has(item.word) && (index === 0 || item.joined)))
			if (new Set(run.map(item => item.word)).size === wanted.size) runs.push(at);
	}
	return runs;
}

/**
 * Whether the article never gives more of a speaker's name than `short`: none of the gold's other words is anywhere in
 * it (no "Donald" where the gold is Donald Trump and ingest said Trump), and `short` stands somewhere as a name of
 * its own, with no capitalised word joined to it before or after ("the State Department said", not "Russia's
 * Ministry of Defence said").
 */
function articleNamesItSo(gold: readonly string[], short: readonly string[], text: string): boolean {
	const article = articleWords(text);
	const written = new Set(article.map(item => item.word));
	if (gold.some(word => !short.includes(word) && written.has(word))) return false;
	return runsOf(short, article).some(at => {
		const before = article[at - 1];
		const after = article[at + short.length];
		return !(before?.capital && article[at]!.joined) && !(after?.capital && after.joined);
	});
}

/** Whether a name lists several speakers: "Dick Durbin and Adam Schiff", "Reuters, AP and NBC". */
function lists(name: string): boolean {
	return /\s(?:and|&)\s|,/.test(name);
}

/** Whether `part`'s words stand in `whole` in the same order (others may come between). */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
	let at = 0;
	for (const word of whole) if (word === part[at]) at++;
	return at === part.length;
}

/** "WHO" of World Health Organization: the first letters of a name's words. */
function initials(words: readonly string[]): string {
	return words.map(word => word[0]).join('');
}

/**
 * Same person or organisation, as strictly as a reader would take it: the gold names a speaker in full (the name as
 * the article first gives it in full), and the prediction must name the same: the same words, whatever their case,
 * diacritics, titles ("President", "QC"), initials and order; a middle name or second surname may be left out
 * ("Ricardo Rosselló" for "Ricardo Rosselló Nevares"). An organisation may be named by its acronym ("WHO",
 * "NTSB") where the gold's name spells it out, or gives it in brackets, or the reverse. With the article's `text`, a
 * shorter name is right where the article itself never gives more: a surname alone when the article never gives the
 * full name, "State Department" where the article calls it only that (and the gold spells it out). A bare surname of
 * a person the article names in full is wrong ("Durbin" for Dick Durbin), as is a shortened name it never uses
 * ("Ministry of Defence" where the article says "Russia's Ministry of Defence") and one person of a group ("Dick
 * Durbin" for "Dick Durbin and Adam Schiff"). A spokesperson, office, family or analysts of X are not X.
 */
export function sameSpeaker(gold: string, predicted: string, text?: string): boolean {
	if (relationalWords(gold) !== relationalWords(predicted)) return false;
	const left = coreWords(gold);
	const right = coreWords(predicted);
	if (left.words.length === 0 || right.words.length === 0) return false;
	const a = new Set(left.words);
	const b = new Set(right.words);
	if (a.size === b.size && [...a].every(word => b.has(word))) return true;
	const [longer, shorter] =
		left.words.length >= right.words.length ? [left.words, right.words] : [right.words, left.words];
	// Without a middle name or a second surname: the same first name, the shorter name's words in the longer in order
	// ("Ricardo Rosselló" for "Ricardo Rosselló Nevares"); never one name of a list ("Dick Durbin and Adam Schiff").
	if (!lists(gold) && !lists(predicted) && shorter.length >= 2 && shorter[0] === longer[0] && inOrder(shorter, longer))
		return true;
	const acronymOf = (name: {words: string[]; acronyms: Set<string>}) =>
		new Set([...name.acronyms, ...(name.words.length >= 2 ? [initials(name.words)] : [])]);
	const single = (name: {words: string[]}) => (name.words.length === 1 ? name.words[0] : undefined);
	const leftSingle = single(left);
	const rightSingle = single(right);
	if (
		(rightSingle !== undefined && acronymOf(left).has(rightSingle)) ||
		(leftSingle !== undefined && acronymOf(right).has(leftSingle)) ||
		[...left.acronyms].some(acronym => right.acronyms.has(acronym))
	)
		return true;
	return (
		text !== undefined &&
		!lists(gold) &&
		[...b].every(word => a.has(word)) &&
		articleNamesItSo(left.words, right.words, text)
	);
}

/** Words that describe a spokesperson, whichever of them the article uses. */
const SPOKESPERSON = new Set([
	'spokesperson',
	'spokesman',
	'spokeswoman',
	'spokespeople',
	'spokespersons',
	'spokesmen',
]);

/** One word for another: the same, a plural of it ("witnesses", "officials"), or a word for a spokesperson. */
function sameWord(a: string, b: string): boolean {
	if (a === b || (SPOKESPERSON.has(a) && SPOKESPERSON.has(b))) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return long.startsWith(short) && ['s', 'es'].includes(long.slice(short.length));
}

/** The paragraph of the article around [start, end): paragraphs are separated by blank lines. */
function paragraphAround(text: string, start: number, end: number): string {
	const from = text.lastIndexOf('\n\n', start);
	const to = text.indexOf('\n\n', end);
	return text.slice(from === -1 ? 0 : from + 2, to === -1 ? text.length : to);
}

/** Words as names and descriptions are read: letters and digits, with inner dots, hyphens and apostrophes ("Znak.com"). */
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

function folded(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words an article capitalises inside a sentence (names), folded to lower case; a sentence's first word is no sign. */
function namesInside(text: string): Set<string> {
	const names = new Set<string>();
	const plain = folded(text);
	for (const match of plain.matchAll(WORD)) {
		if (!/^\p{Lu}/u.test(match[0])) continue;
		const before = plain.slice(Math.max(0, match.index - 6), match.index).replace(/[ \t"“”‘'(]+$/u, '');
		if (before !== '' && !/[.!?:\n]$/.test(before)) names.add(match[0].toLowerCase());
	}
	return names;
}

/** Words after which a description names what its head belongs to: "Spokesperson for X", "Source close to Y". */
const AFTER_HEAD = new Set(['for', 'at', 'of', 'in', 'from', 'with', 'to', 'on', 'close', 'near', 'familiar']);

/**
 * An unnamed source (a gold speaker of null) is right when ingest names nobody, or names it by the article's
 * description of it: every word of the name ingest gave (case and plurals aside; "Spokesperson" for a spokesman) is
 * in the paragraph of the gold span, and the description's head ("officials" of "Saudi officials", "Spokesperson" of
 * "Spokesperson for Tesco") is a common noun: written in lower case in the article, or capitalised only where it
 * starts a sentence ("Witnesses said"), as no person's or organisation's name is ("Al Jazeera", "Interior Ministry").
 * A name that is one of the article's named speakers (`named`) is wrong, whatever the paragraph says.
 */
export function unnamedRight(
	predicted: string | undefined,
	context: {text: string; start: number; end: number; named: readonly string[]},
): boolean {
	if (predicted === undefined) return true;
	if (context.named.some(name => sameSpeakerLenient(name, predicted))) return false;
	// As written (no "US" spelled out): the words are looked for in the paragraph.
	const all = [...folded(predicted).matchAll(WORD)].map(match => match[0].toLowerCase());
	const cut = all.findIndex((word, index) => index > 0 && AFTER_HEAD.has(word));
	const head = all[(cut === -1 ? all.length : cut) - 1];
	const words = all.filter(word => !STOPWORDS.has(word));
	if (head === undefined || words.length === 0) return false;
	const paragraph = paragraphAround(context.text, context.start, context.end);
	const present = [...folded(paragraph).matchAll(WORD)].map(match => match[0].toLowerCase());
	const inParagraph = (word: string) => present.find(other => sameWord(other, word));
	const written = inParagraph(head);
	if (written === undefined || !words.every(word => inParagraph(word) !== undefined)) return false;
	return ![...namesInside(context.text)].some(name => sameWord(name, written));
}

/** Whether a pair's speakers agree, strictly and by the lenient rule. */
type Judge = (gold: number, predicted: Predicted) => {strict: boolean; lenient: boolean};

/** Pairs of gold and predicted spans, one-to-one, as described at the top of this file. */
export function matchSpans(
	gold: readonly {start: number; end: number}[],
	predicted: readonly Predicted[],
	options: {bothWays: boolean},
): {gold: number; predicted: number}[] {
	const pairs: {gold: number; predicted: number; share: number}[] = [];
	gold.forEach((item, goldIndex) => {
		predicted.forEach((guess, predictedIndex) => {
			const overlap = Math.min(item.end, guess.end) - Math.max(item.start, guess.start);
			const ofGold = overlap / Math.max(1, item.end - item.start);
			const ofPredicted = overlap / Math.max(1, guess.end - guess.start);
			if (ofGold < 0.3 || (options.bothWays && ofPredicted < 0.3)) return;
			pairs.push({
				gold: goldIndex,
				predicted: predictedIndex,
				share: options.bothWays ? Math.min(ofGold, ofPredicted) : ofGold,
			});
		});
	});
	pairs.sort((a, b) => b.share - a.share);
	const goldUsed = new Set<number>();
	const predictedUsed = new Set<number>();
	const matched: {gold: number; predicted: number}[] = [];
	for (const pair of pairs) {
		if (goldUsed.has(pair.gold) || predictedUsed.has(pair.predicted)) continue;
		goldUsed.add(pair.gold);
		predictedUsed.add(pair.predicted);
		matched.push(pair);
	}
	return matched;
}

type ScoreError = ArticleResult['errors'][number];

function score(
	gold: readonly {text: string; start: number; end: number; speaker: string | null}[],
	predicted: readonly Predicted[],
	judge: Judge,
	errors: ScoreError[] | undefined,
	options = {bothWays: false},
): Score {
	const pairs = matchSpans(gold, predicted, options);
	let strict = 0;
	let lenient = 0;
	for (const pair of pairs) {
		const item = gold[pair.gold]!;
		const guess = predicted[pair.predicted]!;
		const right = judge(pair.gold, guess);
		if (right.strict) strict++;
		else
			errors?.push({
				kind: 'speaker',
				text: item.text,
				gold: item.speaker ?? '(unnamed)',
				predicted: guess.speaker ?? '(unknown)',
			});
		if (right.lenient) lenient++;
	}
	const goldUsed = new Set(pairs.map(pair => pair.gold));
	const predictedUsed = new Set(pairs.map(pair => pair.predicted));
	gold.forEach((item, index) => {
		if (!goldUsed.has(index)) errors?.push({kind: 'missed', text: item.text, gold: item.speaker ?? '(unnamed)'});
	});
	predicted.forEach((guess, index) => {
		if (!predictedUsed.has(index))
			errors?.push({kind: 'extra', text: guess.text, predicted: guess.speaker ?? '(unknown)'});
	});
	return summarise(gold.length, predicted.length, pairs.length, strict, lenient);
}

function summarise(gold: number, predicted: number, matched: number, strict: number, lenient: number): Score {
	const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
	const recall = gold === 0 ? 1 : matched / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {
		gold,
		predicted,
		matched,
		sameSpeaker: strict,
		sameSpeakerLenient: lenient,
		precision,
		recall,
		f1,
		speakerAccuracy: matched === 0 ? 0 : strict / matched,
		lenientSpeakerAccuracy: matched === 0 ? 0 : lenient / matched,
	};
}

/** Adds up per-article scores (micro-averaged: counts first, ratios last). */
export function total(scores: readonly Score[]): Score {
	const sum = (key: 'gold' | 'predicted' | 'matched' | 'sameSpeaker' | 'sameSpeakerLenient') =>
		scores.reduce((all, item) => all + item[key], 0);
	return summarise(sum('gold'), sum('predicted'), sum('matched'), sum('sameSpeaker'), sum('sameSpeakerLenient'));
}

/** The speaker ingest gave, or undefined: an unknown speaker names nobody. */
function speakerName(name: string | undefined): string | undefined {
	return name === undefined || name === 'Unknown speaker' ? undefined : name;
}

/** The judge for a gold list whose speakers are all named (the direct-only gold sets), in an article's `text`. */
function byName(gold: readonly GoldSpan[], text: string): Judge {
	return (index, guess) => {
		const name = gold[index]!.speaker;
		return guess.speaker === undefined
			? {strict: false, lenient: false}
			: {strict: sameSpeaker(name, guess.speaker, text), lenient: sameSpeakerLenient(name, guess.speaker)};
	};
}

/** Runs ingest's analysis on one gold article and scores it. */
export function evaluateArticle(article: GoldArticle): ArticleResult {
	const analysis = analyseArticle(article.text);
	const errors: ArticleResult['errors'] = [];
	// The corpus files have no BOM or CR, so the analysis offsets are the file's.
	const direct = analysis.quotes.map(item => ({
		text: analysis.article.text.slice(item.quote.start, item.quote.end),
		speaker: speakerName(item.speaker?.name),
		start: item.quote.start,
		end: item.quote.end,
	}));
	const result: ArticleResult = {
		name: article.name,
		direct: score(article.quotes, direct, byName(article.quotes, article.text), errors),
		errors,
	};
	if (article.reported) {
		const reported = findReported(analysis).map(item => ({
			text: item.text,
			speaker: speakerName(item.speaker.name),
			start: item.start,
			end: item.end,
		}));
		const reportedErrors: ArticleResult['errors'] = [];
		result.reported = score(article.reported, reported, byName(article.reported, article.text), reportedErrors);
		errors.push(...reportedErrors.map(error => ({...error, text: `[reported] ${error.text}`})));
	}
	return result;
}

export const TARGETS = {directF1: 0.97, directSpeakerAccuracy: 0.95};

// Speech by kind: the gold of gold-speech/, speech-dev/ and speech-blind/.

export const SPEECH_KINDS = ['direct', 'mixed', 'reported'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];
/** The tables of a speech score: each kind, speech in quotation marks (direct and mixed), and all speech. */
export const SPEECH_TABLES = [...SPEECH_KINDS, 'quoted', 'all'] as const;
export type SpeechTable = (typeof SPEECH_TABLES)[number];

/** A gold entry of speech: its speaker is null for an unnamed source. */
export type SpeechSpan = {text: string; kind: SpeechKind; speaker: string | null; start: number; end: number};
export type SpeechArticle = {name: string; text: string; speech: SpeechSpan[]; speakers: string[]};
/** What ingest found, with the kind of the gold it is scored against (its partial quotations are direct). */
export type PredictedSpeech = Predicted & {kind: SpeechKind};

export type SpeechScores = Record<SpeechTable, Score>;
export type SpeechResult = {name: string; scores: SpeechScores; errors: (ScoreError & {table: SpeechTable})[]};

type RawSpeech = {
	quotes: {text: string; kind: string; speaker: string | null; char_start: number; char_end: number}[];
	speakers: {name: string | null}[];
};

function loadSpeechArticle(articleFile: string, goldFile: string, name: string): SpeechArticle {
	const text = readFileSync(articleFile, 'utf8');
	const raw = JSON.parse(readFileSync(goldFile, 'utf8')) as RawSpeech;
	const toUnits = codePointToUtf16(text);
	const speech = raw.quotes.map(item => {
		if (!(SPEECH_KINDS as readonly string[]).includes(item.kind))
			throw new Error(`${goldFile}: an entry of kind "${item.kind}", expected direct, mixed or reported`);
		return {
			text: item.text,
			kind: item.kind as SpeechKind,
			speaker: item.speaker,
			start: toUnits(item.char_start),
			end: toUnits(item.char_end),
		};
	});
	const speakers = raw.speakers.flatMap(speaker => (speaker.name ? [speaker.name] : []));
	return {name, text, speech, speakers};
}

/** The speech gold sets: where each one's articles and gold files are, and whether it is blind. */
export const SPEECH_SETS = [
	{
		id: 'corpus',
		title: 'Development corpus: 12 Wikinews articles (corpus/gold-speech/)',
		articles: 'corpus/articles',
		gold: 'corpus/gold-speech',
		blind: false,
	},
	{
		id: 'heldout',
		title: 'Held-out Wikinews: 20 articles (heldout/gold-speech/)',
		articles: 'heldout/articles',
		gold: 'heldout/gold-speech',
		blind: false,
	},
	{
		id: 'speechDev',
		title: 'Speech development set: 32 Wikinews articles (speech-dev/)',
		articles: 'speech-dev/articles',
		gold: 'speech-dev/gold',
		blind: false,
	},
	{
		id: 'speechBlind',
		title: 'Speech blind set: 32 Wikinews articles (speech-blind/), totals only',
		articles: 'speech-blind/articles',
		gold: 'speech-blind/gold',
		blind: true,
	},
] as const;
export type SpeechSet = (typeof SPEECH_SETS)[number];

/** A speech set's articles with their gold, in order: articles/NN-slug.txt and its gold file of the same name. */
export function loadSpeechSet(set: SpeechSet, root = FIXTURES): SpeechArticle[] {
	const articles = path.join(root, set.articles);
	return readdirSync(path.join(root, set.gold))
		.filter(name => name.endsWith('.json'))
		.sort()
		.map(name =>
			loadSpeechArticle(
				path.join(articles, name.replace(/\.json$/, '.txt')),
				path.join(root, set.gold, name),
				name.replace(/\.json$/, ''),
			),
		);
}

/**
 * What ingest finds in an article, as the kinds of the gold: its quotations (direct and partial) as direct, its
 * mixed clauses as mixed, its reported speech as reported.
 */
export function predictedSpeech(text: string): PredictedSpeech[] {
	const analysis = analyseArticle(text);
	return findSpeech(analysis).map(item => ({
		text: item.text,
		kind: item.kind === 'partial' ? 'direct' : item.kind,
		speaker: speakerName(item.speaker?.name),
		start: item.start,
		end: item.end,
	}));
}

/** Which kinds each table takes, of the gold and of ingest's predictions alike. */
const TABLE_KINDS: Record<SpeechTable, readonly SpeechKind[]> = {
	direct: ['direct'],
	mixed: ['mixed'],
	reported: ['reported'],
	quoted: ['direct', 'mixed'],
	all: SPEECH_KINDS,
};

/** Scores ingest's speech in one article of a speech set: each kind, in quotation marks, and all. */
export function evaluateSpeech(article: SpeechArticle, predicted = predictedSpeech(article.text)): SpeechResult {
	const errors: SpeechResult['errors'] = [];
	const scores = Object.fromEntries(
		SPEECH_TABLES.map(table => {
			const kinds = TABLE_KINDS[table];
			const gold = article.speech.filter(item => kinds.includes(item.kind));
			const guesses = predicted.filter(item => kinds.includes(item.kind));
			const judge: Judge = (index, guess) => {
				const item = gold[index]!;
				if (item.speaker === null) {
					const right = unnamedRight(guess.speaker, {...item, text: article.text, named: article.speakers});
					return {strict: right, lenient: right};
				}
				if (guess.speaker === undefined) return {strict: false, lenient: false};
				return {
					strict: sameSpeaker(item.speaker, guess.speaker, article.text),
					lenient: sameSpeakerLenient(item.speaker, guess.speaker),
				};
			};
			const found: ScoreError[] = [];
			const result = score(gold, guesses, judge, found, {bothWays: true});
			// Each kind's misses are listed once, in its own table; the combined tables repeat them.
			if ((SPEECH_KINDS as readonly string[]).includes(table)) errors.push(...found.map(error => ({...error, table})));
			return [table, result];
		}),
	) as SpeechScores;
	return {name: article.name, scores, errors};
}

/** A set's totals for each table. */
export function totalSpeech(results: readonly SpeechResult[]): SpeechScores {
	return Object.fromEntries(
		SPEECH_TABLES.map(table => [table, total(results.map(result => result.scores[table]))]),
	) as SpeechScores;
}

/** Whether `name` is the right speaker (strict) for a gold speech entry: an unnamed source by its description rule. */
export function rightSpeaker(article: SpeechArticle, item: SpeechSpan, name: string | undefined): boolean {
	const predicted = speakerName(name);
	if (item.speaker === null) return unnamedRight(predicted, {...item, text: article.text, named: article.speakers});
	return predicted !== undefined && sameSpeaker(item.speaker, predicted, article.text);
}
