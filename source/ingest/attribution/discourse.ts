import {epithetReferent} from '../coreference/epithets.js';
import {resolvePronoun} from '../coreference/pronouns.js';
import {relativeOf} from '../coreference/relatives.js';
import type {Entities} from '../entities/entities.js';
import {isFirstName, isPersonNoun} from '../lexicon.js';
import {gapBetween} from '../mentions/mentions.js';
import {QUOTE_CHAR, type Sentence} from '../text/sentences.js';
import type {Entity, Mention, Resolution} from '../types.js';
import {
	ATTACHING,
	FUNCTION_WORDS,
	GENERIC_ORGANISATIONS,
	OBJECT_VERBS,
	ORGANISATION_WORDS,
	PEOPLE_NOUNS,
	PREPOSITIONS,
	TITLE_ABBREVIATIONS,
	TITLE_WORDS,
	TYPED_ORGANISATIONS,
} from '../vocabulary.js';
import {introducedAs, nounPhraseAt} from './phrases.js';
import {ownedRole, speakerOfPhrase} from './speaker-phrases.js';
import type {Attribution} from './types.js';

// The state attribution and coreference share for one article: its sentences, mentions and entities, and what
// each sentence's cues and quotations were found to say. Built once per article, filled sentence by sentence.

/**
 * Whether an organisation can be the one "the NOUN" stands for: its name has no other kind's word ("Council",
 * "Ministry").
 */
function mayBe(noun: string, entity: Entity): boolean {
	return !TYPED_ORGANISATIONS.has(noun) || !entity.words.some(word => word !== noun && ORGANISATION_WORDS.has(word));
}

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
		if (!this.groupSubjects.has(sentence)) this.groupSubjects.set(sentence, this.findGroupSubject(sentence));
		return this.groupSubjects.get(sentence);
	}

	private readonly groupSubjects = new Map<Sentence, Entity | undefined>();

	private findGroupSubject(sentence: Sentence): Entity | undefined {
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
		if (speaking) return this.unnamedAt(sentence, speaking, 0)?.entity;
		// Asked again and again of the sentences before a pronoun; they are settled by then.
		if (!this.unnamedSubjects.has(sentence))
			this.unnamedSubjects.set(sentence, this.unnamedAt(sentence, false, 0)?.entity);
		return this.unnamedSubjects.get(sentence);
	}

	private readonly unnamedSubjects = new Map<Sentence, Entity | undefined>();

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
		const found = this.findOrganisation(noun, sentence, at, window);
		if (found) this.learn(found);
		return found?.entity;
	}

	/** The search behind `organisationNamed`: a lookup, which changes nothing. */
	findOrganisation(noun: string, sentence: Sentence, at: number, window = 3): Resolution | undefined {
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
					return {entity};
				// Or in apposition to a phrase with the noun: "The union representing Dayton officers, Fraternal Order of
				// Police Lodge 12,".
				if (introducedAs(earlier, first, noun))
					return entity.kind === 'organisation' ? {entity} : {entity, kind: 'organisation'};
				// "the Gun Violence Archive … The archive characterizes …": a name of several words, no person's, ending in the
				// noun is the organisation it stands for.
				if (
					entity.kind === 'unknown' &&
					entity.words.length > 1 &&
					entity.words.at(-1) === noun &&
					!entity.human &&
					!entity.gender &&
					!entity.role
				)
					return {entity, kind: 'organisation'};
				if (entity.kind !== 'organisation') continue;
				if (entity.words.includes(noun)) return {entity};
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
		return recent && {entity: recent};
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
	private organisationSpeaking(sentence: Sentence, noun: string): Resolution | undefined {
		// Not the source of "according to Reuters".
		const sources = new Set(
			(this.attributions.get(sentence) ?? []).flatMap(attribution =>
				attribution.according && attribution.speaker ? [attribution.speaker] : [],
			),
		);
		for (const {entity} of this.speakersAt.get(sentence) ?? []) {
			if (sources.has(entity)) continue;
			if (entity.kind === 'organisation') return mayBe(noun, entity) ? {entity} : undefined;
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
			)
				return {entity, kind: 'organisation'};
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
				? epithetReferent(this, mention.epithet, mention.sentence, mention.start)
				: mention.owner
					? relativeOf(this, mention)
					: mention.title
						? this.holderOfRole(mention.title, mention.start)
						: this.resolvePronoun(mention);
			if (entity) mention.entity = entity;
		}
		return mention.entity;
	}

	/** What a pronoun refers to (`coreference/pronouns.ts`), recording what it tells: "she" is a woman. */
	resolvePronoun(mention: Mention): Entity | undefined {
		const found = resolvePronoun(this, mention);
		if (found) this.learn(found);
		return found?.entity;
	}

	/**
	 * Records what a lookup found out about an entity (a pronoun's gender, the kind "it" or "the company" implies): the
	 * one place where resolution changes an entity, so that the lookups themselves stay pure.
	 */
	learn({entity, gender, kind}: Resolution): void {
		if (gender && !entity.gender) entity.gender = gender;
		if (kind) entity.kind = kind;
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
}
