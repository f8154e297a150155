import type {Briefing} from '../model/schema.js';
import {fold} from '../search/fold.js';
import {wordsOf} from './words.js';

// Which articles are one story. Each article is its headline (counted twice) and lead as a TF-IDF vector;
// two articles are alike by the cosine of their vectors, plus a share for the names both give (people,
// organisations, places), and are never one story when their dates are further apart than a window.
// Articles are joined most alike first (single link over the pairs above the threshold), a join of
// two groups only where the groups are alike on average too, so that one article cannot chain two
// stories together; groups already stories of the library are never joined to each other.

/** An article as grouping reads it. */
export type StoryItem = {
	readonly headline: string;
	/** The opening of the article: the standfirst or first paragraphs. */
	readonly lead: string;
	/** YYYY-MM-DD when known. */
	readonly date?: string | undefined;
	/** Names the article gives (speakers, organisations, places), as written. */
	readonly names?: readonly string[];
};

export type GroupOptions = {
	/** How alike two articles must be to be one story (tuned on test/fixtures/multi-source: see its README). */
	readonly threshold?: number;
	/** Articles more days apart than this are never one story. */
	readonly windowDays?: number;
	/** Articles already known to be one story (a library's merged briefing): each list is kept together. */
	readonly together?: readonly (readonly number[])[];
};

/** Tuned by `scripts/tune-stories.ts` on the labelled set (test/fixtures/multi-source/stories.json). */
export const STORY_THRESHOLD = 0.3;
export const STORY_WINDOW_DAYS = 3;
/** What the share of names shared adds to the cosine, at most. */
export const NAME_WEIGHT = 0.3;
/** Two groups join only when their articles are, on average, this much of the threshold alike. */
const AVERAGE_SHARE = 0.5;

