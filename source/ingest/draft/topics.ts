import {fold} from '../lexicon.js';
import {SPEECH_VERBS, TITLE_WORDS} from '../vocabulary.js';
import {decideAgreement, reportedConflict, stanceOf} from './agreement.js';
import {slug} from './sides.js';
import {
	centroid,
	cosine,
	inverseFrequencies,
	normalise,
	type Phrase,
	phrasesOf,
	termsOf,
	type Vector,
	vectorOf,
} from './terms.js';

/** Words of every news story, which name no issue of one ("people", "country", "statement"). */
const GENERIC_TERMS: ReadonlySet<string> = new Set(
	'country countries issue issues thing matter part side sides place world official officials government'.split(' '),
);

/** Titles and ranks ("president", "minister") say who speaks, not what about. */
const TITLE_TERMS: ReadonlySet<string> = new Set([...TITLE_WORDS].map(word => word.toLowerCase()));

// Draft topics: the statements grouped by what they are about, each group named by its most central phrase.
//
// Each statement is a TF-IDF vector of its own words and (at half weight) the rest of the sentence that reports it,
// with the speaker's own name left out, and inverse frequencies taken over the article's sentences. The statements are
// clustered bottom-up (average linkage, cosine similarity) until no two groups are alike enough; the groups that most
// sides spoke to become topics (3–7), and a side that spoke to a topic in a statement grouped elsewhere joins it. A
// topic is titled by the noun phrase of its statements whose terms weigh most in the group's centroid.

/** A quotation or reported statement; `reported` for reported speech, which is never shown in quotation marks. */
export type Statement = {
	id: string;
	sideId: string;
	speakerName: string;
	text: string;
	reported?: boolean;
	/** The whole sentence that carries it, the reporter's words included. */
	sentence?: string;
	/** On an observer's side (journalists, analysts). */
	observer?: boolean;
};

export type DraftTopic = {
	id: string;
	title: string;
	positions: {sideId: string; summary: string; quoteIds: string[]}[];
	agreement: 'agree' | 'partial' | 'disagree' | 'unclear';
	/** Why: the cues the agreement was read from. */
	reason?: string;
	draft: true;
};

export type TopicContext = {
	readonly headline: string;
	/** The article's sentences, for inverse frequencies. */
	readonly sentences: readonly string[];
	readonly sideNames: ReadonlyMap<string, string>;
};

const MAX_TOPICS = 7;
/** How many topics found by key phrase may come beyond one per three statements. */
const MORE_BY_PHRASE = 2;
const MIN_TOPICS = 3;
/** Clustering is cubic in the statements: beyond this many, the rest join the nearest group. */
const MAX_CLUSTERED = 160;
/** How much a word's company counts beside the word. */
const EXPANSION = 0.5;
/** How many terms an expanded vector keeps. */
const EXPANDED_TERMS = 80;
/** A statement this close to a topic's centroid brings its side into the topic. */
const JOIN_AT = 0.2;
/** The same, for a statement already in another topic. */
const JOIN_PLACED_AT = 0.35;
const MAX_SUMMARY = 140;

