import {affiliationOfEntity, type Entities} from './entities.js';
import {fold, isDateWord, isFirstName, isPersonNoun} from './lexicon.js';
import type {QuoteSpan} from './quotes.js';
import {QUOTE_CHAR, type Sentence, type Token} from './sentences.js';
import {countryOf, epithetOf, fitsEpithet, gapBetween, isPeopleNoun, SPEAKS_FOR, speakerForBefore} from './speakers.js';
import type {Entity, Epithet, Mention} from './types.js';
import {
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	NOT_SPEECH_AFTER,
	OBJECT_VERBS,
	ORGANISATION_WORDS,
	PARTITIVE_WORDS,
	PEOPLE_NOUNS,
	PREPOSITIONS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	TITLE_ABBREVIATIONS,
	TITLE_WORDS,
	VERB_PREFIXES,
	words,
} from './vocabulary.js';

// Who said it. A quotation takes the speaker of the nearest verb of saying in its sentence ("X said",
// "said X", "X, for his part, described … as", "according to X"), looking after it when the
// quotation opens the sentence and before it otherwise. Pronouns go to the most recent person of
// the right gender who is a subject rather than the object of a preposition. A quotation standing
// alone continues the speaker before it.

/** A verb of saying in a sentence, with the speaker it names (if it names one). */
export type Attribution = {
	readonly sentence: Sentence;
	readonly verb: number;
	readonly position: number;
	readonly participle: boolean;
	speaker?: Entity;
	/** "according to X": the whole sentence is X's. */
	readonly according?: boolean;
};

/** How a speaker was found: by a verb of saying, a colon, as a continuation, or only as the sentence's subject. */
export type AttributionRule = 'verb' | 'colon' | 'continuation' | 'subject' | 'previous' | 'none';

export type AttributedQuote = {
	readonly quote: QuoteSpan;
	speaker: Entity | undefined;
	rule: AttributionRule;
	readonly sentence: Sentence;
};

const RELATIVE = new Set(['who', 'which', 'that']);
/** Nouns that can stand for any organisation named just before: "the company", "the group". */
const GENERIC_ORGANISATIONS = new Set(
	words(`
		company firm group organisation organization charity business club side agency carrier airline retailer manufacturer
		maker carmaker automaker supplier distributor operator developer insurer lender bank broadcaster publisher utility
		regulator watchdog chain startup
	`),
);
/**
 * Of those, the nouns that say what kind of organisation: "the airline" is not the Marsh Valley Council named just
 * before.
 */
const TYPED_ORGANISATIONS = new Set(
	words(`
		club side agency carrier airline retailer manufacturer maker carmaker automaker supplier distributor operator
		developer insurer lender bank broadcaster publisher utility regulator watchdog chain startup
	`),
);

/**
 * Whether an organisation can be the one "the NOUN" stands for: its name has no other kind's word ("Council",
 * "Ministry").
 */
function mayBe(noun: string, entity: Entity): boolean {
	return !TYPED_ORGANISATIONS.has(noun) || !entity.words.some(word => word !== noun && ORGANISATION_WORDS.has(word));
}
const SPEAKER_HEADS = new Set(
	words(`
		president minister secretary spokesman spokeswoman spokesperson official chief leader director envoy ambassador
		chancellor senator governor mayor
	`),
);
const PASSIVE_BEFORE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);

/** Everything attribution needs to know about an article, built once. */
export class Discourse {
	readonly attributions = new Map<Sentence, Attribution[]>();
	readonly quoteSpeakers = new Map<Sentence, Entity[]>();
	/** Each sentence's speakers with where they speak: its quotations' speakers and its verbs of saying. */
	readonly speakersAt = new Map<Sentence, {entity: Entity; at: number}[]>();
	/** The last speaker of each paragraph, for a quotation that opens the next one. */
	readonly lastSpeakerOfBlock = new Map<number, Entity>();

	constructor(
		readonly sentences: readonly Sentence[],
		readonly mentions: ReadonlyMap<Sentence, readonly Mention[]>,
		readonly entities: Entities,
	) {}

	mentionsOf(sentence: Sentence): readonly Mention[] {
		return this.mentions.get(sentence) ?? [];
	}

	/** The mention whose last token is `index`, if any. */
	mentionEndingAt(sentence: Sentence, index: number): Mention | undefined {
		return this.mentionsOf(sentence).find(mention => mention.to === index);
	}

	/** The subject of a sentence: its first mention that is not after a preposition or a possessive. */
	subjectOf(
		sentence: Sentence,
		before = Infinity,
		accept: (entity: Entity) => boolean = () => true,
	): Entity | undefined {
		const mentions = this.mentionsOf(sentence);
		for (const [position, mention] of mentions.entries()) {
			if (mention.start >= before) break;
			if (mention.afterPreposition) continue;
			if (mention.possessive) {
				// "Dayton's police chief on Monday defended …": the role the possessive qualifies is the subject.
				const owned = ownedRole(this, sentence, mention);
				if (owned && owned.start < before && accept(owned.entity)) return owned.entity;
				continue;
			}
			let entity = this.entityOf(mention);
			// "a Republican, Mark Amodei," and "The Vice President, Mike Pence,": the name in apposition is the subject.
			const next = mentions[position + 1];
			if (
				next &&
				next.kind === 'name' &&
				/^,\s+$/.test(gapBetween(sentence, sentence.tokens[mention.to], sentence.tokens[next.from]))
			) {
				const nextEntity = this.entityOf(next);
				if (nextEntity?.kind === 'person' && entity?.kind !== 'person') entity = nextEntity;
			}
			if (entity && accept(entity)) return entity;
		}
		return undefined;
	}

	/** Each sentence's first verb in the past tense (or -1), once: pronouns look at the sentences before them again and again. */
	private readonly firstVerbs = new Map<Sentence, number>();

	/** "X and his counterparts Y and Z gathered…": several people as the subject of a sentence. */
	groupSubject(sentence: Sentence): Entity | undefined {
		const mentions = this.mentionsOf(sentence);
		let firstVerb = this.firstVerbs.get(sentence);
		if (firstVerb === undefined) {
			firstVerb = sentence.tokens.findIndex(
				token =>
					!token.capitalised && /^[a-z]+ed$/.test(token.key) && !/^(?:based|led|united|related)$/.test(token.key),
			);
			this.firstVerbs.set(sentence, firstVerb);
		}
		const members: Entity[] = [];
		let firstEnd = -1;
		for (const mention of mentions) {
			if (firstVerb !== -1 && mention.from > firstVerb) break;
			if (mention.kind === 'pronoun' || mention.afterPreposition || mention.possessive) continue;
			const entity = this.entityOf(mention);
			if (entity?.kind !== 'person' || members.includes(entity)) continue;
			if (members.length === 0) firstEnd = mention.end;
			else if (
				members.length === 1 &&
				!/\band\b/.test(sentence.masked.slice(firstEnd - sentence.start, mention.start - sentence.start))
			)
				return undefined;
			members.push(entity);
		}
		return members.length > 1 ? this.entities.group(members, mentions[0]!.start) : undefined;
	}

	private readonly holders = new Map<string, {start: number; entity: Entity}[]>();