const STOP = new Set(
	(
		'a about after again against all also an and any are as at be been before being but by can could did do does ' +
		'for from had has have he her here him his how i if in into is it its last may more most new no not now of ' +
		'on one or our out over said says she so some than that the their them then there these they this those to ' +
		'two under up us was we were what when where which while who will with would year years yesterday today ' +
		'monday tuesday wednesday thursday friday saturday sunday week night day'
	).split(' '),
);

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The terms of a text: folded words, without stop words, a plural's s taken off. */
export function termsOf(text: string): string[] {
	const terms: string[] = [];
	for (const word of wordsOf(text)) {
		if (STOP.has(word) || word.length < 2) continue;
		terms.push(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
	}
	return terms;
}

/** The names of an item as keys: each name's words folded (a person by their surname too). */
function nameKeys(item: StoryItem): Set<string> {
	const keys = new Set<string>();
	for (const name of item.names ?? []) {
		const words = wordsOf(name).filter(word => !STOP.has(word));
		if (words.length === 0) continue;
		keys.add(words.join(' '));
		if (words.length > 1) keys.add(words.at(-1)!);
	}
	return keys;
}

/** Capitalised words of a text that do not open a sentence: the names it gives, roughly. */
export function namesIn(text: string): string[] {
	const names: string[] = [];
	const pattern = /(?<=[^.!?]\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;
	for (const match of text.matchAll(pattern))
		if (!STOP.has(fold(match[0])) && !MONTHS.test(match[0])) names.push(match[0]);
	return names;
}

const dayOf = (date: string | undefined) => {
	if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return undefined;
	return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
};

type Vector = {readonly terms: Int32Array; readonly weights: Float64Array};

/** Each item's TF-IDF vector (terms as ids, sorted; weights of unit length). */
function vectors(items: readonly StoryItem[]): Vector[] {
	const ids = new Map<string, number>();
	const counts = items.map(item => {
		const count = new Map<number, number>();
		const add = (term: string, by: number) => {
			let id = ids.get(term);
			if (id === undefined) {
				id = ids.size;
				ids.set(term, id);
			}
			count.set(id, (count.get(id) ?? 0) + by);
		};
		for (const term of termsOf(item.headline)) add(term, 2);
		for (const term of termsOf(item.lead)) add(term, 1);
		return count;
	});
	const documents = new Float64Array(ids.size);
	for (const count of counts) for (const id of count.keys()) documents[id]!++;
	return counts.map(count => {
		const terms = Int32Array.from([...count.keys()].sort((a, b) => a - b));
		const weights = new Float64Array(terms.length);
		let norm = 0;
		for (const [index, id] of terms.entries()) {
			const weight = (1 + Math.log(count.get(id)!)) * Math.log((items.length + 1) / (documents[id]! + 0.5));
			weights[index] = Math.max(0, weight);
			norm += weights[index]! ** 2;
		}
		norm = Math.sqrt(norm) || 1;
		for (let index = 0; index < weights.length; index++) weights[index]! /= norm;
		return {terms, weights};
	});
}

/**
 * How alike every two items are that share a term, as a map from i * n + j (i < j) to the similarity: the cosine
 * plus the names' share, 0 outside the date window.
 */
export function similarities(items: readonly StoryItem[], windowDays = STORY_WINDOW_DAYS): Map<number, number> {
	const n = items.length;
	const vector = vectors(items);
	const names = items.map(nameKeys);
	const days = items.map(item => dayOf(item.date));
	// An inverted index: each term's items, so that only items that share a term are compared.
	const postings = new Map<number, {item: number; weight: number}[]>();
	for (const [item, {terms, weights}] of vector.entries())
		for (const [index, term] of terms.entries()) {
			const list = postings.get(term);
			const entry = {item, weight: weights[index]!};
			if (list) list.push(entry);
			else postings.set(term, [entry]);
		}
	const dot = new Map<number, number>();
	for (const list of postings.values()) {
		// A term in most articles says nothing; its idf is near nothing and its pairs are many.
		if (list.length > Math.max(50, n / 4)) continue;
		for (let a = 0; a < list.length; a++)
			for (let b = a + 1; b < list.length; b++) {
				const x = list[a]!;
				const y = list[b]!;
				const key = x.item < y.item ? x.item * n + y.item : y.item * n + x.item;
				dot.set(key, (dot.get(key) ?? 0) + x.weight * y.weight);
			}
	}
	const result = new Map<number, number>();
	for (const [key, cosine] of dot) {
		const i = Math.floor(key / n);
		const j = key % n;
		const [di, dj] = [days[i], days[j]];
		if (di !== undefined && dj !== undefined && Math.abs(di - dj) > windowDays) continue;
		let shared = 0;
		for (const name of names[i]!) if (names[j]!.has(name)) shared++;
		const fewer = Math.min(names[i]!.size, names[j]!.size);
		result.set(key, cosine + (fewer > 0 ? NAME_WEIGHT * Math.min(1, shared / Math.min(fewer, 4)) : 0));
	}
	return result;
}

/** The items grouped into stories: lists of their indexes, each in the order given, stories in order of first item. */
export function groupStories(items: readonly StoryItem[], options: GroupOptions = {}): number[][] {
	const n = items.length;
	const threshold = options.threshold ?? STORY_THRESHOLD;
	const pairs = similarities(items, options.windowDays ?? STORY_WINDOW_DAYS);
	const parent = Array.from({length: n}, (_, index) => index);
	const members = new Map<number, number[]>(Array.from({length: n}, (_, index) => [index, [index]]));
	const locked = new Set<number>();
	const find = (x: number): number => {
		while (parent[x] !== x) {
			parent[x] = parent[parent[x]!]!;
			x = parent[x]!;
		}
		return x;
	};
	const union = (a: number, b: number) => {
		const [keep, gone] = members.get(a)!.length >= members.get(b)!.length ? [a, b] : [b, a];
		parent[gone] = keep;
		members.get(keep)!.push(...members.get(gone)!);
		members.delete(gone);
		if (locked.has(gone)) locked.add(keep);
		locked.delete(gone);
	};
	for (const together of options.together ?? []) {
		const [first, ...rest] = together;
		if (first === undefined) continue;
		for (const other of rest) if (find(other) !== find(first)) union(find(first), find(other));
		locked.add(find(first));
	}
	const similarity = (i: number, j: number) => pairs.get(i < j ? i * n + j : j * n + i) ?? 0;
	const ordered = [...pairs].filter(([, value]) => value >= threshold).sort((a, b) => b[1] - a[1]);
	for (const [key] of ordered) {
		const a = find(Math.floor(key / n));
		const b = find(key % n);
		if (a === b || (locked.has(a) && locked.has(b))) continue;
		const left = members.get(a)!;
		const right = members.get(b)!;
		let sum = 0;
		for (const i of left) for (const j of right) sum += similarity(i, j);
		if (sum / (left.length * right.length) < threshold * AVERAGE_SHARE) continue;
		union(a, b);
	}
	return [...members.values()].map(list => list.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** How well stories were found against the right ones: purity, completeness, and pairwise precision and recall. */
export function scoreGrouping(found: readonly (readonly number[])[], labels: readonly string[]) {
	const total = labels.length;
	let pure = 0;
	for (const group of found) {
		const counts = new Map<string, number>();
		for (const item of group) counts.set(labels[item]!, (counts.get(labels[item]!) ?? 0) + 1);
		pure += Math.max(...counts.values());
	}
	const groupOf = new Map<number, number>();
	for (const [index, group] of found.entries()) for (const item of group) groupOf.set(item, index);
	const byLabel = new Map<string, number[]>();
	for (const [item, label] of labels.entries()) byLabel.set(label, [...(byLabel.get(label) ?? []), item]);
	let complete = 0;
	for (const items of byLabel.values()) {
		const counts = new Map<number, number>();
		for (const item of items) counts.set(groupOf.get(item)!, (counts.get(groupOf.get(item)!) ?? 0) + 1);
		complete += Math.max(...counts.values());
	}
	let truePairs = 0;
	let foundPairs = 0;
	let both = 0;
	for (let i = 0; i < total; i++)
		for (let j = i + 1; j < total; j++) {
			const same = labels[i] === labels[j];
			const together = groupOf.get(i) === groupOf.get(j);
			if (same) truePairs++;
			if (together) foundPairs++;
			if (same && together) both++;
		}
	return {
		purity: pure / total,
		completeness: complete / total,
		precision: foundPairs === 0 ? 1 : both / foundPairs,
		recall: truePairs === 0 ? 1 : both / truePairs,
		stories: found.length,
	};
}

/** How many of an article's first paragraphs are its lead. */
const LEAD_PARAGRAPHS = 2;

/**
 * The articles of a briefing as grouping reads them: one item, or one per article of a merged briefing (its
 * headline, its first paragraphs, its date, and the speakers it quotes).
 */
export function storyItemsOf(briefing: Briefing, date?: string): StoryItem[] {
	const speakerName = new Map(briefing.speakers.map(speaker => [speaker.id, speaker.name]));
	const item = (headline: string, paragraphs: readonly string[], quoted: Iterable<string>, day?: string): StoryItem => {
		// A date line or a byline is no part of the lead.
		const lead = paragraphs
			.filter(paragraph => paragraph.split(/\s+/).length >= 8)
			.slice(0, LEAD_PARAGRAPHS)
			.join(' ');
		const names = [...new Set([...quoted].map(id => speakerName.get(id) ?? ''))].filter(Boolean);
		return {headline, lead, ...(day ? {date: day} : {}), names: [...names, ...namesIn(`${headline}. ${lead}`)]};
	};
	const sources = briefing.sources ?? [];
	if (sources.length === 0) {
		const speakers = briefing.quotes.map(quote => quote.speakerId);
		return [item(briefing.headline, briefing.paragraphs, speakers, briefing.source.published ?? date)];
	}
	return sources.map(source => {
		const paragraphs = briefing.paragraphs.filter((_, index) => briefing.paragraphSources?.[index] === source.id);
		const speakers = briefing.quotes
			.filter(quote => quote.sources?.some(place => place.source === source.id))
			.map(quote => quote.speakerId);
		return item(source.headline, paragraphs, speakers, source.published);
	});
}