/** Three to seven draft topics over the statements (fewer only where there are fewer statements), most sides first. */
export function draftTopics(statements: readonly Statement[], context: TopicContext): DraftTopic[] {
	if (statements.length === 0) return [];
	const names = new Set(statements.flatMap(statement => termsOf(statement.speakerName)));
	const sentenceTerms = context.sentences.map(sentence => termsOf(sentence, names));
	const idf = inverseFrequencies(sentenceTerms);
	const contexts = termContexts(sentenceTerms, idf);
	const counts = articleCounts(context.sentences, contexts.holding);
	const plain = statements.map(statement => statementVector(statement, idf, names));
	const vectors = plain.map(vector => expand(vector, contexts));
	const wanted = Math.min(
		statements.length,
		Math.max(MIN_TOPICS, Math.min(MAX_TOPICS, Math.round(statements.length / 3))),
	);
	const seeded = seedGroups(statements, context, names, idf);
	const groups = cluster(vectors, wanted);
	const weights = new Map(groups.map(group => [group, weight(group, statements)]));
	const ranked = [...groups].sort((a, b) => weights.get(b)! - weights.get(a)! || a[0]! - b[0]!);
	const chosen = [
		...ranked.filter(members => members.length >= 2),
		...ranked.filter(members => members.length < 2),
	].slice(0, Math.max(wanted, ranked.filter(members => members.length >= 2).length));
	// One place at least is kept for an issue found by its key phrase.
	chosen.splice(MAX_TOPICS - 1);
	// An issue several sides speak to that no group gathers (its statements spread over groups about other things)
	// is a topic too, found by its key phrase; not the same statements as a group's.
	// Then an issue one side speaks to where the article comes back to its words elsewhere ("talks on arms control").
	for (const alone of [false, true])
		for (const group of seeded.groups) {
			if (chosen.length >= Math.min(MAX_TOPICS, wanted + MORE_BY_PHRASE)) break;
			const sides = new Set(group.map(index => statements[index]!.sideId));
			const returns = () => seeded.phrases.get(group)!.terms.every(term => counts.termCount(term) >= 2);
			if (alone ? sides.size !== 1 || !returns() : sides.size < 2) continue;
			const apart = chosen.every(other => {
				const shared = group.filter(index => other.includes(index)).length;
				return shared / (group.length + other.length - shared) < 0.5;
			});
			if (apart) chosen.push(group);
		}

	const usedTitles = new Set<string>();
	const usedIds = new Set<string>();
	const placed = new Set(chosen.flat());
	const topics = chosen.map(initial => {
		const members = [...initial];
		let middle = centroid(members.map(index => vectors[index]!));
		// Every side that spoke to it: a statement of a side not in the group, close to its centroid, joins.
		const sides = new Set(members.map(index => statements[index]!.sideId));
		// A statement already in another topic joins only when it is as much about this one.
		const joined = statements
			.map((statement, index) => ({statement, index, score: cosine(vectors[index]!, middle)}))
			.filter(
				({statement, index, score}) =>
					!sides.has(statement.sideId) && score >= (placed.has(index) ? JOIN_PLACED_AT : JOIN_AT),
			)
			.sort((a, b) => b.score - a.score);
		for (const {statement, index} of joined)
			if (!sides.has(statement.sideId)) {
				sides.add(statement.sideId);
				members.push(index);
			}
		middle = centroid(members.map(index => vectors[index]!));
		members.sort((a, b) => a - b);
		const own = members.map(index => statements[index]!);
		const title = titleOf(
			own,
			centroid(members.map(index => plain[index]!)),
			names,
			usedTitles,
			context.headline,
			counts,
			seeded.phrases.get(initial),
		);
		if (title === undefined) return undefined;
		usedTitles.add(fold(title));
		let id = `topic-${slug(title, 'statements')}`;
		for (let n = 2; usedIds.has(id); n++) id = `topic-${slug(title, 'statements')}-${n}`;
		usedIds.add(id);
		const bySide = new Map<string, {statement: Statement; vector: Vector}[]>();
		for (const index of members) {
			const statement = statements[index]!;
			const list = bySide.get(statement.sideId) ?? [];
			list.push({statement, vector: vectors[index]!});
			bySide.set(statement.sideId, list);
		}
		const verdict = decideAgreement(
			[...bySide.entries()].map(([sideId, list]) => ({
				sideId,
				name: context.sideNames.get(sideId) ?? sideId,
				observer: list[0]!.statement.observer === true,
				texts: list.map(({statement}) => statement.text),
			})),
		);
		// Where the sides' own words leave it open, the reporter's may say it: "NATO and the US rejected…".
		const {agreement, reason} =
			verdict.agreement === 'unclear'
				? (reportedConflict(aboutTopic(title, context.sentences, contexts.holding)) ?? verdict)
				: verdict;
		return {
			id,
			title,
			positions: [...bySide.entries()].map(([sideId, list]) => ({
				sideId,
				summary: summaryOf(clearest(list, middle, new Set(termsOf(title))), new Set(termsOf(title))),
				quoteIds: list.map(({statement}) => statement.id),
			})),
			agreement,
			...(reason ? {reason} : {}),
			draft: true as const,
			terms: termsOf(title).join(' '),
		};
	});
	// Two topics titled by the same words (or one by some of the other's) are one topic said twice: the first stays.
	const seen: Set<string>[] = [];
	return topics
		.filter(topic => topic !== undefined)
		.filter(topic => {
			const terms = new Set(topic.terms.split(' ').filter(Boolean));
			const again = seen.some(
				other => [...terms].every(term => other.has(term)) || [...other].every(term => terms.has(term)),
			);
			if (again) return false;
			seen.push(terms);
			return true;
		})
		.map(({terms: _, ...topic}) => topic);
}

