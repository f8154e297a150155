import {fold, isVerbLike, singular} from '../lexicon.js';
import {DEMONYMS, PREPOSITIONS, SPEECH_VERBS} from '../vocabulary.js';
import {STOPWORDS, WEAK_OPENERS} from './words.js';

// Content words and noun phrases of a text, and TF-IDF vectors over them: what the topics are grouped and named by.

export type Vector = Map<string, number>;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

// Words and sentences repeat within an article and across articles: memoised, bounded so memory stays flat.
const CACHE_LIMIT = 20_000;
const termCache = new Map<string, string | null>();
const textCache = new Map<string, readonly string[]>();

/** A content word's term: folded, possessive and plural removed ("NATO's" → "nato", "deployments" → "deployment"). */
export function termOf(word: string): string | undefined {
	const cached = termCache.get(word);
	if (cached !== undefined) return cached ?? undefined;
	const term = findTerm(word);
	if (termCache.size >= CACHE_LIMIT) termCache.clear();
	termCache.set(word, term ?? null);
	return term;
}

/** "we're", "they've", "isn't": a pronoun or auxiliary with its ending, never a content word. */
const CONTRACTION = /['’](?:re|ve|ll|d|m|t)$/;

function findTerm(word: string): string | undefined {
	if (CONTRACTION.test(word)) return undefined;
	const folded = fold(word)
		.replace(/['’]s$/, '')
		.replace(/['’]$/, '');
	if (folded.length < 3 || STOPWORDS.has(folded) || SPEECH_VERBS.has(folded) || /^\d/.test(folded)) return undefined;
	return singular(folded);
}

/** The terms of a text, each part of a hyphenated word apart ("open-door" → "open", "door"). */
export function termsOf(text: string, skip?: ReadonlySet<string>): readonly string[] {
	let found = textCache.get(text);
	if (!found) {
		const terms: string[] = [];
		for (const match of text.matchAll(WORD))
			for (const part of match[0].split('-')) {
				const term = termOf(part);
				if (term) terms.push(term);
			}
		if (textCache.size >= CACHE_LIMIT / 4) textCache.clear();
		textCache.set(text, terms);
		found = terms;
	}
	return skip && skip.size > 0 ? found.filter(term => !skip.has(term)) : found;
}

/** Document frequencies of terms over `documents` (each a list of terms), as inverse weights. */
export function inverseFrequencies(documents: readonly (readonly string[])[]): (term: string) => number {
	const counts = new Map<string, number>();
	for (const document of documents) for (const term of new Set(document)) counts.set(term, (counts.get(term) ?? 0) + 1);
	const total = Math.max(1, documents.length);
	return term => Math.log((1 + total) / (1 + (counts.get(term) ?? 0))) + 1;
}

/** A unit-length TF-IDF vector of weighted term lists. */
export function vectorOf(parts: readonly {terms: readonly string[]; weight: number}[], idf: (term: string) => number) {
	const vector: Vector = new Map();
	for (const {terms, weight} of parts)
		for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + weight * idf(term));
	return normalise(vector);
}

export function normalise(vector: Vector): Vector {
	let norm = 0;
	for (const value of vector.values()) norm += value * value;
	norm = Math.sqrt(norm);
	if (norm > 0) for (const [term, value] of vector) vector.set(term, value / norm);
	return vector;
}

export function cosine(a: Vector, b: Vector): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [term, value] of small) {
		const other = large.get(term);
		if (other !== undefined) sum += value * other;
	}
	return sum;
}

/** The mean of vectors, unit length. */
export function centroid(vectors: readonly Vector[]): Vector {
	const sum: Vector = new Map();
	for (const vector of vectors) for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value);
	return normalise(sum);
}

export type Phrase = {
	/** As written, trimmed to its content words: "NATO's open-door policy". */
	readonly text: string;
	readonly terms: readonly string[];
};

/** A word a noun phrase can hold: not a function word, verb form, adverb or speech verb. */
function phraseWord(word: string): boolean {
	const folded = fold(word);
	const bare = folded.replace(/['’]s$/, '');
	if (STOPWORDS.has(folded) || STOPWORDS.has(bare) || SPEECH_VERBS.has(folded) || /^\d+$/.test(folded)) return false;
	if (CONTRACTION.test(folded)) return false;
	if (/ly$/.test(folded) && folded.length > 4) return false;
	// A past tense or participle in lower case is the verb between two phrases ("Interfax quoted Russian officials").
	if (/ed$/.test(folded) && folded.length > 5 && !/^\p{Lu}/u.test(word) && !ADJECTIVES_IN_ED.has(folded)) return false;
	return true;
}

/** Adjectives in -ed that stand inside noun phrases ("armed conflict", "legally binding guarantees"). */
const ADJECTIVES_IN_ED = new Set(
	'armed united limited detailed advanced alleged concerned interested organised organized disputed occupied'.split(
		' ',
	),
);

/**
 * An "-ing" word is a noun after an adjective or a people's name: "Turkish drilling", "global warming", "military
 * spending" (not "protester using").
 */
function gerundAfter(before: string, word: string): boolean {
	const folded = fold(word);
	if (!/ing$/.test(folded) || folded.length <= 4) return false;
	const previous = fold(before);
	return DEMONYMS[previous] !== undefined || /(?:al|ic|ish|ian|ese|ive|ous|ary|ern|ful|less)$/.test(previous);
}

/** "-ed" and "-ing" forms ("rejected", "using"), which end no noun phrase. */
function participle(folded: string): boolean {
	return (/ed$/.test(folded) && folded.length > 5) || (/ing$/.test(folded) && folded.length > 4);
}

/** A word that can end a noun phrase: not a verb form alone ("will", "rejected") nor an -ing or -ed form. */
function canEnd(word: string): boolean {
	const folded = fold(word).replace(/['’]s$/, '');
	if (participle(folded)) return false;
	return !isVerbLike(folded) || /s$/.test(folded);
}

/** Prepositions and articles, after which a run of content words is a noun phrase ("about arms control"). */
const NOUN_PHRASE_AFTER: ReadonlySet<string> = new Set(
	[...PREPOSITIONS, 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that'].filter(
		word => word !== 'to',
	),
);

/** Within a noun phrase, a verb form opens it unless it is a participle ("on arms control", not "on rejected"). */
function canOpenAfter(word: string): boolean {
	const folded = fold(word);
	return !WEAK_OPENERS.has(folded) && !participle(folded);
}

function canEndAfter(word: string): boolean {
	const folded = fold(word);
	return !participle(folded) && !/['’]s?$/.test(word);
}

/** A word that can open a noun phrase: not a verb form nor a ranking word ("key demands" → "demands"). */
function canOpen(word: string): boolean {
	const folded = fold(word).replace(/['’]s$/, '');
	if (WEAK_OPENERS.has(folded)) return false;
	if (/(?:ed|ing)$/.test(folded) && folded.length > 5 && !/^\p{Lu}/u.test(word)) return false;
	return !isVerbLike(folded) || /^\p{Lu}/u.test(word);
}

/**
 * Noun phrases: runs of one to five content words inside a clause ("NATO's open-door policy", "missile deployments"),
 * without the verb forms at their edges. Quotation marks and punctuation end a run.
 */
export function phrasesOf(text: string): readonly Phrase[] {
	const cached = phraseCache.get(text);
	if (cached) return cached;
	const found = findPhrases(text);
	if (phraseCache.size >= CACHE_LIMIT / 4) phraseCache.clear();
	phraseCache.set(text, found);
	return found;
}

const phraseCache = new Map<string, readonly Phrase[]>();

function findPhrases(text: string): Phrase[] {
	const found: Phrase[] = [];
	let run: string[] = [];
	// After a preposition or article, a run is a noun phrase even where its words can be verbs: "on arms control".
	let after = '';
	const flush = () => {
		const nominal = NOUN_PHRASE_AFTER.has(after);
		let from = 0;
		let to = run.length;
		while (from < to && !canOpen(run[from]!) && !(nominal && canOpenAfter(run[from]!))) from++;
		while (
			to > from &&
			!canEnd(run[to - 1]!) &&
			!(nominal && canEndAfter(run[to - 1]!)) &&
			!(to - 1 > from && gerundAfter(run[to - 2]!, run[to - 1]!))
		)
			to--;
		// After a name, a verb form is its verb: "Beijing knows", not a phrase "Beijing knows".
		while (
			to - from >= 2 &&
			isVerbLike(fold(run[to - 1]!)) &&
			/^\p{Lu}/u.test(run[to - 2]!) &&
			!/['’]s?$/.test(run[to - 2]!) &&
			!DEMONYMS[fold(run[to - 2]!)]
		)
			to--;
		// A possessive ends a phrase only inside it: "NATO's" alone names no issue.
		while (to > from && /['’]s?$/.test(run[to - 1]!)) to--;
		const words = run.slice(from, to);
		run = [];
		if (words.length === 0) return;
		for (let start = 0; start < words.length; start += 5) {
			const piece = words.slice(start, start + 5);
			const terms = piece.flatMap(word => termsOf(word));
			if (terms.length > 0) found.push({text: piece.join(' '), terms});
		}
	};
	let last = 0;
	for (const match of text.matchAll(WORD)) {
		const between = text.slice(last, match.index);
		last = match.index + match[0].length;
		if (/[^\s]/.test(between)) flush();
		const word = match[0];
		if (phraseWord(word)) run.push(word);
		else {
			flush();
			after = fold(word);
		}
		if (/[^\s]/.test(between)) after = '';
		// A possessive starts a new phrase after it is taken in: "Russia's demands" stays whole.
	}
	flush();
	return found;
}
