import {
	type ArticleRef,
	Briefing,
	type BriefingInput,
	type Quote,
	type QuoteSource,
	SCHEMA_VERSION,
	type Side,
	type Topic,
} from '../model/schema.js';
import {sameArticle} from '../web/article-url.js';
import {type Comparable, comparable, coverage, relate} from './match.js';
import {givenNameIn, groupSpeakers, type SpeakerGroup, type SpeakerMention} from './names.js';
import {slugOf, uniqueId, wordsOf} from './words.js';

// Several briefings on one story into one: their articles listed in `sources`, paragraphs kept in
// order (a paragraph two articles share word for word, once), every speaker once however the
// articles name them (names.ts), every statement once with every article that reports it, and a
// statement two articles quote in different words kept as one quote that says so (match.ts).
// The inputs are finished drafts, of one article or already merged: a story is merged again when
// more articles on it turn up. Nothing is dropped: each input quote is a quote of the result, or
// one of its sources.

export type MergeInput = {
	readonly briefing: Briefing;
	/** How messages name it (a file or a URL). */
	readonly name?: string;
};

export type MergeReport = {
	/** Input quotes found to be a statement already there (with a source added to it). */
	readonly same: number;
	/** Input quotes found to be a statement already there, worded differently. */
	readonly differs: number;
	/** Inputs left out because they are an article already there. */
	readonly repeated: readonly string[];
};

export type MergeResult = {
	readonly briefing: Briefing;
	readonly warnings: readonly string[];
	readonly report: MergeReport;
};

/** A summary bullet whose words are this much in another's is the same bullet. */
const SAME_BULLET = 0.8;

/** The articles a briefing was made from: its `sources`, or its one source. */
export function articlesOf(briefing: Briefing): ArticleRef[] {
	if (briefing.sources && briefing.sources.length > 0) return [...briefing.sources];
	const {source} = briefing;
	return [
		{
			id: 's1',
			outlet: source.name,
			...(source.url ? {url: source.url} : {}),
			headline: briefing.headline,
			...(source.published ? {published: source.published} : {}),
			...(source.author ? {byline: source.author} : {}),
			...(source.retrieved ? {retrieved: source.retrieved} : {}),
		},
	];
}

/** Where a quote is in its briefing's articles (for one article: its paragraph). */
function placesOf(briefing: Briefing, quote: Quote): QuoteSource[] {
	if (quote.sources && quote.sources.length > 0) return quote.sources.map(place => ({...place}));
	const article = articlesOf(briefing)[0]!.id;
	return [{source: article, ...(quote.paragraph !== undefined ? {paragraph: quote.paragraph} : {})}];
}

/** A URL as a key for "the same article": no fragment, no tracking parameters. */

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

type MergedQuote = {
	speaker: number;
	text: string;
	kind: Quote['kind'];
	context: string | undefined;
	paragraph: number | undefined;
	sources: QuoteSource[];
	compare: Comparable;
	inputs: Set<number>;
};