/**
 * Term centrality by TextRank (Mihalcea and Tarau, 2004): a graph of the article's terms, linked where they stand
 * within a few words of each other in a sentence, ranked as PageRank ranks pages. A term is central when the terms
 * around it are.
 */
export function textRank(sentences: readonly (readonly string[])[], window = 4, rounds = 30): Map<string, number> {
	const links = new Map<string, Map<string, number>>();
	const link = (a: string, b: string) => {
		if (a === b) return;
		const list = links.get(a) ?? new Map<string, number>();
		list.set(b, (list.get(b) ?? 0) + 1);
		links.set(a, list);
	};
	for (const terms of sentences)
		for (let i = 0; i < terms.length; i++)
			for (let j = i + 1; j < Math.min(terms.length, i + window); j++) {
				link(terms[i]!, terms[j]!);
				link(terms[j]!, terms[i]!);
			}
	const out = new Map<string, number>();
	for (const [term, list] of links) {
		let total = 0;
		for (const value of list.values()) total += value;
		out.set(term, total);
	}
	let rank = new Map([...links.keys()].map(term => [term, 1]));
	for (let round = 0; round < rounds; round++) {
		const next = new Map<string, number>();
		for (const [term, list] of links) {
			let sum = 0;
			for (const [other, value] of list) sum += (value / out.get(other)!) * rank.get(other)!;
			next.set(term, 0.15 + 0.85 * sum);
		}
		rank = next;
	}
	return rank;
}

/** How many key phrases are tried as topics, best first. */
const SEED_CANDIDATES = 60;
/** Two topics whose statements overlap this much are one. */
const SAME_STATEMENTS = 0.75;
/** A statement is in a second topic whose phrase its words hold at least this much as its first's. */
const ALSO_ABOUT = 0.5;

/**
 * Topics from key phrases: the noun phrases of the statements and of the sentences that report them, ranked by the
 * TextRank centrality of their terms in the article, the more so the more sides speak to them (an issue at stake is
 * one several sides address). The best phrases that share no term become topics, and each statement goes to the
 * topic whose phrase it holds most. Groups of statement indexes, each with its phrase; fewer than wanted where the
 * statements speak to fewer issues.
 */
