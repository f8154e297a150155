import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import type MiniSearchEngine from 'minisearch';
import type {SearchOptions} from 'minisearch';
import {sanitizeLine} from '../model/sanitize.js';
import {fold} from './fold.js';

// Search across a library of stories, for the picker's `/` and `briefing search`: MiniSearch (BM25
// ranking, prefix and fuzzy matching) over the words of each story, folded as every search of briefing
// folds them. Files are read for their text only (parsed, each string sanitised), not validated: a
// search has to stay fast on a thousand stories, and a file that is not a briefing is simply not found.

const MAX_BYTES = 16 * 1024 * 1024;

let MiniSearch: typeof MiniSearchEngine | undefined;

/**
 * Loads MiniSearch, which the indexes below are made with: a chunk of the bundle of its own, loaded the first
 * time a search needs it rather than at every start of the dashboard.
 */
export async function loadSearchEngine(): Promise<void> {
	MiniSearch ??= (await import('minisearch')).default;
}

function engine(): typeof MiniSearchEngine {
	if (!MiniSearch) throw new Error('the search engine is not loaded: await loadSearchEngine() first');
	return MiniSearch;
}

export type SearchableQuote = {
	readonly id: string;
	readonly speakerId: string;
	readonly text: string;
	readonly kind: string;
	readonly context?: string;
	readonly paragraph?: number;
};

export type SearchableSpeaker = {readonly id: string; readonly name: string; readonly role?: string};