/** Merges briefings on one story (in the order given: the first one's headline and standfirst lead). */
export function mergeBriefings(inputs: readonly MergeInput[]): MergeResult {
	if (inputs.length === 0) throw new Error('nothing to merge');
	const warnings: string[] = [];
	const repeated: string[] = [];

	// The same article twice (by its address, or the same outlet's same text) is merged once.
	const kept: {input: MergeInput; index: number}[] = [];
	const seenUrls = new Map<string, string>();
	const seenTexts = new Map<string, string>();
	for (const [index, input] of inputs.entries()) {
		const {briefing} = input;
		const name = input.name ?? briefing.headline;
		const articles = articlesOf(briefing);
		const urls = articles.flatMap(article => (article.url ? [sameArticle(article.url)] : []));
		const textKey = `${articles.map(article => `${article.outlet}|${article.url ?? ''}`).join(';')}\n${briefing.paragraphs.map(spaced).join('\n')}`;
		const earlier =
			urls.length === articles.length && urls.every(url => seenUrls.has(url))
				? seenUrls.get(urls[0]!)
				: seenTexts.get(textKey);
		if (earlier !== undefined) {
			repeated.push(name);
			warnings.push(`${name}: the same article as ${earlier}: merged once`);
			continue;
		}
		for (const url of urls) if (!seenUrls.has(url)) seenUrls.set(url, name);
		seenTexts.set(textKey, name);
		kept.push({input, index});
	}

	// Articles, renumbered s1, s2 … in order.
	const sources: ArticleRef[] = [];
	const articleId: Map<string, string>[] = [];
	for (const {input} of kept) {
		const ids = new Map<string, string>();
		for (const article of articlesOf(input.briefing)) {
			const id = `s${sources.length + 1}`;
			ids.set(article.id, id);
			sources.push({...article, id});
		}
		articleId.push(ids);
	}

	// Paragraphs, in order; one that an earlier article has word for word is that one.
	const paragraphs: string[] = [];
	const paragraphSources: string[] = [];
	const paragraphAt = new Map<string, number>();
	const paragraphOf: number[][] = [];
	for (const [k, {input}] of kept.entries()) {
		const {briefing} = input;
		const single = articlesOf(briefing)[0]!.id;
		paragraphOf.push(
			briefing.paragraphs.map((text, index) => {
				const key = spaced(text);
				const known = paragraphAt.get(key);
				if (known !== undefined) return known;
				paragraphAt.set(key, paragraphs.length);
				paragraphs.push(text);
				paragraphSources.push(articleId[k]!.get(briefing.paragraphSources?.[index] ?? single) ?? `s1`);
				return paragraphs.length - 1;
			}),
		);
	}
	const place = (k: number, where: QuoteSource): QuoteSource => ({
		source: articleId[k]!.get(where.source) ?? where.source,
		...(where.paragraph !== undefined && paragraphOf[k]![where.paragraph] !== undefined
			? {paragraph: paragraphOf[k]![where.paragraph]!}
			: {}),
		...(where.text ? {text: where.text} : {}),
	});

	// Speakers: one per person, however named.
	const mentions: SpeakerMention[] = [];
	const mentionAt = new Map<string, number>();
	for (const [k, {input}] of kept.entries())
		for (const speaker of input.briefing.speakers) {
			mentionAt.set(`${k}\u0000${speaker.id}`, mentions.length);
			mentions.push({name: speaker.name, role: speaker.role, organisation: speaker.organisation, draft: k});
		}
	const {groupOf, groups} = groupSpeakers(mentions);
	completeNames(
		groups,
		kept.flatMap(({input}) => input.briefing.paragraphs),
	);
	const compared = kept.map(({input}) => input.briefing.quotes.map(quote => comparable(quote.text, quote.kind)));
	identifyDescriptions(
		kept.map(({input}) => input.briefing),
		compared,
		groups,
		groupOf,
		mentionAt,
	);
	const speakerOf = (k: number, speakerId: string) => groupOf[mentionAt.get(`${k}\u0000${speakerId}`) ?? -1] ?? -1;
	const sideOfMention: string[] = [];
	for (const {input} of kept) for (const speaker of input.briefing.speakers) sideOfMention.push(speaker.sideId);

	// Quotes: each input's against those of the inputs before it, one to one, the closest pairs first.
	const quotes: MergedQuote[] = [];
	const quoteId: Map<string, number>[] = [];
	let same = 0;
	let differs = 0;
	for (const [k, {input}] of kept.entries()) {
		const {briefing} = input;
		const ids = new Map<string, number>();
		quoteId.push(ids);
		const incoming = briefing.quotes.map((quote, index) => ({
			quote,
			speaker: speakerOf(k, quote.speakerId),
			compare: compared[k]![index]!,
			places: placesOf(briefing, quote).map(where => place(k, where)),
		}));
		// `part`: the incoming quote is a piece of the other (an article that splits a quotation in two has two).
		type Pair = {from: number; to: number; relation: 'same' | 'differs'; score: number; part: boolean};
		const pairs: Pair[] = [];
		const before = quotes.length;
		for (const [from, item] of incoming.entries())
			for (let to = 0; to < before; to++) {
				const other = quotes[to]!;
				const speakerAgrees = other.speaker === item.speaker;
				// A long statement word for word is the same statement even where the articles' speakers disagree.
				if (!speakerAgrees && Math.min(item.compare.words.length, other.compare.words.length) < 8) continue;
				const {relation, score} = relate(item.compare, other.compare);
				if (relation === 'unrelated' || (relation === 'differs' && !speakerAgrees)) continue;
				const part =
					relation === 'same' &&
					item.compare.words.length < other.compare.words.length &&
					coverage(item.compare, other.compare) === 1;
				pairs.push({from, to, relation, score, part});
			}
		pairs.sort((a, b) => (a.relation === b.relation ? b.score - a.score : a.relation === 'same' ? -1 : 1));
		const matched = new Map<number, Pair>();
		const taken = new Set<number>();
		for (const pair of pairs) {
			if (matched.has(pair.from) || (taken.has(pair.to) && !pair.part)) continue;
			matched.set(pair.from, pair);
			if (!pair.part) taken.add(pair.to);
		}
		for (const [from, item] of incoming.entries()) {
			const pair = matched.get(from);
			if (!pair) {
				ids.set(item.quote.id, quotes.length);
				quotes.push({
					speaker: item.speaker,
					text: item.quote.text,
					kind: item.quote.kind,
					context: item.quote.context,
					paragraph: item.places[0]?.paragraph,
					sources: item.places,
					compare: item.compare,
					inputs: new Set([k]),
				});
				continue;
			}
			const target = quotes[pair.to]!;
			ids.set(item.quote.id, pair.to);
			target.inputs.add(k);
			if (pair.relation === 'differs') {
				differs++;
				target.sources.push(...item.places.map(where => ({...where, text: where.text ?? item.quote.text})));
				continue;
			}
			same++;
			// The same statement: the fuller quotation is the one shown, where its article has it.
			if (item.compare.words.length > target.compare.words.length && item.places[0]) {
				target.text = item.quote.text;
				target.kind = item.quote.kind;
				target.compare = item.compare;
				target.paragraph = item.places[0].paragraph;
				target.context = item.quote.context ?? target.context;
				target.sources.unshift(...item.places);
			} else target.sources.push(...item.places);
		}
	}

	// Sides: every side a speaker or a position of the inputs has, once by its id.
	const sides: Side[] = [];
	const sideIds = new Set<string>();
	for (const {input} of kept)
		for (const side of input.briefing.sides)
			if (!sideIds.has(side.id)) {
				sideIds.add(side.id);
				sides.push(side);
			}

	// Speakers, with ids made from the names shown.
	const takenSpeakerIds = new Set<string>();
	const speakerIds = groups.map(group => uniqueId(slugOf(group.name, 'speaker'), takenSpeakerIds));
	// Every speaker some quote is by: one whose only statements another article gives to someone else, at length
	// and word for word (a "Union" or an unknown speaker for the union's leader), is not listed on its own.
	const quoted = new Set(quotes.map(quote => quote.speaker));
	const speakers = groups
		.map((group, index) => ({group, index}))
		.filter(({index}) => quoted.has(index))
		.map(({group, index}) => ({
			id: speakerIds[index]!,
			name: group.name,
			...(group.role ? {role: group.role} : {}),
			sideId: sideOfMention[group.members[0]!]!,
			...(group.organisation ? {organisation: true} : {}),
		}));

	const finalQuotes = quotes.map((quote, index) => ({
		id: `q${index + 1}`,
		speakerId: speakerIds[quote.speaker]!,
		text: quote.text,
		kind: quote.kind,
		...(quote.context ? {context: quote.context} : {}),
		...(quote.paragraph !== undefined ? {paragraph: quote.paragraph} : {}),
		sources: dedupePlaces(quote.sources),
	}));

	// A position is its speakers' side: the side each merged speaker has (a draft may have put them on another).
	const sideOfSpeaker = new Map(speakers.map(speaker => [speaker.id, speaker.sideId]));
	const sideOfQuote = new Map(finalQuotes.map(quote => [quote.id, sideOfSpeaker.get(quote.speakerId)]));
	const topics = mergeTopics(
		kept.map(({input}) => input.briefing),
		(k, id) => {
			const index = quoteId[k]!.get(id);
			return index === undefined ? undefined : `q${index + 1}`;
		},
		id => sideOfQuote.get(id),
	);

	const briefings = kept.map(({input}) => input.briefing);
	const first = briefings[0]!;
	const outlets = [...new Set(sources.map(article => article.outlet))];
	const dates = sources.map(article => article.published).filter((date): date is string => Boolean(date));
	const retrieved = sources.map(article => article.retrieved).filter((time): time is string => Boolean(time));
	const languages = new Set(briefings.map(briefing => briefing.source.language));
	const attributions = [...new Set(briefings.map(briefing => briefing.source.attribution).filter(Boolean))];
	const licences = [...new Set(briefings.map(briefing => briefing.source.licence).filter(Boolean))];
	const retrievedTime = retrieved.sort().at(-1);
	const draft: BriefingInput = {
		schemaVersion: SCHEMA_VERSION,
		id: first.id,
		headline: first.headline,
		standfirst: first.standfirst,
		source: {
			name: new Intl.ListFormat('en', {type: 'conjunction'}).format(outlets),
			...(dates.length > 0 ? {published: dates.sort()[0]!} : {}),
			...(retrievedTime && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(retrievedTime)
				? {retrieved: retrievedTime}
				: {}),
			...(languages.size === 1 && first.source.language ? {language: first.source.language} : {}),
			...(licences.length > 0 ? {licence: licences.join('; ')} : {}),
			...(attributions.length > 0 ? {attribution: attributions.join('; ')} : {}),
		},
		...(briefings.some(briefing => briefing.draft) ? {draft: true} : {}),
		summary: unionBullets(briefings.flatMap(briefing => briefing.summary)),
		keyFacts: unionBy(
			briefings.flatMap(briefing => briefing.keyFacts),
			fact => `${wordsOf(fact.label).join(' ')}|${wordsOf(fact.value).join(' ')}`,
		),
		background: unionBy(
			briefings.flatMap(briefing => briefing.background),
			text => spaced(text),
		),
		timeline: unionBy(
			briefings.flatMap(briefing => briefing.timeline),
			entry => `${entry.date}|${wordsOf(entry.event).join(' ')}`,
		),
		sides: sides.filter(
			side =>
				speakers.some(speaker => speaker.sideId === side.id) ||
				topics.some(topic => topic.positions.some(position => position.sideId === side.id)),
		),
		speakers,
		quotes: finalQuotes,
		topics,
		paragraphs,
		...(unionBy(
			briefings.flatMap(briefing => briefing.captions ?? []),
			text => spaced(text),
		).length > 0
			? {
					captions: unionBy(
						briefings.flatMap(briefing => briefing.captions ?? []),
						text => spaced(text),
					),
				}
			: {}),
		sources,
		paragraphSources,
	};
	const result = Briefing.safeParse(draft);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new Error(`the merged briefing is not valid (${issue.path.join('.')}: ${issue.message})`);
	}
	return {briefing: result.data, warnings, report: {same, differs, repeated}};
}