function seedGroups(
	statements: readonly Statement[],
	context: TopicContext,
	names: ReadonlySet<string>,
	idf: (term: string) => number,
): {groups: number[][]; phrases: ReadonlyMap<readonly number[], Phrase>} {
	const rank = textRank(context.sentences.map(sentence => termsOf(sentence, names)));
	const story = new Set(termsOf(context.headline));
	const own = statements.map(statement => new Set(termsOf(statement.text, names)));
	const around = statements.map(statement => new Set(termsOf(statement.sentence ?? '', names)));
	// A term's weight: central in the article, telling (rare in its sentences), less for the story's own words.
	const weightOf = (term: string) =>
		names.has(term) || TITLE_TERMS.has(term) || GENERIC_TERMS.has(term)
			? 0
			: (rank.get(term) ?? 0) * Math.sqrt(idf(term)) * (story.has(term) ? 0.4 : 1);
	// A phrase of the statements themselves names what was said; one only in the reporter's words around them, less.
	const candidates = new Map<string, {phrase: Phrase; said: boolean}>();
	for (const statement of statements)
		for (const [text, said] of [
			[statement.text, true],
			[statement.sentence ?? '', false],
		] as const)
			for (const phrase of phrasesOf(text)) {
				const key = phrase.terms.join(' ');
				const known = candidates.get(key);
				if (!known) candidates.set(key, {phrase, said});
				else if (said) known.said = true;
			}
	// The article's own words name issues too ("talks on arms control, missile deployments"): where a statement speaks
	// to one, it is a topic.
	for (const sentence of context.sentences)
		for (const phrase of phrasesOf(sentence)) {
			const key = phrase.terms.join(' ');
			if (!candidates.has(key)) candidates.set(key, {phrase, said: false});
		}
	/** How strongly a statement speaks to a phrase: its own words count fully, the reporter's around them half. */
	const holds = (index: number, terms: readonly string[]) => {
		let value = 0;
		for (const term of terms) {
			const weight = weightOf(term);
			if (own[index]!.has(term)) value += weight;
			else if (around[index]!.has(term)) value += 0.5 * weight;
		}
		return value;
	};
	// The phrase's own worth first, then (for the best only: it costs a pass over the statements) who speaks to it.
	const scored = [...candidates.values()]
		.map(({phrase, said}) => {
			const terms = [...new Set(phrase.terms)].filter(term => weightOf(term) > 0);
			const named = phrase.text.split(/\s+/).every(word => /^\p{Lu}/u.test(word));
			let weight = 0;
			for (const term of terms) weight += weightOf(term);
			const size = terms.length <= 1 ? 0.7 : terms.length > 4 ? 0.8 : 1;
			const worth = (weight / Math.sqrt(Math.max(1, terms.length))) * size * (named ? 0.3 : 1) * (said ? 1 : 0.5);
			return {phrase, terms, worth};
		})
		.filter(entry => entry.terms.length > 0 && entry.worth > 0)
		.sort((a, b) => b.worth - a.worth)
		.slice(0, 4 * SEED_CANDIDATES)
		.map(({phrase, terms, worth}) => {
			const holding = statements.map((_, index) => index).filter(index => holds(index, terms) > 0);
			const saying = holding.filter(index => terms.some(term => own[index]!.has(term)));
			const sides = new Set(holding.map(index => statements[index]!.sideId)).size;
			return {phrase, terms, holding, saying, score: worth * Math.sqrt(sides) * Math.sqrt(saying.length)};
		})
		.filter(entry => entry.holding.length > 0)
		.sort((a, b) => b.score - a.score || a.phrase.text.length - b.phrase.text.length)
		.slice(0, SEED_CANDIDATES);
	const seeds: {phrase: Phrase; terms: readonly string[]; saying: readonly number[]}[] = [];
	for (const entry of scored) {
		if (seeds.length >= MAX_TOPICS) break;
		if (seeds.some(seed => seed.terms.some(term => entry.terms.includes(term)))) continue;
		// The same statements under other words are the same topic.
		const same = seeds.some(seed => {
			const shared = seed.saying.filter(index => entry.saying.includes(index)).length;
			return shared > 0 && shared / Math.max(seed.saying.length, entry.saying.length) >= SAME_STATEMENTS;
		});
		if (same) continue;
		seeds.push(entry);
	}
	// Each statement to the topic it speaks to most, and to every other whose phrase its own words hold about as much
	// (one statement can speak to two issues); a statement that speaks to none is in no topic.
	const groups: number[][] = seeds.map(() => []);
	statements.forEach((_, index) => {
		const values = seeds.map(seed => holds(index, seed.terms) / Math.sqrt(seed.terms.length));
		const best = Math.max(0, ...values);
		if (best === 0) return;
		values.forEach((value, position) => {
			const said = seeds[position]!.saying.includes(index);
			if (value === best || (said && value >= ALSO_ABOUT * best)) groups[position]!.push(index);
		});
	});
	const phrases = new Map<readonly number[], Phrase>();
	for (const [position, group] of groups.entries()) phrases.set(group, seeds[position]!.phrase);
	return {groups: groups.filter(group => group.length > 0), phrases};
}

function statementVector(statement: Statement, idf: (term: string) => number, names: ReadonlySet<string>): Vector {
	const own = termsOf(statement.text, names);
	const sentence = statement.sentence ? termsOf(statement.sentence, names) : [];
	// The sentence's words less the statement's own: those are counted at full weight already.
	const rest = [...sentence];
	for (const term of own) {
		const at = rest.indexOf(term);
		if (at >= 0) rest.splice(at, 1);
	}
	return vectorOf(
		[
			{terms: own, weight: 1},
			{terms: rest, weight: 0.5},
		],
		idf,
	);
}

/**
 * The article's sentences as vectors, and for each term the sentences that hold it: the company each word keeps.
 */
function termContexts(sentences: readonly (readonly string[])[], idf: (term: string) => number): Contexts {
	const holding = new Map<string, number[]>();
	sentences.forEach((terms, index) => {
		for (const term of new Set(terms)) {
			const list = holding.get(term);
			if (list) list.push(index);
			else holding.set(term, [index]);
		}
	});
	return {holding, vectors: sentences.map(terms => vectorOf([{terms, weight: 1}], idf))};
}

type Contexts = {holding: ReadonlyMap<string, readonly number[]>; vectors: readonly Vector[]};