/** What a search reads of a story. */
export type SearchableStory = {
	readonly file: string;
	readonly id: string;
	readonly headline: string;
	readonly outlet: string;
	readonly published?: string;
	readonly speakers: readonly SearchableSpeaker[];
	readonly quotes: readonly SearchableQuote[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const line = (value: unknown): string | undefined => {
	if (typeof value !== 'string') return undefined;
	const clean = sanitizeLine(value);
	return clean === '' ? undefined : clean;
};
const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/**
 * A file's text, or undefined. Opened without blocking and read only if it is a regular file of at most
 * MAX_BYTES, as model/text-file.ts reads (a FIFO named *.json must not hang a search); here without its
 * problems in words, which a search does not report, and without importing it: this module is a part of the
 * dashboard's first chunk of the bundle, and that one of the chunk of the commands that validate.
 */
function readText(file: string): string | undefined {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
		const stats = fstatSync(descriptor);
		if (!stats.isFile() || stats.size > MAX_BYTES) return undefined;
		return readFileSync(descriptor, 'utf8');
	} catch {
		return undefined;
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/** The searchable text of a briefing file, or undefined when it cannot be read or is not a briefing. */
export function readSearchable(file: string): SearchableStory | undefined {
	const text = readText(file);
	if (text === undefined) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		return undefined;
	}
	if (!isRecord(data)) return undefined;
	const headline = line(data['headline']);
	const source = isRecord(data['source']) ? data['source'] : {};
	if (headline === undefined) return undefined;
	const speakers = list(data['speakers']).flatMap((speaker): SearchableSpeaker[] => {
		const id = line(speaker['id']);
		const name = line(speaker['name']);
		const role = line(speaker['role']);
		return id && name ? [{id, name, ...(role ? {role} : {})}] : [];
	});
	const quotes = list(data['quotes']).flatMap((quote): SearchableQuote[] => {
		const id = line(quote['id']);
		const speakerId = line(quote['speakerId']);
		const words = line(quote['text']);
		const context = line(quote['context']);
		const paragraph = quote['paragraph'];
		if (!id || !speakerId || !words) return [];
		return [
			{
				id,
				speakerId,
				text: words,
				kind: line(quote['kind']) ?? 'direct',
				...(context ? {context} : {}),
				...(typeof paragraph === 'number' && Number.isInteger(paragraph) ? {paragraph} : {}),
			},
		];
	});
	const published = line(source['published']);
	return {
		file,
		id: line(data['id']) ?? '',
		headline,
		outlet: line(source['name']) ?? '',
		...(published ? {published} : {}),
		speakers,
		quotes,
	};
}

/** MiniSearch's own word boundaries: white space and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Terms as the index keeps them: folded (lower case, no accents, plain quotes). The whole text is folded once
 * and then split, which indexes a thousand stories in half the time of folding each word; empty pieces dropped.
 */
const tokenize = (text: string) => fold(text).split(SPACE_OR_PUNCTUATION);
const processTerm = (term: string) => (term === '' ? null : term);

/**
 * How a query is matched: every word (AND), the last one of three letters or more also as the start of a word
 * (the user may be typing it), words of four letters or more also with a typo or two (a fifth of their length).
 */
export const QUERY_OPTIONS: SearchOptions = {
	combineWith: 'AND',
	prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
	fuzzy: term => (term.length >= 4 ? 0.2 : false),
	maxFuzzy: 2,
};

/** The picker searches as one types: the word being typed matches as a prefix from its second letter. */
const PICKER_OPTIONS: SearchOptions = {
	boost: {headline: 3, speakers: 2, outlet: 1.5},
	prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
};

/**
 * The picker's index: one document per story (headline, outlet, speakers, quotes), built a few stories at
 * a time (`indexSome`) so that the picker keeps answering keys while a large library is read.
 */
export class StoryIndex {
	private readonly files: readonly string[];
	private readonly search = new (engine())<{
		id: number;
		headline: string;
		outlet: string;
		speakers: string;
		quotes: string;
	}>({
		fields: ['headline', 'outlet', 'speakers', 'quotes'],
		tokenize,
		processTerm,
	});
	private next = 0;

	constructor(files: readonly string[]) {
		this.files = files;
	}

	/** How many of the files have been read into the index. */
	get indexed(): number {
		return this.next;
	}

	get size(): number {
		return this.files.length;
	}

	get complete(): boolean {
		return this.next >= this.files.length;
	}

	/** Reads files into the index for about `budgetMs`; returns whether any are left. */
	indexSome(budgetMs = 12): boolean {
		const until = performance.now() + budgetMs;
		while (this.next < this.files.length && (performance.now() < until || budgetMs <= 0)) {
			const index = this.next++;
			const story = readSearchable(this.files[index]!);
			if (!story) continue;
			this.search.add({
				id: index,
				headline: story.headline,
				outlet: story.outlet,
				speakers: story.speakers.map(speaker => `${speaker.name} ${speaker.role ?? ''}`).join(' '),
				quotes: story.quotes.map(quote => quote.text).join(' '),
			});
		}
		return !this.complete;
	}

	/** Reads every file left. */
	indexAll(): void {
		this.indexSome(0);
	}

	/** The stories (their indices in the list of files) that match `query`, best first. */
	find(query: string): number[] {
		if (query.trim() === '') return [];
		return this.search.search(query, {...QUERY_OPTIONS, ...PICKER_OPTIONS}).map(result => result.id as number);
	}
}

export type QuoteHit = {
	readonly story: SearchableStory;
	readonly quote: SearchableQuote;
	readonly speaker: SearchableSpeaker | undefined;
	readonly score: number;
	/** The words of the index that matched (folded), for marking them in the quote. */
	readonly terms: readonly string[];
};

/** `briefing search`'s index: one document per quote (its words, its speaker's name and role). */
export class QuoteIndex {
	private readonly stories: SearchableStory[] = [];
	private readonly entries: {story: number; quote: number}[] = [];
	private readonly search = new (engine())<{id: number; text: string; speaker: string}>({
		fields: ['text', 'speaker'],
		tokenize,
		processTerm,
	});

	/** Adds a story's quotes. */
	add(story: SearchableStory): void {
		const at = this.stories.push(story) - 1;
		const names = new Map(story.speakers.map(speaker => [speaker.id, speaker]));
		story.quotes.forEach((quote, index) => {
			const speaker = names.get(quote.speakerId);
			const id = this.entries.push({story: at, quote: index}) - 1;
			this.search.add({id, text: quote.text, speaker: speaker ? `${speaker.name} ${speaker.role ?? ''}` : ''});
		});
	}

	/** How many quotes are indexed. */
	get size(): number {
		return this.entries.length;
	}

	/** The quotes matching `query`, best first. */
	find(query: string): QuoteHit[] {
		if (query.trim() === '') return [];
		return this.search.search(query, QUERY_OPTIONS).map(result => {
			const entry = this.entries[result.id as number]!;
			const story = this.stories[entry.story]!;
			const quote = story.quotes[entry.quote]!;
			return {
				story,
				quote,
				speaker: story.speakers.find(speaker => speaker.id === quote.speakerId),
				score: result.score,
				terms: result.terms,
			};
		});
	}
}

/**
 * Where the matched words are in a text: each term (folded) at the start of a word, as [start, end) in
 * `text`, in order and not overlapping. A term found by prefix is marked as far as it goes.
 */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
	const folded = fold(text);
	// Folding keeps one unit per unit for nearly all text; where it does not, nothing is marked rather than the wrong words.
	if (folded.length !== text.length || terms.length === 0) return [];
	const ranges: [number, number][] = [];
	for (const term of terms) {
		if (term === '') continue;
		for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
			const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
			if (startsWord) ranges.push([at, at + term.length]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