	/** The person whose role has this title word, most recently named before `at` (else the first named after). */
	holderOfRole(title: string, at: number, backward = false): Entity | undefined {
		let list = this.holders.get(title);
		if (!list) {
			// "the senator" holds the role written "Sen." as well as "Senator".
			const forms = [title, ...(TITLE_ABBREVIATIONS[title] ?? []).map(short => `${short}\\.`)];
			const pattern = new RegExp(`(?:^|[^\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'iu');
			const holds = (entity: Entity | undefined): entity is Entity =>
				entity?.kind === 'person' &&
				[entity.role, ...(entity.laterRoles ?? [])].some(role => role !== undefined && pattern.test(role));
			list = [];
			for (const sentence of this.sentences)
				for (const mention of this.mentionsOf(sentence))
					if (mention.kind === 'name' && holds(mention.entity))
						list.push({start: mention.start, entity: mention.entity});
			list.sort((a, b) => a.start - b.start);
			this.holders.set(title, list);
		}
		// The first holder named at or after `at`, by halving: an article can name thousands of holders.
		let low = 0;
		let high = list.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (list[middle]!.start < at) low = middle + 1;
			else high = middle;
		}
		if (low > 0) return list[low - 1]!.entity;
		return backward ? undefined : list[0]?.entity;
	}

	/**
	 * A sentence that opens with a person named only by a noun phrase: "One of the victims decided …", "A witness saw …".
	 */
	unnamedSubject(sentence: Sentence, speaking = false): Entity | undefined {
		return this.unnamedAt(sentence, speaking, 0)?.entity;
	}

	/**
	 * "At the relief centre, a woman who had fled with two dogs and a parrot said": after a fronted phrase, a person named
	 * only by a noun phrase that a relative clause ("who …") separates from the verb of saying at `verb` is its subject.
	 */
	relativeSubject(sentence: Sentence, verb: number): Entity | undefined {
		const tokens = sentence.tokens;
		let start = 0;
		if (tokens[0] && PREPOSITIONS.has(tokens[0].key)) {
			start = tokens.findIndex(
				(token, index) =>
					index > 0 && index < 14 && index < verb && /^\s*,\s*$/.test(gapBetween(sentence, tokens[index - 1], token)),
			);
			if (start === -1) return undefined;
		}
		const found = this.unnamedAt(sentence, true, start);
		if (!found) return undefined;
		// "The ward councillor, Cllr Ann Lee, who …": a name in apposition is the subject instead.
		const who = tokens.findIndex((token, index) => index > found.head && token.key === 'who');
		if (
			this.mentionsOf(sentence).some(
				mention => mention.kind !== 'pronoun' && mention.from > found.head && mention.from < who,
			)
		)
			return undefined;
		for (let index = found.head + 1; index < verb; index++) {
			if (gapBetween(sentence, tokens[index - 1], tokens[index]).includes(QUOTE_CHAR)) return undefined;
			if (tokens[index]!.key === 'who') return found.entity;
		}
		return undefined;
	}

	private unnamedAt(
		sentence: Sentence,
		speaking: boolean,
		start: number,
	): {entity: Entity | undefined; head: number} | undefined {
		const tokens = sentence.tokens;
		const firstMention = this.mentionsOf(sentence).find(mention => mention.from >= start);
		for (let index = start; index < Math.min(tokens.length, start + 6); index++) {
			if (firstMention && firstMention.from <= index) return undefined;
			const token = tokens[index]!;
			if (index > 0 && token.capitalised) return undefined;
			// As the subject of a verb of saying, any noun the lexicon knows for people, or one "who" follows: "A nurse who …".
			const person =
				PEOPLE_NOUNS.has(token.key) ||
				(speaking && !token.capitalised && (isPersonNoun(token.key) || tokens[index + 1]?.key === 'who'));
			if (!person && !TITLE_WORDS.has(token.key)) continue;
			// "Mr Pryce will be …": a title before a name is part of that name, not a person of its own.
			// "Senior meteorologist Priya Raman said", "Chief Minister Ravi Rao, …, said": nor is a title opening the role
			// words right before a name.
			if (
				firstMention &&
				firstMention.kind === 'name' &&
				firstMention.from - index <= 3 &&
				tokens
					.slice(index + 1, firstMention.from + 1)
					.every(
						(next, offset) =>
							gapBetween(sentence, tokens[index + offset], next) === ' ' &&
							(next === tokens[firstMention.from] ||
								TITLE_WORDS.has(next.key) ||
								(!next.capitalised && !FUNCTION_WORDS.has(next.key))),
					)
			)
				return undefined;
			const phrase = nounPhraseAt(sentence, index, this.entities.article, start, person);
			if (!phrase || phrase.text.length !== token.end - tokens[start]!.start) return undefined;
			// "Analysts at Jefferies were more forgiving": the people, named with where they are.
			const link = tokens[index + 1];
			const place =
				link && ATTACHING.has(link.key) && gapBetween(sentence, token, link) === ' '
					? this.mentionsOf(sentence).find(
							other =>
								other.kind !== 'pronoun' &&
								(other.from === index + 2 || (other.from === index + 3 && tokens[index + 2]!.key === 'the')),
						)
					: undefined;
			if (place) {
				const article = this.entities.article;
				return {
					entity: speakerOfPhrase(
						this,
						sentence,
						{
							...phrase,
							text: article.slice(phrase.start, place.end),
							complement: article.slice(tokens[index + 2]!.start, place.end),
						},
						token.start,
					),
					head: index,
				};
			}
			return {entity: speakerOfPhrase(this, sentence, phrase, token.start), head: index};
		}
		return undefined;
	}

	/**
	 * "the group", "the association", "the company": the organisation the article introduced with that noun
	 * ("the group Clean Rivers Now") or whose name has it ("Water Suppliers Association"), most recently before
	 * `at`; for a generic noun ("the company"), else the organisation named last in the sentences just before.
	 */
	organisationNamed(noun: string, sentence: Sentence, at: number, window = 3): Entity | undefined {
		let recent: Entity | undefined;
		for (let index = sentence.index; index >= 0; index--) {
			const earlier = this.sentences[index]!;
			// "East Grid said …. "…," the company said": an organisation that spoke in the sentences just before, if none was
			// introduced with the noun there ("the company" stands for whoever last spoke as one).
			const speaker =
				GENERIC_ORGANISATIONS.has(noun) && sentence.index - index <= 3 && index < sentence.index
					? this.organisationSpeaking(earlier, noun)
					: undefined;
			const mentions = this.mentionsOf(earlier).filter(mention => mention.start < at && mention.kind !== 'pronoun');
			for (let position = mentions.length - 1; position >= 0; position--) {
				const mention = mentions[position]!;
				const entity = this.entityOf(mention);
				if (!entity) continue;
				// Introduced with the noun: "the group Clean Rivers Now" (the word before the capitalised run).
				let first = mention.from;
				while (
					first > 0 &&
					earlier.tokens[first - 1]!.capitalised &&
					gapBetween(earlier, earlier.tokens[first - 1], earlier.tokens[first]) === ' '
				)
					first--;
				const before = earlier.tokens[first - 1];
				if (
					before &&
					before.key === noun &&
					!before.capitalised &&
					gapBetween(earlier, before, earlier.tokens[first]) === ' '
				)
					return entity;
				// Or in apposition to a phrase with the noun: "The union representing Dayton officers, Fraternal Order of
				// Police Lodge 12,".
				if (introducedAs(earlier, first, noun)) {
					if (entity.kind !== 'organisation') entity.kind = 'organisation';
					return entity;
				}
				if (entity.kind !== 'organisation') continue;
				if (entity.words.includes(noun)) return entity;
				// Not the object of a preposition or the listener of a verb of saying: "according to Reuters", "told Reuters".
				const listener = mention.afterPreposition || (before !== undefined && OBJECT_VERBS.has(before.key));
				if (
					!recent &&
					!listener &&
					GENERIC_ORGANISATIONS.has(noun) &&
					sentence.index - index <= window &&
					mayBe(noun, entity)
				)
					recent = entity;
			}
			if (speaker) return speaker;
		}
		return recent;
	}

	/**
	 * "X said in a statement that …. "…," the statement said": who spoke in the nearest of the sentences before (up to
	 * four) that has the same document noun, nearest to it there.
	 */
	documentAuthor(noun: string, sentence: Sentence, at: number): Entity | undefined {
		for (let index = sentence.index; index >= Math.max(0, sentence.index - 4); index--) {
			const earlier = this.sentences[index]!;
			const word = earlier.tokens.filter(token => token.key === noun && token.start < at && !token.capitalised).at(-1);
			if (!word) continue;
			const attributions = (this.attributions.get(earlier) ?? []).filter(
				attribution => attribution.speaker && !attribution.according && attribution.position < at,
			);
			const nearest = attributions.sort(
				(a, b) => Math.abs(a.position - word.start) - Math.abs(b.position - word.start),
			)[0];
			if (nearest) return nearest.speaker;
			if (index === sentence.index) continue;
			const subject = this.subjectOf(earlier, word.start, entity => entity.kind !== 'place');
			if (subject) return subject;
		}
		return undefined;
	}

	/**
	 * The last speaker of a sentence that can be an organisation: one, or a name nothing makes a person of ("East Grid
	 * said").
	 */
	private organisationSpeaking(sentence: Sentence, noun: string): Entity | undefined {
		// Not the source of "according to Reuters".
		const sources = new Set(
			(this.attributions.get(sentence) ?? []).flatMap(attribution =>
				attribution.according && attribution.speaker ? [attribution.speaker] : [],
			),
		);
		for (const {entity} of this.speakersAt.get(sentence) ?? []) {
			if (sources.has(entity)) continue;
			if (entity.kind === 'organisation') return mayBe(noun, entity) ? entity : undefined;
			// "Norland Grid said": a name of several words, none a first name, with no role or gender, can be a company's.
			const unnamed =
				entity.kind === 'unknown' || (entity.kind === 'person' && !entity.words.some(word => isFirstName(word)));
			if (
				unnamed &&
				!entity.human &&
				!entity.gender &&
				!entity.role &&
				entity.words.length > 1 &&
				!entity.words.includes(noun)
			) {
				entity.kind = 'organisation';
				return entity;
			}
			if (entity.kind === 'person' || entity.human) return undefined;
		}
		return undefined;
	}

	private readonly resolved = new Set<Mention>();

	entityOf(mention: Mention): Entity | undefined {
		// Resolved once, even when nothing fits: chains of unresolvable pronouns must not be searched again and again.
		if (
			(mention.kind === 'pronoun' || mention.epithet || mention.owner || mention.title) &&
			!this.resolved.has(mention)
		) {
			this.resolved.add(mention);
			const entity = mention.epithet
				? this.epithetReferent(mention.epithet, mention.sentence, mention.start)
				: mention.owner
					? this.relativeOf(mention)
					: mention.title
						? this.holderOfRole(mention.title, mention.start)
						: this.resolvePronoun(mention);
			if (entity) mention.entity = entity;
		}
		return mention.entity;
	}

	/**
	 * "Her family" is the family of whoever "she" would be at that point; "my editor" the editor of who is speaking. A
	 * relation named in apposition ("Her father and coach, Henrik Sorensen,") or earlier ("His daughter, Adaeze …" then
	 * "His daughter, a cellist,") is that person.
	 */
	private relativeOf(mention: Mention): Entity | undefined {
		const sentence = mention.sentence;
		const tokens = sentence.tokens;
		let next = mention.to + 1;
		if (
			tokens[next]?.key === 'and' &&
			tokens[next + 2] &&
			gapBetween(sentence, tokens[next + 1], tokens[next + 2]).startsWith(',')
		)
			next += 2;
		if (tokens[next] && /^,\s+$/.test(gapBetween(sentence, tokens[next - 1], tokens[next]))) {
			const named = nameAt(this, sentence, next);
			const entity = named && this.entityOf(named);
			if (entity?.kind === 'person') return entity;
		}
		const relation = tokens[mention.to]!;
		const holder = this.holderOfRole(relation.key, mention.start, true);
		if (holder) return holder;
		const pronoun = {his: 'he', her: 'she', their: 'they'}[mention.owner!];
		const owner = pronoun ? this.resolvePronoun({...mention, kind: 'pronoun', pronoun}) : this.firstPerson(mention);
		if (!owner) return undefined;
		return this.entities.relative(owner, relation.key, mention.start);
	}

	/** Who "my" (in an answer) or "your" (in a question) of an interview transcript is: the one interviewed. */
	private firstPerson(mention: Mention): Entity | undefined {
		const interview = this.interview();
		const block = mention.sentence.block;
		if (mention.owner === 'your') return interview.questions.has(block) ? interview.interviewee() : undefined;
		return interview.answers.has(block) ? (interview.answers.get(block) ?? interview.interviewee()) : undefined;
	}

	private interviewCache?: {
		questions: Set<number>;
		answers: Map<number, Entity | undefined>;
		interviewee: () => Entity | undefined;
	};

	/**
	 * The question and answer paragraphs of an interview transcript: "Q:" and "A:", a speaker's name and a colon, or
	 * (twice or more) a short question without quotation marks followed by a paragraph that answers it. The one
	 * interviewed is whoever an answer's name prefix names, else the person quoted most before the first question.
	 */
	private interview(): {
		questions: Set<number>;
		answers: Map<number, Entity | undefined>;
		interviewee: () => Entity | undefined;
	} {
		if (this.interviewCache) return this.interviewCache;
		const article = this.entities.article;
		const blocks = new Map<number, Sentence[]>();
		for (const sentence of this.sentences)
			if (sentence.block >= 0) blocks.set(sentence.block, [...(blocks.get(sentence.block) ?? []), sentence]);
		const textOf = (block: number) => {
			const list = blocks.get(block);
			return list ? article.slice(list[0]!.start, list.at(-1)!.end) : '';
		};
		const quoted = (block: number) => (blocks.get(block) ?? []).some(sentence => sentence.quotes.length > 0);
		const questions = new Set<number>();
		const answers = new Map<number, Entity | undefined>();
		const asked: number[] = [];
		for (const block of blocks.keys()) {
			const text = textOf(block);
			if (/^Q[:.]\s/.test(text)) questions.add(block);
			else if (/^A[:.]\s/.test(text)) answers.set(block, undefined);
			else if (
				!quoted(block) &&
				/\?$/.test(text) &&
				text.split(/\s+/).length <= 25 &&
				blocks.has(block + 1) &&
				!/^["“‘']/.test(textOf(block + 1)) &&
				!/\?$/.test(textOf(block + 1))
			)
				asked.push(block);
			const prefix = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}):\s/u.exec(text);
			if (prefix) {
				const first = this.mentionsOf(blocks.get(block)![0]!)[0];
				const entity = first && first.start === blocks.get(block)![0]!.start ? this.entityOf(first) : undefined;
				if (entity?.kind === 'person') answers.set(block, entity);
			}
		}
		if (asked.length >= 2)
			for (const block of asked) {
				questions.add(block);
				answers.set(block + 1, answers.get(block + 1));
			}
		let firstQuestion = Infinity; // not Math.min(...questions): an interview can have more questions than a call takes
		for (const block of questions) firstQuestion = Math.min(firstQuestion, block);
		let interviewee: Entity | undefined;
		let counted = false;
		const mostQuoted = () => {
			if (counted) return interviewee;
			counted = true;
			const counts = new Map<Entity, number>();
			for (const sentence of this.sentences) {
				if (sentence.block >= firstQuestion) break;
				for (const entity of this.quoteSpeakers.get(sentence) ?? [])
					if (entity.kind === 'person') counts.set(entity, (counts.get(entity) ?? 0) + 1);
			}
			for (const [entity, count] of counts) if (!interviewee || count > counts.get(interviewee)!) interviewee = entity;
			return interviewee;
		};
		this.interviewCache = {questions, answers, interviewee: mostQuoted};
		return this.interviewCache;
	}

	/**
	 * "the Dutchman", "the Poland international", "the 31-year-old": the person named most recently before `at` (in this
	 * sentence or the ten before it) whom nothing known contradicts: nationality, gender and age agree where known.
	 */
	epithetReferent(epithet: Epithet, sentence: Sentence, at: number): Entity | undefined {
		// "said the 26-year-old, who had lost to Sorensen in May": whoever the rest of the sentence names is someone else.
		const others = new Set(
			this.mentionsOf(sentence).flatMap(mention =>
				mention.start > at && mention.kind === 'name' && mention.entity ? [mention.entity] : [],
			),
		);
		let nearest: Entity | undefined;
		for (let index = sentence.index; index >= Math.max(0, sentence.index - 10); index--) {
			const earlier = this.sentences[index]!;
			if (earlier.block < 0 && sentence.block >= 0) break;
			const mentions = this.mentionsOf(earlier);
			for (let position = mentions.length - 1; position >= 0; position--) {
				const mention = mentions[position]!;
				if (mention.start >= at || mention.kind !== 'name') continue;
				const entity = mention.entity;
				// A person, or a name known only by a surname who has spoken ("Wilk … said").
				const person =
					entity?.kind === 'person' || (entity?.kind === 'unknown' && (entity.spoke || entity.role !== undefined));
				if (!person || others.has(entity) || !fitsEpithet(epithet, entity)) continue;
				// "the Australian": someone known to be Australian comes before a nearer person whose country is not known.
				if (!epithet.country || countryOf(affiliationOfEntity(entity)) === epithet.country) return entity;
				nearest ??= entity;
			}
		}
		return nearest;
	}

	/** The person who spoke last, or was the subject, in the five sentences before this one. */
	recentPerson(sentence: Sentence): Entity | undefined {
		const person = (entity: Entity | undefined): entity is Entity => entity?.kind === 'person';
		for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 5); index--) {
			const previous = this.sentences[index]!;
			if (previous.block < 0 && sentence.block >= 0) break;
			const spoke = (this.speakersAt.get(previous) ?? []).find(item => person(item.entity));
			if (spoke) return spoke.entity;
			const subject = this.subjectOf(previous, Infinity, person);
			if (subject) return subject;
		}
		return undefined;
	}

	/** he/she: the nearest person of that gender in subject position; they/it: the nearest organisation or group. */
	resolvePronoun(mention: Mention): Entity | undefined {
		const pronoun = mention.pronoun!;
		const wantsPerson = pronoun === 'he' || pronoun === 'she';
		const fits = (entity: Entity | undefined): entity is Entity => {
			if (!entity) return false;
			if (wantsPerson) {
				if (entity.kind !== 'person' && !(entity.kind === 'unknown' && (entity.role || entity.spoke || entity.human)))
					return false;
				return pronoun === 'he' ? entity.gender !== 'female' : entity.gender !== 'male';
			}
			if (
				entity.kind === 'organisation' ||
				entity.kind === 'group' ||
				((pronoun === 'they' || pronoun === 'it') && entity.kind === 'place')
			)
				return true;
			// "Mid-River Health Partners ... said. "…," it said": a name of several words, not a person's, can be "it".
			return (
				pronoun === 'it' &&
				entity.kind === 'unknown' &&
				entity.words.length > 1 &&
				!entity.human &&
				!entity.gender &&
				!entity.role
			);
		};
		const chosen = this.findAntecedent(mention, fits);
		if (chosen && wantsPerson && !chosen.gender) chosen.gender = pronoun === 'he' ? 'male' : 'female';
		// What "it" refers to and speaks is an organisation, as "she" tells a person's gender.
		if (chosen && pronoun === 'it' && chosen.kind === 'unknown') chosen.kind = 'organisation';
		return chosen;
	}

	private findAntecedent(mention: Mention, fits: (entity: Entity | undefined) => entity is Entity): Entity | undefined {
		const sentence = mention.sentence;
		// Same sentence: the nearest subject-like mention before the pronoun.
		const earlier = this.mentionsOf(sentence).filter(
			other => other.end <= mention.start && !other.afterPreposition && other.kind !== 'pronoun',
		);
		// "His neighbour across the street, Ruby Tate, was among those killed, he said": with a subject that is someone's
		// relation, "he" is whose relation, as "his" is.
		const possessive = {he: 'his', she: 'her', they: 'their'}[mention.pronoun!];
		if (possessive && earlier[0]?.owner === possessive) {
			const owner = this.resolvePronoun({...earlier[0], kind: 'pronoun', pronoun: mention.pronoun!});
			if (owner) return owner;
		}
		for (const other of earlier.reverse()) {
			const entity = this.entityOf(other);
			if (fits(entity)) return entity;
		}
		// Earlier sentences: their speakers, then their subject, then anyone else named in them.
		for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 8); index--) {
			const previous = this.sentences[index]!;
			if (previous.block < 0 && sentence.block >= 0) break;
			// The speaker who spoke last in that sentence, by position: in "Duda said "…" while Brudziński wrote …", Brudziński.
			for (const {entity} of this.speakersAt.get(previous) ?? []) if (fits(entity)) return entity;
			// "One of the victims decided to go public. She said …": a person introduced without a name.
			if (mention.pronoun === 'he' || mention.pronoun === 'she') {
				const unnamed = this.unnamedSubject(previous);
				if (fits(unnamed)) return unnamed;
			}
			if (mention.pronoun === 'they') {
				const group = this.groupSubject(previous);
				if (group) return group;
				// "Analysts at Jefferies were more forgiving. In a note to clients, they said …"
				const people = this.unnamedSubject(previous);
				if (people?.kind === 'group') return people;
			}
			const subject = this.subjectOf(previous, Infinity, entity => fits(entity));
			if (subject) return subject;
			for (const other of this.mentionsOf(previous)) {
				if (other.kind === 'pronoun') continue;
				const entity = this.entityOf(other);
				if (fits(entity)) return entity;
			}
		}
		return undefined;
	}
}

/**
 * The name that starts at token `at`, or after titles there: "Britain's ambassador, Sir Edward Lang", "his doctor, Dr.
 * Ann Wu".
 */
function nameAt(discourse: Discourse, sentence: Sentence, at: number): Mention | undefined {
	const tokens = sentence.tokens;
	let from = at;
	while (
		from < at + 3 &&
		tokens[from] &&
		tokens[from]!.capitalised &&
		TITLE_WORDS.has(tokens[from]!.key) &&
		/^ $/.test(gapBetween(sentence, tokens[from], tokens[from + 1]))
	)
		from++;
	return discourse
		.mentionsOf(sentence)
		.find(mention => (mention.from === at || mention.from === from) && mention.kind === 'name');
}

/**
 * "The UN peacekeeping mission in Congo, MONUSCO,": the name at `first` is in apposition to a phrase opening the clause
 * with "the … NOUN".
 */
function introducedAs(sentence: Sentence, first: number, noun: string): boolean {
	const tokens = sentence.tokens;
	if (first < 2 || !/^,\s+$/.test(gapBetween(sentence, tokens[first - 1], tokens[first]))) return false;
	let open = first - 1;
	while (open > 0 && !/[,;:\u0001]/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) open--;
	if (tokens[open]!.key !== 'the' || first - open > 8) return false;
	for (let index = open + 1; index < Math.min(first, open + 5); index++)
		if (tokens[index]!.key === noun && !tokens[index]!.capitalised) return true;
	return false;
}

/**
 * The start of what follows a token, lower case, for patterns anchored there ("called for", "by the police"). Only
 * the start: taking the whole rest of the sentence at every word would make ingest quadratic in its length.
 */
function wordsAfter(sentence: Sentence, token: Token): string {
	const next = /\S/g;
	next.lastIndex = token.end - sentence.start;
	const start = next.exec(sentence.masked)?.index ?? sentence.masked.length;
	return sentence.masked.slice(start, start + 200).toLowerCase();
}

function isSpeechVerb(sentence: Sentence, index: number): boolean {
	const token = sentence.tokens[index]!;
	// "The statement read: "…"", "the decree signed by the Pope read "…"": a text's words, when they follow at once.
	if ((token.key === 'read' || token.key === 'reads') && !token.capitalised)
		return /^\s*(?:in part\s*)?[,:]?\s*\u0001/.test(sentence.masked.slice(token.end - sentence.start));
	if (!SPEECH_VERBS.has(token.key) || token.possessive) return false;
	if (token.capitalised && index > 0) return false; // "Washington Post", "Fox News Report"
	const after = wordsAfter(sentence, token);
	const excluded = NOT_SPEECH_AFTER[token.key];
	if (excluded?.test(after)) return false;
	const previous = sentence.tokens[index - 1];
	const beforePrevious = sentence.tokens[index - 2];
	if (previous && PASSIVE_BEFORE.has(previous.key)) return false;
	if (
		previous &&
		VERB_PREFIXES.has(previous.key) &&
		beforePrevious &&
		PASSIVE_BEFORE.has(beforePrevious.key) &&
		previous.key !== 'has' &&
		previous.key !== 'had'
	)
		return false;
	if (previous?.key === 'as' && !token.key.endsWith('ing')) return false; // "as reported by", "as quoted by"
	if (/^by\b/.test(after) && !token.key.endsWith('ing') && !/^by\s+\w+ing\b/.test(after)) return false;
	// A noun, not a verb: "the statement", "a report", "his post", "its call".
	if (previous && /^(?:the|a|an|his|her|its|their|this|that|whose|our)$/.test(previous.key)) return false;
	// "security demands", "his claims": an -s form is a verb only after its subject.
	// "‘…’, says MP": right after a quotation, an -s form is the inverted verb of saying.
	const afterQuote = gapBetween(sentence, previous, token).includes(QUOTE_CHAR);
	if (previous && !afterQuote && /[^s]s$/.test(token.key) && !previous.capitalised && !previous.possessive) {
		const subjectLike =
			/^(?:he|she|it|who|which|that|also|later|then|again|now|still|often|repeatedly|publicly)$/.test(previous.key) ||
			SPEAKER_NOUNS.has(previous.key) ||
			SPEAKER_HEADS.has(previous.key);
		if (!subjectLike) return false;
	}
	return true;
}

/**
 * "Dayton's police chief", "Russia's deputy ambassador, Dmitry Volkov,": the speaker a possessive's role noun stands
 * for: a name in apposition, else whoever the phrase names (see `speakerOfPhrase`).
 */
function ownedRole(
	discourse: Discourse,
	sentence: Sentence,
	owner: Mention,
): {entity: Entity; start: number} | undefined {
	const tokens = sentence.tokens;
	let head = -1;
	for (let index = owner.to + 1; index < tokens.length && index <= owner.to + 3; index++) {
		const token = tokens[index]!;
		if (
			token.capitalised ||
			gapBetween(sentence, tokens[index - 1], token) !== ' ' ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key)
		)
			break;
		if (TITLE_WORDS.has(token.key) || SPEAKER_NOUNS.has(token.key)) head = index;
	}
	if (head === -1) return undefined;
	const next = tokens[head + 1];
	if (next && /^,\s+$/.test(gapBetween(sentence, tokens[head], next))) {
		const named = nameAt(discourse, sentence, head + 1);
		const entity = named && discourse.entityOf(named);
		if (entity) return {entity, start: owner.start};
	}
	const phrase = nounPhraseAt(sentence, head, discourse.entities.article, owner.from);
	if (!phrase || DOCUMENT_NOUNS.has(phrase.head)) return undefined;
	const entity = speakerOfPhrase(discourse, sentence, phrase, tokens[head]!.start);
	return entity ? {entity, start: owner.start} : undefined;
}

/** An unnamed speaker noun phrase ending at a token: "a spokesman", "the ministry". */
type NounPhrase = {text: string; head: string; start: number; complement?: string};

const DETERMINERS =
	/^(?:the|a|an|one|another|each|every|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/**
 * A content word that can head a noun phrase: not a function word, preposition, verb of saying, -ly adverb or -ed/-ing
 * verb form.
 */
function couldBeHead(token: Token): boolean {
	if (/^\d{1,3}-year-old$/.test(token.key)) return true; // "the 31-year-old"
	return (
		!token.capitalised &&
		/^\p{Ll}{3,}$|^\p{Ll}{2,}-\p{Ll}{3,}$/u.test(token.key) && // "the co-author", "the vice-president"
		!token.key.endsWith('-old') &&
		!/(?:ly|ed|ing)$/.test(token.key) &&
		!FUNCTION_WORDS.has(token.key) &&
		!PREPOSITIONS.has(token.key) &&
		!SPEECH_VERBS.has(token.key)
	);
}

/**
 * The noun phrase ending at a token when it can name a speaker: its head a speaker noun ("a spokesman",
 * "the ministry"), or, when `open` (the phrase is the subject of a verb of saying, so whoever it names
 * speaks), any noun after a determiner ("the nurse", "one woman") and any plural noun for people
 * ("Analysts", "midwives").
 */
function nounPhraseAt(
	sentence: Sentence,
	index: number,
	article: string,
	lowest = 0,
	open = false,
): NounPhrase | undefined {
	const head = sentence.tokens[index];
	// A capital only because the sentence starts there ("Analysts at Goldman Sachs wrote") does not make a name.
	if (!head || (head.capitalised && (index > 0 || !/^\p{Lu}\p{Ll}+$/u.test(head.text)))) return undefined;
	const known = SPEAKER_NOUNS.has(head.key) || TITLE_WORDS.has(head.key) || DOCUMENT_NOUNS.has(head.key);
	if (!known && !(open && couldBeHead(head))) return undefined;
	let from = index;
	while (from > lowest && index - from < 5) {
		const previous = sentence.tokens[from - 1]!;
		// A verb of saying ends the phrase ("said a spokesman"), unless it is a modifier after a determiner: "the state
		// bureau".
		if (SPEECH_VERBS.has(previous.key) && !/^(?:the|a|an)$/.test(sentence.tokens[from - 2]?.key ?? '')) break;
		if (!/^ $/.test(gapBetween(sentence, previous, sentence.tokens[from]))) break;
		const determiner = /^(?:the|a|an|its|his|her|their)$/.test(previous.key);
		// A noun phrase's words before its head are modifiers: "that", "and", "in" end it ("a scheme that prosecutors said").
		if (!determiner && (FUNCTION_WORDS.has(previous.key) || PREPOSITIONS.has(previous.key))) break;
		from--;
		if (determiner) break;
	}
	// "one of the victims", "several of the protesters": the few who spoke, named with their group.
	const of = sentence.tokens[from - 1];
	const quantity = sentence.tokens[from - 2];
	if (
		from - 2 >= lowest &&
		of?.key === 'of' &&
		quantity &&
		PARTITIVE_WORDS.has(quantity.key) &&
		/^(?:the|his|her|its|their)$/.test(sentence.tokens[from]!.key)
	)
		if (/^ $/.test(gapBetween(sentence, quantity, of)) && /^ $/.test(gapBetween(sentence, of, sentence.tokens[from])))
			from -= 2;
	// "the head of the police's internal investigators", "a spokesman for the ministry": the role noun is the head.
	const role = sentence.tokens[from - 2];
	const link = sentence.tokens[from - 1];
	if (
		from - 2 >= lowest &&
		(link?.key === 'of' || link?.key === 'for') &&
		role &&
		!role.capitalised &&
		(PEOPLE_NOUNS.has(role.key) || TITLE_WORDS.has(role.key)) &&
		/^ $/.test(gapBetween(sentence, role, link)) &&
		/^ $/.test(gapBetween(sentence, link, sentence.tokens[from]))
	) {
		const complement = article.slice(sentence.tokens[from]!.start, head.end);
		from -= 2;
		const determiner = sentence.tokens[from - 1];
		if (
			from - 1 >= lowest &&
			determiner &&
			/^(?:the|a|an)$/.test(determiner.key) &&
			/^ $/.test(gapBetween(sentence, determiner, role))
		)
			from--;
		return {
			text: article.slice(sentence.tokens[from]!.start, head.end),
			head: role.key,
			start: sentence.tokens[from]!.start,
			complement,
		};
	}
	if (!known) {
		const first = sentence.tokens[from]!;
		if (!DETERMINERS.test(first.key) && !isPeopleNoun(head.key)) return undefined;
	}
	return {
		text: article.slice(sentence.tokens[from]!.start, head.end),
		head: head.key,
		start: sentence.tokens[from]!.start,
	};
}

/**
 * Prepositions that attach a place or body to the people before them: "Analysts at Goldman Sachs", "officials in Kyiv".
 */
const ATTACHING = new Set([
	'of',
	'at',
	'from',
	'for',
	'in',
	'on',
	'with',
	'outside',
	'inside',
	'near',
	'across',
	'within',
	'among',
]);

/** "A teacher at the school", "the governors of Maryland and Virginia": the people before a preposition. */
function phraseBeforePreposition(sentence: Sentence, preposition: number, article: string): NounPhrase | undefined {
	const tokens = sentence.tokens;
	const link = tokens[preposition];
	if (
		!link ||
		!ATTACHING.has(link.key) ||
		preposition < 1 ||
		gapBetween(sentence, tokens[preposition - 1], link) !== ' '
	)
		return undefined;
	const phrase = nounPhraseAt(sentence, preposition - 1, article, 0, true);
	return phrase && !DOCUMENT_NOUNS.has(phrase.head) ? phrase : undefined;
}

/** Who a finite verb of saying names as its subject, before it. */
function subjectBefore(discourse: Discourse, sentence: Sentence, verb: number, article: string): Entity | undefined {
	const tokens = sentence.tokens;
	let index = verb - 1;
	for (let guard = 0; guard < 3; guard++) {
		while (
			index >= 0 &&
			VERB_PREFIXES.has(tokens[index]!.key) &&
			/^ $/.test(gapBetween(sentence, tokens[index], tokens[index + 1]))
		)
			index--;
		// "X on Tuesday said", "X on March 3 accused": a time between a subject and its verb.
		let at = index;
		if (at >= 0 && /^\d{1,2}$/.test(tokens[at]!.key)) at--;
		if (
			at >= 1 &&
			isDateWord(tokens[at]!.key) &&
			tokens[at - 1]!.key === 'on' &&
			!tokens[at - 1]!.capitalised &&
			/^ $/.test(gapBetween(sentence, tokens[at - 1], tokens[at])) &&
			/^ $/.test(gapBetween(sentence, tokens[index], tokens[index + 1]))
		)
			index = at - 2;
		else break;
	}
	if (index < 0) return undefined;
	const gap = gapBetween(sentence, tokens[index], tokens[index + 1]);
	if (gap.includes(QUOTE_CHAR)) return undefined;
	if (/^\s+$/.test(gap)) return subjectEndingAt(discourse, sentence, index, article);
	if (/^\s*,\s*$/.test(gap)) {
		// A phrase between commas: "Grushko, for his part, described", "The Vice President, Mike Pence, said".
		let open = index;
		while (open > 0 && !/[,;:\u0001]/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) open--;
		// "The committee's chairman, Cllr Peter Dobbs, said": the name may follow titles.
		const inside = nameAt(discourse, sentence, open);
		if (inside && inside.to === index) return discourse.entityOf(inside);
		// "The cell supplier, Shenzhen-based Huaxin Energy, said": an organisation's name in apposition.
		const first = /\p{L}-based$/u.test(tokens[open]!.key) ? open + 1 : open;
		const named = discourse
			.mentionsOf(sentence)
			.find(
				mention =>
					mention.from === first &&
					mention.to === index &&
					mention.kind !== 'pronoun' &&
					!mention.possessive &&
					!mention.title &&
					!mention.epithet &&
					!mention.owner,
			);
		const organisation = named && discourse.entityOf(named);
		if (
			organisation &&
			organisation.kind !== 'place' &&
			open > 0 &&
			/^\s*,\s*$/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))
		)
			return organisation;
		if (open > 0 && /^\s*,\s*$/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) {
			const before = subjectEndingAt(discourse, sentence, open - 1, article);
			if (before) return before;
		}
	}
	return undefined;
}

/** "A spokesperson for House Speaker Tom Brandt said": the spokesperson speaks, named for the one spoken for. */
function onBehalfOf(discourse: Discourse, sentence: Sentence, mention: Mention): Entity | undefined {
	if (mention.kind === 'pronoun' || mention.possessive) return undefined;
	const found = speakerForBefore(mention);
	const principal = found ? discourse.entityOf(mention) : undefined;
	if (!found || !principal) return undefined;
	const head = sentence.tokens[found.head]!;
	const link = sentence.tokens[found.head + 1]!;
	const entity = discourse.entities.unnamed(
		`${head.text} ${link.text} ${principal.name}`,
		sentence.tokens[found.from]!.start,
		head.key,
	);
	entity.role ??= discourse.entities.article.slice(head.start, mention.end);
	return entity;
}

/** "a Kremlin spokesman", "Trump's spokesman": the same speaker as "a spokesman for X", named so. */
function spokespersonAfter(discourse: Discourse, sentence: Sentence, mention: Mention): Entity | undefined {
	const head = sentence.tokens[mention.to + 1];
	if (!head || head.capitalised || !SPEAKS_FOR.has(head.key) || mention.kind === 'pronoun') return undefined;
	if (gapBetween(sentence, sentence.tokens[mention.to], head) !== ' ') return undefined;
	const principal = discourse.entityOf(mention);
	if (!principal) return undefined;
	const entity = discourse.entities.unnamed(`${head.text} for ${principal.name}`, mention.start, head.key);
	entity.role ??= discourse.entities.article.slice(mention.start, head.end);
	return entity;
}

function subjectEndingAt(discourse: Discourse, sentence: Sentence, index: number, article: string): Entity | undefined {
	const tokens = sentence.tokens;
	const owner = discourse.mentionEndingAt(sentence, index - 1);
	const theirs = owner && spokespersonAfter(discourse, sentence, owner);
	if (theirs && owner.to + 1 === index) return theirs;
	let mention = discourse.mentionEndingAt(sentence, index);
	const spokesperson = mention && onBehalfOf(discourse, sentence, mention);
	if (spokesperson) return spokesperson;
	const objectEnd = mention?.end ?? 0;
	// "the governors of Maryland and Virginia": a name coordinated with the object of a preposition is part of it.
	if (mention && !mention.afterPreposition && mention.kind !== 'pronoun' && tokens[mention.from - 1]?.key === 'and') {
		const partner = discourse.mentionEndingAt(sentence, mention.from - 2);
		if (partner?.afterPreposition && partner.kind !== 'pronoun') mention = partner;
	}
	// "Yvette Cooper of the Labour Party added": step back over a prepositional phrase.
	for (let guard = 0; mention?.afterPreposition && guard < 3; guard++) {
		let at = mention.from - 1;
		if (tokens[at] && /^(?:the|a|an)$/.test(tokens[at]!.key)) at--;
		const earlier = discourse.mentionEndingAt(sentence, at - 1);
		if (!earlier) {
			// "Analysts at Goldman Sachs wrote": the people before the preposition speak, named with where they are.
			const people = phraseBeforePreposition(sentence, at, article);
			if (people) {
				const named = {
					...people,
					text: article.slice(people.start, objectEnd),
					complement: article.slice(tokens[at + 1]!.start, objectEnd),
				};
				return speakerOfPhrase(discourse, sentence, named, tokens[at - 1]!.start);
			}
			break;
		}
		mention = earlier;
	}
	if (mention && !mention.afterPreposition && mention.kind !== 'pronoun') {
		// "Peter Iseley of worldwide victim group Ending Clergy Abuse said": a person, then where they work.
		const person = personBeforeDescription(discourse, sentence, mention);
		if (person) return person;
	}
	if (mention) {
		if (mention.possessive) return undefined;
		return discourse.entityOf(mention);
	}
	const token = tokens[index]!;
	// "tested by scientists, who say", "investigated by the Ohio Bureau …, which said": "who" and "which" stand for what
	// is named just before them.
	if ((token.key === 'who' || token.key === 'which') && index > 0) {
		const antecedent = discourse.mentionEndingAt(sentence, index - 1);
		const named = antecedent && antecedent.kind !== 'pronoun' ? discourse.entityOf(antecedent) : undefined;
		if (named && named.kind !== 'place') return named;
		const phrase =
			antecedent || token.key === 'which' ? undefined : nounPhraseAt(sentence, index - 1, article, 0, true);
		if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
			return speakerOfPhrase(discourse, sentence, phrase, tokens[index - 1]!.start);
	}
	if (RELATIVE.has(token.key)) return discourse.subjectOf(sentence, token.start);
	const phrase = nounPhraseAt(sentence, index, article, 0, true);
	if (!phrase) return undefined;
	// "A teacher at the destroyed school ... said": the phrase after a preposition is not the subject.
	const before = tokens.findIndex(other => other.start === phrase.start) - 1;
	if (
		before >= 0 &&
		PREPOSITIONS.has(tokens[before]!.key) &&
		gapBetween(sentence, tokens[before], tokens[before + 1]) === ' '
	) {
		const people = phraseBeforePreposition(sentence, before, article);
		if (people) return speakerOfPhrase(discourse, sentence, people, tokens[before - 1]!.start);
		if (!SPEAKER_NOUNS.has(phrase.head) && !TITLE_WORDS.has(phrase.head)) return undefined;
	}
	return speakerOfPhrase(discourse, sentence, phrase, token.start);
}

/** "NAME of|from|at [a few lower-case words] ORGANISATION": the person named before the description. */
function personBeforeDescription(discourse: Discourse, sentence: Sentence, organisation: Mention): Entity | undefined {
	if (discourse.entityOf(organisation)?.kind === 'person') return undefined;
	const tokens = sentence.tokens;
	for (let at = organisation.from - 1; at >= 0 && organisation.from - at <= 4; at--) {
		const token = tokens[at]!;
		if (!/^ $/.test(gapBetween(sentence, token, tokens[at + 1]))) return undefined;
		if (token.key === 'of' || token.key === 'from' || token.key === 'at') {
			const person =
				at > 0 && /^ $/.test(gapBetween(sentence, tokens[at - 1], token))
					? discourse.mentionEndingAt(sentence, at - 1)
					: undefined;
			const entity = person && person.kind === 'name' ? discourse.entityOf(person) : undefined;
			return entity?.kind === 'person' ? entity : undefined;
		}
		if (/^(?:the|a|an)$/.test(token.key)) continue;
		if (
			token.capitalised ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key) ||
			SPEECH_VERBS.has(token.key)
		)
			return undefined;
	}
	return undefined;
}

const OWNED_HEADS = new Set([
	'office',
	'statement',
	'report',
	'release',
	'letter',
	'post',
	'tweet',
	'campaign',
	'team',
	'account',
	'website',
	'communique',
	'communiqué',
]);

/**
 * "Russia's deputy ambassador" is not the ambassador introduced as the United States': the owner and where the holder
 * is from agree, where both are known.
 */
function agreesWithOwner(discourse: Discourse, sentence: Sentence, phrase: NounPhrase, holder: Entity): boolean {
	const owner = discourse
		.mentionsOf(sentence)
		.find(
			mention => mention.possessive && mention.start >= phrase.start && mention.end < phrase.start + phrase.text.length,
		);
	const ownerName = owner && owner.kind !== 'pronoun' ? discourse.entityOf(owner)?.name : undefined;
	const where = affiliationOfEntity(holder);
	if (!ownerName || !where) return true;
	const [a, b] = [fold(ownerName), fold(where)];
	return a.includes(b) || b.includes(a);
}

/**
 * The speaker a noun phrase stands for: "Erdogan's office" is Erdoğan; "the minister" is the minister named earlier.
 */
function speakerOfPhrase(discourse: Discourse, sentence: Sentence, phrase: NounPhrase, at: number): Entity | undefined {
	if (OWNED_HEADS.has(phrase.head)) {
		const owner = discourse
			.mentionsOf(sentence)
			.find(
				other => other.possessive && other.end <= at + phrase.head.length && other.start >= at - phrase.text.length - 1,
			);
		const entity = owner ? discourse.entityOf(owner) : undefined;
		if (entity && entity.kind !== 'place') return entity;
	}
	// "a company spokesman", "a club spokeswoman": the spokesperson for the organisation that noun stands for.
	const kind =
		SPEAKS_FOR.has(phrase.head) && !phrase.complement ? /(?:^|\s)(\p{Ll}+)\s+\S+$/u.exec(phrase.text)?.[1] : undefined;
	if (kind && (GENERIC_ORGANISATIONS.has(kind) || ORGANISATION_WORDS.has(kind))) {
		// The article's organisation may have been named some paragraphs before its spokesperson.
		const organisation = discourse.organisationNamed(kind, sentence, at, 12);
		if (organisation) return discourse.entities.unnamed(`${phrase.head} for ${organisation.name}`, at, phrase.head);
	}
	if (DOCUMENT_NOUNS.has(phrase.head))
		return /^the\s/i.test(phrase.text) && !phrase.complement
			? discourse.documentAuthor(phrase.head, sentence, at)
			: undefined;
	// "the family" after "Her family", "the woman" after "One woman": the one introduced before by that noun.
	if (/^the\s+\S+$/i.test(phrase.text)) {
		const introduced = discourse.entities.introducedAs(phrase.head, at);
		if (introduced) return introduced;
	}
	// "the Poland international", "the 31-year-old", "the teenager": someone named before, of that nationality or age.
	if (/^the\s/i.test(phrase.text) && !phrase.complement) {
		const epithet = epithetOf(phrase.text.split(/\s+/).slice(1));
		const referent = epithet && discourse.epithetReferent(epithet, sentence, at);
		if (referent) return referent;
	}
	// "the association said": the organisation named before with that noun, as "the minister" is the minister named
	// before.
	if (
		/^the\s/i.test(phrase.text) &&
		!phrase.complement &&
		!TITLE_WORDS.has(phrase.head) &&
		!PEOPLE_NOUNS.has(phrase.head)
	) {
		const named = discourse.organisationNamed(phrase.head, sentence, at);
		if (named) return named;
	}
	// "the minister", and - named before - "the striker", "the lead author", "the pastor": who holds that role.
	const roleNoun =
		!TITLE_WORDS.has(phrase.head) && /^the\s/i.test(phrase.text) && /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(phrase.head);
	if ((TITLE_WORDS.has(phrase.head) || roleNoun) && !/s$/.test(phrase.head)) {
		const holder = discourse.holderOfRole(phrase.head, at, roleNoun);
		// "the head of X" is the holder only if the holder's role names X too.
		const complementWord = phrase.complement?.split(/\s+/).at(-1)?.toLowerCase();
		const rolesOf = (entity: Entity) => [entity.role, ...(entity.laterRoles ?? [])].filter(role => role !== undefined);
		// "the former chief minister" is not whoever holds the office now: someone named before, whose role is not it now.
		const former = /^the\s+former\s/i.test(phrase.text);
		if (
			holder &&
			(!former || rolesOf(holder).some(role => /\bformer\b/i.test(role))) &&
			(!complementWord || rolesOf(holder).some(role => role.toLowerCase().includes(complementWord))) &&
			agreesWithOwner(discourse, sentence, phrase, holder)
		)
			return holder;
		if (former) {
			const current = new RegExp(`\\b${phrase.head}\\b`, 'i');
			const before = discourse.recentPerson(sentence);
			if (before && !rolesOf(before).some(role => current.test(role) && !/\bformer\b/i.test(role))) return before;
		}
	}
	// "a spokesperson for the association": named for the association named before.
	const complementHead = phrase.complement && /^the\s+(?:\S+\s+)?(\p{Ll}+)$/u.exec(phrase.complement)?.[1];
	if (complementHead && (ORGANISATION_WORDS.has(complementHead) || GENERIC_ORGANISATIONS.has(complementHead))) {
		const named = discourse.organisationNamed(complementHead, sentence, at);
		if (named) return discourse.entities.unnamed(phrase.text.replace(phrase.complement!, named.name), at, phrase.head);
	}
	return discourse.entities.unnamed(phrase.text, at, phrase.head);
}

/**
 * The person a noun phrase opened by an organisation or place ends in: "Rutgers University political scholar
 * Kelly Dittmar", "University of California, San Diego's chancellor, Pradeep Khosla". The organisation only
 * says where the person works.
 */
function personEndingPhrase(discourse: Discourse, sentence: Sentence, start: Mention): Entity | undefined {
	const tokens = sentence.tokens;
	const mentions = discourse.mentionsOf(sentence);
	let role = false;
	for (let index = start.to + 1; index < tokens.length && index <= start.to + 8; index++) {
		const gap = gapBetween(sentence, tokens[index - 1], tokens[index]);
		if (!/^(?: |, )$/.test(gap)) return undefined;
		const mention = mentions.find(candidate => candidate.from === index);
		if (mention && mention.kind === 'name' && !mention.possessive) {
			// After a comma only as an apposition to a role: "…'s chancellor, Pradeep Khosla", not "the ministry, Ann Holt".
			const entity = discourse.entityOf(mention);
			return entity?.kind === 'person' && (gap === ' ' || role) ? entity : undefined;
		}
		if (
			mention &&
			mention.kind !== 'pronoun' &&
			(gap === ' ' || mention.possessive || discourse.entityOf(mention)?.kind === 'place')
		) {
			index = mention.to; // part of the organisation's name or a possessive: "San Diego's"
			role = false;
			continue;
		}
		const token = tokens[index]!;
		if (
			mention ||
			token.capitalised ||
			gap !== ' ' ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key) ||
			SPEECH_VERBS.has(token.key)
		)
			return undefined;
		role = TITLE_WORDS.has(token.key) || PEOPLE_NOUNS.has(token.key) || /(?:er|or|ist|ian|ant|ent)$/.test(token.key);
	}
	return undefined;
}

/** Who an inverted attribution names after its verb: "said a protester using the pseudonym Katya". */
function subjectAfter(discourse: Discourse, sentence: Sentence, verb: number, article: string): Entity | undefined {
	const tokens = sentence.tokens;
	// "said one of the passengers": the noun phrase reaches past "one of the".
	const phraseEnd =
		PARTITIVE_WORDS.has(tokens[verb + 1]?.key ?? '') && tokens[verb + 2]?.key === 'of' ? verb + 5 : verb + 2;
	for (let index = verb + 1; index < tokens.length && index <= verb + 8; index++) {
		const gap = gapBetween(sentence, tokens[index - 1], tokens[index]);
		if (/[.;:!?\u0001]/.test(gap) || (index > verb + 1 && gap.includes(','))) break;
		const mention = discourse.mentionsOf(sentence).find(candidate => candidate.from === index);
		if (mention && !mention.possessive) {
			if (mention.kind === 'pronoun' && index > verb + 1) return undefined;
			const spokesperson = onBehalfOf(discourse, sentence, mention) ?? spokespersonAfter(discourse, sentence, mention);
			if (spokesperson) return spokesperson;
			const entity = discourse.entityOf(mention);
			// "the Rovers manager, Gary Doyle": a name right before a lower-case role word only says whose role it is.
			const modifier =
				tokens[mention.to + 1] !== undefined &&
				!tokens[mention.to + 1]!.capitalised &&
				gapBetween(sentence, tokens[mention.to], tokens[mention.to + 1]) === ' ';
			if (entity && (entity.kind !== 'person' || modifier) && mention.kind !== 'pronoun')
				return personEndingPhrase(discourse, sentence, mention) ?? entity;
			if (entity) return entity;
		}
		if (index <= phraseEnd) {
			const phrase = nounPhraseAt(sentence, index, article, verb + 1, true);
			const next = tokens[index + 1];
			// "said Smith's lawyer, Jane Doe": the name in apposition.
			const named =
				next && /^,\s+$/.test(gapBetween(sentence, tokens[index], next))
					? nameAt(discourse, sentence, index + 1)
					: undefined;
			if (phrase && named) return discourse.entityOf(named);
			if (
				phrase &&
				!DOCUMENT_NOUNS.has(phrase.head) &&
				(!next || /[,.]/.test(gapBetween(sentence, tokens[index], next)) || next.key === 'in' || next.key === 'on')
			)
				return speakerOfPhrase(discourse, sentence, phrase, tokens[index]!.start);
		}
	}
	return undefined;
}

const FINITE = /^(?:would|will|could|can|should|may|might|must|had|has|have|was|were|is|are|did|does|do|\p{Ll}+ed)$/u;

/** "and said Russia would veto …": the name after the verb is the subject of what was said, not an inverted speaker. */
function opensClause(discourse: Discourse, sentence: Sentence, at: number): boolean {
	const mention = discourse.mentionsOf(sentence).find(candidate => candidate.from === at);
	if (!mention || mention.possessive) return false;
	const next = sentence.tokens[mention.to + 1];
	return (
		next !== undefined &&
		!next.capitalised &&
		gapBetween(sentence, sentence.tokens[mention.to], next) === ' ' &&
		FINITE.test(next.key)
	);
}

/** "was described as "…" by the police", "was told by the minister": who a passive verb of saying names after "by". */
function passiveAgent(discourse: Discourse, sentence: Sentence, verb: number, article: string): Entity | undefined {
	const tokens = sentence.tokens;
	const token = tokens[verb]!;
	if (!SPEECH_VERBS.has(token.key) || token.key.endsWith('ing') || token.capitalised) return undefined;
	let auxiliary = verb - 1;
	if (tokens[auxiliary] && /ly$/.test(tokens[auxiliary]!.key)) auxiliary--; // "was widely described"
	if (!tokens[auxiliary] || !PASSIVE_BEFORE.has(tokens[auxiliary]!.key)) return undefined;
	if (NOT_SPEECH_AFTER[token.key]?.test(wordsAfter(sentence, token))) return undefined;
	for (let index = verb + 1; index < tokens.length && index <= verb + 8; index++) {
		if (/[,.;:!?]/.test(gapBetween(sentence, tokens[index - 1], tokens[index]).replace(/\u0001+/g, ' ')))
			return undefined;
		if (tokens[index]!.key !== 'by') continue;
		// "by the minister", "by the area's MP": the agent after a determiner and a possessive.
		let first = index + 1;
		if (tokens[first] && /^(?:the|a|an)$/.test(tokens[first]!.key)) first++;
		if (tokens[first]?.possessive && !tokens[first]!.capitalised) first++;
		const mention = discourse
			.mentionsOf(sentence)
			.find(candidate => candidate.from === index + 1 || candidate.from === first);
		if (mention && !mention.possessive) return discourse.entityOf(mention);
		for (let head = index + 1; head < tokens.length && head <= index + 4; head++) {
			const phrase = nounPhraseAt(sentence, head, article, index + 1);
			if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
				return speakerOfPhrase(discourse, sentence, phrase, tokens[head]!.start);
		}
		return undefined;
	}
	return undefined;
}

/** The attributions of one sentence: verbs of saying with their speakers, and "according to X". */
export function findAttributions(discourse: Discourse, sentence: Sentence, article: string): Attribution[] {
	const tokens = sentence.tokens;
	const found: Attribution[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (token.key === 'according' && tokens[index + 1]?.key === 'to') {
			const mentions = discourse
				.mentionsOf(sentence)
				.filter(mention => mention.from > index + 1 && mention.from <= index + 9);
			const clauseEnd = tokens.findIndex(
				(other, position) =>
					position > index + 1 && /[,.;:\u0001]/.test(gapBetween(sentence, tokens[position - 1], other)),
			);
			const within = mentions.filter(mention => clauseEnd === -1 || mention.from < clauseEnd);
			const chosen = within.find(mention => mention.possessive) ?? within[0];
			let speaker = chosen
				? (onBehalfOf(discourse, sentence, chosen) ??
					spokespersonAfter(discourse, sentence, chosen) ??
					discourse.entityOf(chosen))
				: undefined;
			if (chosen && speaker && speaker.kind !== 'person' && !chosen.possessive)
				speaker = personEndingPhrase(discourse, sentence, chosen) ?? speaker;
			if (!speaker) {
				// "according to a statement from the president's office": a role noun in the phrase.
				const end = clauseEnd === -1 ? tokens.length : clauseEnd;
				for (let at = index + 2; at < end && !speaker; at++) {
					const possessive = tokens[at]!.possessive ? {...tokens[at]!} : undefined;
					const phrase =
						possessive && (TITLE_WORDS.has(possessive.key) || SPEAKER_NOUNS.has(possessive.key))
							? {text: possessive.key, head: possessive.key, start: possessive.start}
							: nounPhraseAt(sentence, at, article);
					if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
						speaker = speakerOfPhrase(discourse, sentence, phrase, tokens[at]!.start);
				}
			}
			// "According to the study, "…"": a study's or paper's words are its authors'.
			const work = tokens[index + 3];
			if (
				!speaker &&
				work &&
				/^(?:the|this|that|their|its|a|an|new)$/.test(tokens[index + 2]?.key ?? '') &&
				STUDY_NOUNS.has(work.key) &&
				!work.capitalised
			)
				speaker = discourse.entities.unnamed(`authors of the ${work.key}`, token.start, 'authors');
			found.push({
				sentence,
				verb: index,
				position: token.start,
				participle: false,
				according: true,
				...(speaker ? {speaker} : {}),
			});
			continue;
		}
		const agent = passiveAgent(discourse, sentence, index, article);
		if (agent) {
			found.push({sentence, verb: index, position: token.start, participle: false, speaker: agent});
			continue;
		}
		if (!isSpeechVerb(sentence, index)) continue;
		const participle = token.key.endsWith('ing');
		let speaker: Entity | undefined;
		const gapBefore = gapBetween(sentence, tokens[index - 1], token);
		const directlyAfterQuote =
			gapBefore.includes(QUOTE_CHAR) && /^[\u0001\s,]*$/.test(gapBefore.slice(gapBefore.indexOf(QUOTE_CHAR)));
		if (participle) {
			// "quoted Fomin as saying": the speaker is the one quoted.
			if (tokens[index - 1]?.key === 'as') {
				const mention = discourse.mentionEndingAt(sentence, index - 2);
				if (mention) speaker = discourse.entityOf(mention);
			}
		} else if (directlyAfterQuote) {
			// "“…,” one of them told AFP": a verb that takes its listener (but "asked") is not inverted.
			const listener = OBJECT_VERBS.has(token.key) && !token.key.startsWith('ask');
			speaker =
				(listener ? undefined : subjectAfter(discourse, sentence, index, article)) ??
				subjectBefore(discourse, sentence, index, article);
		} else {
			speaker = discourse.relativeSubject(sentence, index) ?? subjectBefore(discourse, sentence, index, article);
			// "told AFP", "warned Smith": after a verb that takes its listener, the name is the listener, not an inverted
			// speaker.
			if (!speaker && !OBJECT_VERBS.has(token.key) && (index === 0 || /^[\s,]*$/.test(gapBefore))) {
				const after = tokens[index + 1];
				if (
					after &&
					(after.capitalised || /^(?:the|a|an)$/.test(after.key)) &&
					!opensClause(discourse, sentence, index + 1)
				)
					speaker = subjectAfter(discourse, sentence, index, article);
			}
			// "A nurse who had worked all night, and who asked not to be named, said": the unnamed person opening the sentence.
			speaker ??= discourse.unnamedSubject(sentence, true);
			// Coordinated verbs and relative clauses: "opposed the withdrawal and said", "a statement which said".
			speaker ??= discourse.subjectOf(sentence, token.start, entity => entity.kind !== 'place' || index < 4);
		}
		found.push({sentence, verb: index, position: token.start, participle, ...(speaker ? {speaker} : {})});
	}
	// Participles without their own speaker belong to the sentence's speaker: "she said, asking…", "While noting that …,
	// Sherman said".
	for (const attribution of found) {
		if (attribution.speaker || !attribution.participle) continue;
		const finite = found.filter(other => other.speaker && !other.participle && !other.according);
		const nearest = finite.sort(
			(a, b) => Math.abs(a.position - attribution.position) - Math.abs(b.position - attribution.position),
		)[0];
		const speaker = nearest?.speaker ?? discourse.subjectOf(sentence, attribution.position);
		if (speaker) attribution.speaker = speaker;
	}
	return found;
}

const CONJUNCTIONS = new Set(['and', 'but', 'so', 'or']);
/** Works whose words are their authors': "according to the study". */
const STUDY_NOUNS = new Set(['study', 'paper', 'research', 'survey', 'analysis', 'report']);

/** Attributes the quotations of one sentence, recording speakers for the pronouns and continuations that follow. */
export function attributeSentence(
	discourse: Discourse,
	sentence: Sentence,
	article: string,
	previousOpen: Entity | undefined,
): AttributedQuote[] {
	const attributions = findAttributions(discourse, sentence, article);
	discourse.attributions.set(sentence, attributions);
	const results: AttributedQuote[] = [];
	const speakers: Entity[] = [];
	const quoteOnly = sentence.tokens.every(token => CONJUNCTIONS.has(token.key));
	for (const quote of sentence.quotes) {
		let speaker: Entity | undefined;
		let rule: AttributionRule = 'none';
		const use = (found: Entity | undefined, how: AttributionRule) => {
			if (!speaker && found) {
				speaker = found;
				rule = how;
			}
		};
		if (quote.continues) use(previousOpen, 'continuation');
		// Only conjunctions and punctuation before it: the quotation opens its sentence.
		const initial = !sentence.tokens.some(token => token.start < quote.open && !CONJUNCTIONS.has(token.key));
		let back = quote.open - sentence.start - 1;
		while (back >= 0 && /\s/.test(sentence.masked[back]!)) back--;
		const afterColon = back >= 0 && sentence.masked[back] === ':';
		const withSpeaker = attributions.filter(attribution => attribution.speaker);
		const pre = withSpeaker.filter(attribution => attribution.position < quote.open).at(-1);
		const post = withSpeaker.find(attribution => attribution.position >= quote.close);
		use(documentOwner(discourse, sentence, quote), 'verb');
		use((initial ? (post ?? pre) : (pre ?? post))?.speaker, 'verb');
		// "Bolsonaro opposed Macron's statement: "…"": the subject of the clause before a colon.
		if (afterColon) use(discourse.subjectOf(sentence, quote.open), 'colon');
		if (initial && quoteOnly) use(continuingSpeaker(discourse, sentence), 'continuation');
		use(
			discourse.subjectOf(sentence, Infinity, entity => entity.kind !== 'place'),
			'subject',
		);
		if (results.length > 0) use(results.at(-1)!.speaker, 'previous');
		// A phrase of a few words in a sentence without a verb of saying, a colon or an earlier speaker is a term, a name
		// or a scare quote ("a knife and a "sharp tool"", "in "not life-threatening" condition"), not someone's words.
		// "justified the strike as "defensive"", "dismissed it as "…"": whoever characterises something in quoted words
		// says them.
		const characterised =
			/\bas\s*$/i.test(sentence.masked.slice(0, quote.open - sentence.start)) &&
			!/\b(?:such|known|referred to|billed|same|well)\s+as\s*$/i.test(
				sentence.masked.slice(0, quote.open - sentence.start),
			);
		const unattributed =
			(rule === 'none' || rule === 'subject') && attributions.length === 0 && !afterColon && !characterised;
		if (unattributed && sentence.block >= 0 && !quote.continues && !quote.leftOpen && isShortPhrase(article, quote))
			continue;
		if (speaker) {
			speakers.push(speaker);
			speaker.spoke = true;
		}
		results.push({quote, speaker, rule, sentence});
	}
	discourse.quoteSpeakers.set(sentence, speakers);
	discourse.speakersAt.set(
		sentence,
		[
			...results.flatMap(result => (result.speaker ? [{entity: result.speaker, at: result.quote.open}] : [])),
			...attributions.flatMap(attribution =>
				attribution.speaker ? [{entity: attribution.speaker, at: attribution.position}] : [],
			),
		].sort((a, b) => b.at - a.at),
	);
	const last =
		results.filter(result => result.rule !== 'subject' && result.rule !== 'none').at(-1)?.speaker ??
		attributions.filter(attribution => attribution.speaker && !attribution.according).at(-1)?.speaker;
	if (last) discourse.lastSpeakerOfBlock.set(sentence.block, last);
	return results;
}

/** "Carter's reply, "on my way, save me a seat", was sent …": words in apposition to someone's document are theirs. */
function documentOwner(discourse: Discourse, sentence: Sentence, quote: QuoteSpan): Entity | undefined {
	const tokens = sentence.tokens;
	let last = -1;
	for (let index = 0; index < tokens.length && tokens[index]!.end <= quote.open; index++) last = index;
	const noun = tokens[last];
	if (
		!noun ||
		!DOCUMENT_NOUNS.has(noun.key) ||
		!/^,\s*$/.test(sentence.masked.slice(noun.end - sentence.start, quote.open - sentence.start))
	)
		return undefined;
	const owner = discourse.mentionEndingAt(sentence, last - 1);
	return owner?.possessive && gapBetween(sentence, tokens[last - 1], noun) === ' '
		? discourse.entityOf(owner)
		: undefined;
}

/** Three words or fewer. */
function isShortPhrase(article: string, quote: QuoteSpan): boolean {
	let words = 0;
	for (const _ of article.slice(quote.start, quote.end).matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu))
		if (++words > 3) return false;
	return true;
}

/** A sentence that is only a quotation: the speaker before it goes on talking. */
function continuingSpeaker(discourse: Discourse, sentence: Sentence): Entity | undefined {
	const previous = discourse.sentences[sentence.index - 1];
	if (previous && previous.block === sentence.block) {
		const speakers = discourse.quoteSpeakers.get(previous) ?? [];
		if (speakers.length > 0) return speakers.at(-1);
		const attributed = (discourse.attributions.get(previous) ?? []).filter(attribution => attribution.speaker).at(-1);
		if (attributed) return attributed.speaker;
		return discourse.subjectOf(
			previous,
			Infinity,
			entity => entity.kind === 'person' || entity.kind === 'organisation',
		);
	}
	if (!previous) return undefined;
	// A quotation that opens a paragraph: whoever spoke last, or was introduced, just before.
	const spoke = discourse.lastSpeakerOfBlock.get(previous.block);
	if (spoke) return spoke;
	const introduced = discourse.subjectOf(previous, Infinity, entity => entity.kind === 'person');
	if (introduced) return introduced;
	for (let block = previous.block - 1; block >= Math.max(0, previous.block - 3); block--) {
		const earlier = discourse.lastSpeakerOfBlock.get(block);
		if (earlier) return earlier;
	}
	return undefined;
}

export type {Token};