/**
 * A statement's vector with the company its words keep (the mean of the article's sentences that hold each word,
 * at half weight): two statements that share no word but speak of what the article discusses together ("open
 * door", "expansion") come closer. Each sentence is added once, weighted by the statement's words it holds.
 */
function expand(vector: Vector, contexts: Contexts): Vector {
	const weights = new Map<number, number>();
	for (const [term, value] of vector) {
		const inside = contexts.holding.get(term);
		if (!inside) continue;
		const share = value / inside.length;
		for (const index of inside) weights.set(index, (weights.get(index) ?? 0) + share);
	}
	const out: Vector = new Map(vector);
	for (const [index, weight] of weights)
		for (const [term, value] of contexts.vectors[index]!)
			out.set(term, (out.get(term) ?? 0) + EXPANSION * weight * value);
	// The strongest terms only: the long tail of company words weighs little and costs every comparison after.
	if (out.size <= EXPANDED_TERMS) return normalise(out);
	const values = Float64Array.from(out.values()).sort();
	const least = values[values.length - EXPANDED_TERMS]!;
	for (const [term, value] of out) if (value < least) out.delete(term);
	return normalise(out);
}

/**
 * Agglomerative clustering by Ward's rule (merge the two groups whose union least increases the spread around the
 * centroids: groups of a like size, not one group that swallows the story) down to `wanted` groups: groups of
 * statement indexes. Cubic in the statements, so only the first MAX_CLUSTERED are clustered; the rest join the
 * nearest group.
 */
function cluster(vectors: readonly Vector[], wanted: number): number[][] {
	const count = Math.min(vectors.length, MAX_CLUSTERED);
	const groups: number[][] = Array.from({length: count}, (_, index) => [index]);
	// Squared Euclidean distances between unit vectors, kept up to date by the Lance–Williams rule for Ward.
	const distance = Array.from({length: count}, () => new Float64Array(count));
	for (let i = 0; i < count; i++)
		for (let j = i + 1; j < count; j++) {
			const value = 2 - 2 * cosine(vectors[i]!, vectors[j]!);
			distance[i]![j] = value;
			distance[j]![i] = value;
		}
	const alive: number[] = groups.map((_, index) => index);
	while (alive.length > wanted) {
		let best = Infinity;
		let pair: [number, number] = [0, 1];
		for (let x = 0; x < alive.length; x++)
			for (let y = x + 1; y < alive.length; y++) {
				const value = distance[alive[x]!]![alive[y]!]!;
				if (value < best) {
					best = value;
					pair = [x, y];
				}
			}
		const i = alive[pair[0]]!;
		const j = alive[pair[1]]!;
		const a = groups[i]!.length;
		const b = groups[j]!.length;
		for (const k of alive) {
			if (k === i || k === j) continue;
			const c = groups[k]!.length;
			const value = ((a + c) * distance[i]![k]! + (b + c) * distance[j]![k]! - c * distance[i]![j]!) / (a + b + c);
			distance[i]![k] = value;
			distance[k]![i] = value;
		}
		groups[i] = [...groups[i]!, ...groups[j]!];
		alive.splice(pair[1], 1);
	}
	const result = alive.map(index => groups[index]!);
	if (vectors.length > count) {
		const middles = result.map(group => centroid(group.map(index => vectors[index]!)));
		for (let index = count; index < vectors.length; index++) {
			let best = -1;
			let at = 0;
			middles.forEach((middle, position) => {
				const value = cosine(vectors[index]!, middle);
				if (value > best) {
					best = value;
					at = position;
				}
			});
			result[at]!.push(index);
		}
	}
	return result;
}

/** Groups weigh by the parties that spoke to them (an observer half as much), then by how many statements they hold. */
function weight(members: readonly number[], statements: readonly Statement[]): number {
	const parties = new Set(
		members.filter(index => !statements[index]!.observer).map(index => statements[index]!.sideId),
	);
	const observers = members.some(index => statements[index]!.observer) ? 0.5 : 0;
	return (parties.size + observers) * Math.sqrt(members.length);
}

/**
 * The group's most central phrase: the noun phrase of its statements (and the sentences that report them) whose terms
 * weigh most in the group's centroid, the more so the more statements use it; a name alone says who, not what. One
 * bare word is joined by the next phrase with other terms ("Missile deployments and arms control").
 */