/**
 * A person the articles' speakers name by surname alone, whose first name an article's text gives (once, one
 * name): named in full. A role that ends in that first name (a draft that took "Chief executive Maya" for a role)
 * loses it.
 */
function completeNames(groups: SpeakerGroup[], paragraphs: readonly string[]): void {
	const surnames = new Map<string, number>();
	for (const group of groups)
		if (group.kind === 'person') {
			const last = wordsOf(group.name).at(-1);
			if (last) surnames.set(last, (surnames.get(last) ?? 0) + 1);
		}
	for (const group of groups) {
		if (group.kind !== 'person' || /\s/.test(group.name.trim())) continue;
		if ((surnames.get(wordsOf(group.name).join('')) ?? 0) > 1) continue;
		const given = givenNameIn(group.name, paragraphs);
		if (!given) continue;
		group.name = `${given} ${group.name}`;
		if (group.role) {
			const role = group.role.replace(new RegExp(`\\s*\\b${given}$`), '').trim();
			group.role = role === '' ? undefined : role;
		}
	}
}

/**
 * A description ("the union leader") whose words another draft gives to one named person is that person: its
 * mentions are moved to that person's group (in `groupOf`).
 */
function identifyDescriptions(
	briefings: readonly Briefing[],
	compared: readonly (readonly Comparable[])[],
	groups: readonly SpeakerGroup[],
	groupOf: number[],
	mentionAt: ReadonlyMap<string, number>,
): void {
	const groupOfQuote = (k: number, speakerId: string) => groupOf[mentionAt.get(`${k}\u0000${speakerId}`) ?? -1] ?? -1;
	for (const [group, about] of groups.entries()) {
		if (about.kind !== 'description') continue;
		const candidates = new Set<number>();
		for (const [k, briefing] of briefings.entries())
			for (const [index, quote] of briefing.quotes.entries()) {
				if (groupOfQuote(k, quote.speakerId) !== group) continue;
				for (const [j, other] of briefings.entries()) {
					if (j === k) continue;
					for (const [at, candidate] of other.quotes.entries()) {
						const person = groupOfQuote(j, candidate.speakerId);
						if (groups[person]?.kind !== 'person') continue;
						if (relate(compared[k]![index]!, compared[j]![at]!).relation === 'same') candidates.add(person);
					}
				}
			}
		if (candidates.size !== 1) continue;
		const [person] = candidates as Set<number>;
		for (const [mention, value] of groupOf.entries()) if (value === group) groupOf[mention] = person!;
	}
}

