import data from './lexicon-data.json' with {type: 'json'};
import {words} from './vocabulary.js';

// compromise's lexicon (≈25,000 words with tags) is used as a dictionary: first names with their usual
// gender, places, organisations and common words. Running its full tagger costs ~40 ms for a 600-word
// article, eight times the whole budget, so ingest does its own parsing and asks the lexicon only single
// words, in O(1). The word list is taken from compromise at development time (npm run lexicon, checked
// by a test): importing compromise itself costs ~0.5 s, which every `briefing ingest` would pay.

let lexicon: Map<string, string[]> | undefined;

function loadLexicon(): Map<string, string[]> {
	const words = new Map<string, string[]>();
	for (const [tag, list] of Object.entries(data.tags as Record<string, string[]>))
		for (const word of list) {
			const tags = words.get(word);
			if (tags) tags.push(tag);
			else words.set(word, [tag]);
		}
	return words;
}

// Words repeat across articles: memoised lookups keep ingest fast. The caches are bounded so that
// memory stays flat however many articles one process ingests.
const CACHE_LIMIT = 50_000;
const NO_TAGS: readonly string[] = [];
const tagCache = new Map<string, readonly string[]>();
const foldCache = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(key, value);
	return value;
}

function lookup(word: string): readonly string[] {
	const cached = tagCache.get(word);
	if (cached) return cached;
	lexicon ??= loadLexicon();
	return remember(tagCache, word, lexicon.get(word.toLowerCase()) ?? lexicon.get(fold(word)) ?? NO_TAGS);
}

/** Lower case without diacritics: Erdoğan and Erdogan are one name. */
export function fold(word: string): string {
	if (/^[a-z0-9 -]*$/.test(word)) return word;
	const cached = foldCache.get(word);
	if (cached !== undefined) return cached;
	const folded = /^[\x20-\x7e]*$/.test(word)
		? word.toLowerCase()
		: word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[’‘]/g, "'").toLowerCase();
	return remember(foldCache, word, folded);
}

export type Gender = 'female' | 'male';

const MALE_NAMES_ENDING_IN_A = new Set(
	words(`
		joshua luca nikita andrea ezra musa mustafa akira sasha elijah jonah noah isa issa yahya zakaria attila kostya mykola
		mykhaila ilya
	`),
);

/** The usual gender of a first name, when the lexicon knows it or the name ends like most female names. */
export function firstNameGender(name: string): Gender | undefined {
	const tags = lookup(name);
	if (tags.includes('FemaleName')) return 'female';
	if (tags.includes('MaleName')) return 'male';
	const folded = fold(name);
	if (tags.length === 0 && /a$/.test(folded) && folded.length > 2 && !MALE_NAMES_ENDING_IN_A.has(folded))
		return 'female';
	return undefined;
}

/** A word the lexicon knows as someone's first name. */
export function isFirstName(word: string): boolean {
	return lookup(word).some(tag => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** A word the lexicon knows as a surname or person. */
export function isPersonWord(word: string): boolean {
	return lookup(word).some(
		tag => tag === 'LastName' || tag === 'Person' || tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName',
	);
}

/** A country, city or region. */
export function isPlaceWord(word: string): boolean {
	return lookup(word).some(tag => tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place');
}

/** A known organisation, e.g. NATO or the EU. */
export function isOrganisationWord(word: string): boolean {
	return lookup(word).includes('Organization');
}

/** A day or month: "On Friday", "In July" start no name. */
export function isDateWord(word: string): boolean {
	return lookup(word).some(tag => tag === 'WeekDay' || tag === 'Month' || tag === 'Date' || tag === 'Holiday');
}

/** A common English word (not a name or place): a capital letter on it may only mean a sentence start. */
export function isCommonWord(word: string): boolean {
	const tags = lookup(word);
	if (tags.length === 0) return false;
	return !tags.some(
		tag =>
			tag === 'FirstName' ||
			tag === 'MaleName' ||
			tag === 'FemaleName' ||
			tag === 'LastName' ||
			tag === 'Person' ||
			tag === 'Country' ||
			tag === 'City' ||
			tag === 'Region' ||
			tag === 'Place' ||
			tag === 'Organization' ||
			tag === 'ProperNoun' ||
			tag === 'Demonym',
	);
}

/** A verb form, copula, modal or adverb: what follows a noun, not what a noun modifies ("the Hungarian was …"). */
export function isVerbLike(word: string): boolean {
	return lookup(word).some(
		tag =>
			tag === 'Verb' ||
			tag === 'Copula' ||
			tag === 'PastTense' ||
			tag === 'PresentTense' ||
			tag === 'Infinitive' ||
			tag === 'Modal' ||
			tag === 'Auxiliary' ||
			tag === 'Adverb' ||
			tag === 'Gerund',
	);
}

/** A tensed verb form the lexicon knows: "saw", "drove", "understands", "were" (not a bare infinitive like "order"). */
export function isTensedVerb(word: string): boolean {
	return lookup(word).some(
		tag => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Copula' || tag === 'Modal' || tag === 'Auxiliary',
	);
}

/** A verb's plain form the lexicon knows: "fill", "remain", "believe" (a present tense after a plural subject). */
export function isPlainVerb(word: string): boolean {
	return lookup(word).includes('Infinitive');
}

/** A demonym the lexicon knows: "Ukrainian". */
export function isDemonym(word: string): boolean {
	return lookup(word).includes('Demonym');
}

/** The singular of a regular English plural ("analysts", "midwives", "authorities"), or the word itself. */
export function singular(word: string): string {
	if (/men$/.test(word)) return `${word.slice(0, -3)}man`;
	if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
	if (/ves$/.test(word)) return `${word.slice(0, -3)}fe`;
	if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
	if (/[^s]s$/.test(word)) return word.slice(0, -1);
	return word;
}

/** A noun for a person or people the lexicon knows ("teacher", "women", "authors"): someone who can speak. */
export function isPersonNoun(word: string): boolean {
	return lookup(word).includes('Actor') || lookup(singular(word)).includes('Actor');
}