function titleOf(
	statements: readonly Statement[],
	middle: Vector,
	names: ReadonlySet<string>,
	used: ReadonlySet<string>,
	headline: string,
	article: ArticleCounts,
	seed?: Phrase,
): string | undefined {
	const candidates = new Map<string, {phrase: Phrase; count: number}>();
	for (const statement of statements) {
		const seen = new Set<string>();
		for (const [text, share] of [
			[statement.text, 1],
			[statement.sentence ?? '', 0.6],
		] as const)
			for (const phrase of phrasesOf(text)) {
				const key = fold(phrase.text);
				if (seen.has(key)) continue;
				seen.add(key);
				const entry = candidates.get(key);
				if (entry) entry.count += share;
				else candidates.set(key, {phrase, count: share});
			}
	}
	// The headline's words name the whole story: within it, they tell one issue from another less than others do.
	const story = new Set(termsOf(headline));
	// An issue is what the article keeps coming back to: terms held by many of its sentences weigh more, and so do
	// phrases it writes more than once.
	const scored = [...candidates.values()]
		.map(({phrase, count}) => {
			const terms = new Set(phrase.terms.filter(term => !names.has(term) && !TITLE_TERMS.has(term)));
			let weight = 0;
			for (const term of terms)
				weight += (middle.get(term) ?? 0) * (story.has(term) ? 0.4 : 1) * (1 + Math.log(article.termCount(term) || 1));
			const named = phrase.text.split(/\s+/).every(word => /^\p{Lu}/u.test(word));
			const size = terms.size <= 1 ? 0.5 : terms.size > 4 ? 0.8 : 1;
			const recurring = 1 + 0.5 * Math.log(article.phraseCount(phrase) || 1);
			return {
				phrase,
				terms,
				score: (weight / Math.sqrt(Math.max(1, terms.size))) * size * (named ? 0.3 : 1) * count * recurring,
			};
		})
		.filter(({score, phrase}) => score > 0 && !used.has(fold(tidy(phrase.text))))
		.sort((a, b) => b.score - a.score || a.phrase.text.length - b.phrase.text.length);
	const multi = scored.find(({terms}) => terms.size >= 2);
	const seeded = seed && scored.find(({phrase}) => fold(phrase.text) === fold(seed.text));
	const best = seeded || (multi && scored[0] && multi.score >= 0.6 * scored[0].score ? multi : scored[0]);
	// Nothing left to name it by: the statements of a story with no other topic, or none.
	if (!best) return used.size === 0 ? `What the sides said: ${headline}`.slice(0, 120) : undefined;
	let title = tidy(best.phrase.text);
	// One word, or a name alone ("Hong Kong"), names no issue: a second phrase joins it.
	if (best.terms.size <= 1 || best.phrase.text.split(/\s+/).every(word => /^\p{Lu}/u.test(word))) {
		// Joined by a phrase of two words or more where there is one: "Area and full" says nothing.
		const others = scored.filter(({terms}) => [...terms].every(term => !best.terms.has(term)));
		const named = (phrase: Phrase) => phrase.text.split(/\s+/).every(word => /^\p{Lu}/u.test(word));
		const next =
			others.find(({terms, phrase}) => terms.size >= 2 && !named(phrase)) ??
			others.find(({phrase}) => !named(phrase)) ??
			others[0];
		if (next) title = `${title} and ${tidy(next.phrase.text)}`;
	}
	return upperFirst(title);
}

/** What the article keeps coming back to: sentences holding a term, and holding all of a phrase's terms. */
type ArticleCounts = {termCount(term: string): number; phraseCount(phrase: Phrase): number};

/** How many of the article's sentences hold a term, and how many write a phrase (counted only where asked). */
function articleCounts(sentences: readonly string[], holding: ReadonlyMap<string, readonly number[]>): ArticleCounts {
	const phrases = new Map<string, number>();
	return {
		termCount: term => holding.get(term)?.length ?? 0,
		phraseCount: phrase => {
			const key = phrase.terms.join(' ');
			const known = phrases.get(key);
			if (known !== undefined) return known;
			// Only the sentences holding all of its terms can write it.
			const lists = [...new Set(phrase.terms)].map(term => holding.get(term) ?? []);
			lists.sort((a, b) => a.length - b.length);
			const others = lists.slice(1).map(list => new Set(list));
			const count = (lists[0] ?? [])
				.filter(index => others.every(other => other.has(index)))
				.filter(index => phrasesOf(sentences[index]!).some(other => other.terms.join(' ') === key)).length;
			phrases.set(key, count);
			return count;
		},
	};
}

