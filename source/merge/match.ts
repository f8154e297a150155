import {wordsOf} from './words.js';

// Is this the same statement? Two outlets' quotations of one statement differ in punctuation, in the
// quotation marks, in case, and in how much of it they quote (one truncates, another begins mid-sentence).
// Compared as words, the shorter quotation's words are then (nearly) all in the longer, in order: the
// longest common subsequence of words covers the shorter, or the two overlap (one begins earlier, the other
// ends later). Where the words differ (a word put for another, a clause said otherwise) and both are the
// speaker's own words, the outlets quote the same statement differently.

/** What two quotes are to each other. */
export type QuoteRelation = 'same' | 'differs' | 'unrelated';

/** Two quotations that overlap (one starts, the other ends, mid-statement) share a run of this much of the shorter. */
export const SAME_OVERLAP = 0.6;
/** The shorter's words must be this much of the common sequence to be the same statement quoted differently. */
export const DIFFERS_COVERAGE = 0.5;
/** Fewer words than this match only word for word (a two-word phrase can be in anything). */
const MIN_CONTAINED_WORDS = 3;
/** A quote with fewer words is never said to be quoted differently: too little to tell. */
const MIN_DIFFERING_WORDS = 5;
/** Quotes are a sentence or a few; beyond this many words each, only the first are compared. */
const MAX_WORDS = 400;

/** The length of the longest common subsequence of two word lists (two rows of the table, linear memory). */
export function commonWords(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 || b.length === 0) return 0;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	let previous = new Uint16Array(short.length + 1);
	let current = new Uint16Array(short.length + 1);
	for (let i = 1; i <= long.length; i++) {
		const word = long[i - 1];
		for (let j = 1; j <= short.length; j++)
			current[j] = word === short[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
		[previous, current] = [current, previous];
	}
	return previous[short.length]!;
}

/**
 * The longest run of words two lists share, as [start in a, start in b, length] (quotations are short: the table is
 * at most MAX_WORDS squared, one row at a time).
 */
export function commonRun(a: readonly string[], b: readonly string[]): [number, number, number] {
	let best: [number, number, number] = [0, 0, 0];
	let previous = new Uint16Array(b.length + 1);
	let current = new Uint16Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
			if (current[j]! > best[2]) best = [i - current[j]!, j - current[j]!, current[j]!];
		}
		[previous, current] = [current, previous];
	}
	return best;
}

/**
 * Whether two quotations are the same words cut differently: they share a run that is all of one of them, or each
 * runs on past it at one end only (one begins earlier, the other ends later), never both at the same end, where
 * the words differ.
 */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
	const shorter = Math.min(a.length, b.length);
	const [i, j, length] = commonRun(a, b);
	if (length === shorter) return true;
	if (length < Math.max(4, Math.ceil(SAME_OVERLAP * shorter))) return false;
	return (i === 0 || j === 0) && (i + length === a.length || j + length === b.length);
}

/** A quote as the matcher reads it: its words, and whether they are the speaker's own (not reported speech). */
export type Comparable = {readonly words: readonly string[]; readonly quoted: boolean};

/** A quote's text made comparable. */
export function comparable(text: string, kind: string): Comparable {
	return {words: wordsOf(text).slice(0, MAX_WORDS), quoted: kind !== 'reported'};
}

/**
 * How the shorter of two quotes is covered by the longer: 1 when all of its words are there in order. 0 when either
 * has no words.
 */
export function coverage(a: Comparable, b: Comparable): number {
	const shorter = Math.min(a.words.length, b.words.length);
	if (shorter === 0) return 0;
	return commonWords(a.words, b.words) / shorter;
}

/** Whether two quotes report the same statement, the same statement worded differently, or neither. */
export function relate(a: Comparable, b: Comparable): {relation: QuoteRelation; score: number} {
	const shorter = Math.min(a.words.length, b.words.length);
	if (shorter === 0) return {relation: 'unrelated', score: 0};
	if (shorter < MIN_CONTAINED_WORDS) {
		const same = a.words.length === b.words.length && a.words.every((word, index) => word === b.words[index]);
		return same ? {relation: 'same', score: 1} : {relation: 'unrelated', score: 0};
	}
	// Reported speech is the reporter's wording: only the same words make it the same statement.
	if (a.quoted !== b.quoted) return {relation: 'unrelated', score: 0};
	// A bound first: the shorter's words found anywhere in the longer. Most pairs stop here.
	const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
	const present = new Set(long);
	let bound = 0;
	for (const word of short) if (present.has(word)) bound++;
	if (bound / shorter < DIFFERS_COVERAGE) return {relation: 'unrelated', score: bound / shorter};
	const score = coverage(a, b);
	// Every word of the shorter in the longer, in order: cut at either end, or with words left out (…).
	if (score === 1 || overlaps(a.words, b.words)) return {relation: 'same', score: Math.max(score, 0.95)};
	if (a.quoted && score >= DIFFERS_COVERAGE && shorter >= MIN_DIFFERING_WORDS) return {relation: 'differs', score};
	return {relation: 'unrelated', score};
}