/**
 * Each article once in a quote's sources where it has the same words (the first place it is found), and again
 * where it also has other words for the statement.
 */
function dedupePlaces(places: readonly QuoteSource[]): QuoteSource[] {
	const seen = new Set<string>();
	return places.filter(where => {
		const key = `${where.source}\u0000${where.text ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function unionBy<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter(item => {
		const value = key(item);
		if (seen.has(value)) return false;
		seen.add(value);
		return true;
	});
}

/** Summary bullets, each once: one whose words are nearly all in a bullet before it is that bullet. */
function unionBullets(bullets: readonly string[]): string[] {
	const kept: {text: string; compare: Comparable}[] = [];
	for (const text of bullets) {
		const compare = comparable(text, 'reported');
		if (kept.some(other => coverage(compare, other.compare) >= SAME_BULLET)) continue;
		kept.push({text, compare});
	}
	return kept.map(item => item.text);
}

/**
 * The inputs' topics, one per title, each side's positions joined (their quotes as the merged ids). A title that
 * names its article's headline ("What each side said: HEADLINE") is the same topic as another article's that
 * names its own, and names the first article's headline.
 */
function mergeTopics(
	briefings: readonly Briefing[],
	quoteIdOf: (input: number, id: string) => string | undefined,
	sideOf: (quoteId: string) => string | undefined,
): Topic[] {
	const byTitle = new Map<string, Topic & {positions: Topic['positions'][number][]}>();
	const ids = new Set<string>();
	const headline = briefings[0]?.headline ?? '';
	for (const [k, briefing] of briefings.entries())
		for (const topic of briefing.topics) {
			const named = briefing.headline.length > 0 && topic.title.includes(briefing.headline);
			const key = named
				? `${wordsOf(topic.title.replace(briefing.headline, ' ')).join(' ')}\u0000headline`
				: wordsOf(topic.title).join(' ');
			let merged = byTitle.get(key);
			if (!merged) {
				const title = named ? topic.title.replace(briefing.headline, headline) : topic.title;
				merged = {...topic, id: uniqueId(topic.id, ids), title, positions: []};
				byTitle.set(key, merged);
			}
			for (const position of topic.positions) {
				const quoteIds = position.quoteIds.map(id => quoteIdOf(k, id)).filter((id): id is string => id !== undefined);
				// The side most of its quotes' speakers are on now.
				const votes = new Map<string, number>();
				for (const id of quoteIds) {
					const side = sideOf(id);
					if (side !== undefined) votes.set(side, (votes.get(side) ?? 0) + 1);
				}
				const sideId = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? position.sideId;
				const same = merged.positions.find(other => other.sideId === sideId);
				if (same) same.quoteIds = [...new Set([...same.quoteIds, ...quoteIds])];
				else merged.positions.push({...position, sideId, quoteIds: [...new Set(quoteIds)]});
			}
			if (topic.draft) merged.draft = true;
		}
	return [...byTitle.values()];
}