/** The article's sentences about a topic: those holding most of its title's terms (two, or its only one). */
function aboutTopic(title: string, sentences: readonly string[], holding: ReadonlyMap<string, readonly number[]>) {
	const wanted = [...new Set(termsOf(title))];
	const needed = Math.min(2, wanted.length);
	if (needed === 0) return [];
	const hits = new Map<number, number>();
	for (const term of wanted) for (const index of holding.get(term) ?? []) hits.set(index, (hits.get(index) ?? 0) + 1);
	return [...hits]
		.filter(([, count]) => count >= needed)
		.map(([index]) => index)
		.sort((a, b) => a - b)
		.map(index => sentences[index]!);
}

function tidy(text: string): string {
	return text.replace(/^[\s'’"“”‘]+|[\s'’"“”‘,.;:]+$/g, '');
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The side's clearest statement: central to the topic and in its title's words, a stance in it (refusal, demand,
 * accord), a whole sentence of a readable length.
 */
function clearest(
	list: readonly {statement: Statement; vector: Vector}[],
	middle: Vector,
	titleTerms: ReadonlySet<string>,
): Statement {
	let best = list[0]!.statement;
	let bestScore = -Infinity;
	for (const {statement, vector} of list) {
		const words = statement.text.split(/\s+/).length;
		const own = new Set(termsOf(statement.text));
		const inTitle = titleTerms.size === 0 ? 0 : [...titleTerms].filter(term => own.has(term)).length / titleTerms.size;
		const score =
			cosine(vector, middle) +
			0.3 * inTitle +
			(stanceOf(statement.text) ? 0.25 : 0) +
			(words >= 6 ? 0.2 : words < 4 ? -0.3 : 0) +
			(statement.reported ? 0 : 0.05);
		if (score > bestScore) {
			bestScore = score;
			best = statement;
		}
	}
	return best;
}

/**
 * A position as one line: the speaker and the statement, cut at a clause or word boundary; reported speech that
 * opens with its verb reads on from the name ("NATO warns Russia it will not compromise…").
 */
function summaryOf(statement: Statement, about: ReadonlySet<string> = new Set()): string {
	const whole = statement.text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[,;:]+$/, '');
	const text = focus(whole, MAX_SUMMARY, about);
	if (!statement.reported) return `${statement.speakerName}: “${text}”`;
	const verb = SPEECH_VERBS.has(fold(text.split(/\s+/)[0] ?? ''));
	return verb ? `${statement.speakerName} ${text}` : `${statement.speakerName}: ${text}`;
}

/**
 * A long statement cut to the part on the topic: the run of its clauses that holds most of the topic's terms and
 * fits the line, from its start where that holds as many ("… as well as to talk about arms control and disarmament").
 */
export function focus(text: string, limit: number, about: ReadonlySet<string>): string {
	if (text.length <= limit || about.size === 0) return shorten(text, limit);
	const clauses = text.split(/(?<=[,;:—])\s+|\s+(?=(?:and|but|as well as|including|while|which)\s)/);
	const count = (part: string) => new Set(termsOf(part).filter(term => about.has(term))).size;
	let best = {from: 0, to: 0, held: -1};
	for (let from = 0; from < clauses.length; from++) {
		let length = -1;
		for (let to = from; to < clauses.length; to++) {
			length += clauses[to]!.length + 1;
			if (length > limit - 2 && to > from) break;
			const held = count(clauses.slice(from, to + 1).join(' '));
			if (held > best.held) best = {from, to, held};
		}
	}
	if (best.from === 0 || best.held <= count(shorten(text, limit))) return shorten(text, limit);
	const part = clauses.slice(best.from, best.to + 1).join(' ');
	const cut = shorten(part, limit - 1);
	return `…${cut}${best.to < clauses.length - 1 && !cut.endsWith('…') ? '…' : ''}`;
}

export function shorten(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const head = text.slice(0, limit - 1);
	// A clause boundary in the second half of the line, else the last whole word.
	const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '));
	const cut = clause > limit / 2 ? head.slice(0, clause) : head.replace(/\s+\S*$/, '');
	return `${cut}…`;
}
