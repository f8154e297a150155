import {
	firstNameGender,
	fold,
	isCommonWord,
	isFirstName,
	isPersonNoun,
	isPersonWord,
	isPlaceWord,
	singular,
} from '../lexicon.js';
import {
	affiliationOf,
	BODY_NOUNS,
	genderOfRole,
	isPeopleNoun,
	POST_NOMINALS,
	roleBefore,
	roleInApposition,
	SPEAKS_FOR,
} from '../mentions/mentions.js';
import type {Entity, EntityKind, Mention} from '../types.js';
import {
	COLLECTIVE_RELATIONS,
	DEMONYMS,
	ORGANISATION_WORDS,
	PEOPLE_NOUNS,
	RELATION_NOUNS,
	SEATS_OF_POWER,
	TITLE_WORDS,
	words,
} from '../vocabulary.js';

// One entity per person or organisation, however it is named: "Jens Stoltenberg", "Stoltenberg";
// "Syrian Democratic Forces (SDF)", "the SDF"; "Recep Tayyip Erdoğan", "Erdogan".

/** Nouns for organisations whose name may follow in apposition: "the festival's organisers, Clare Events,". */
const APPOSED_ORGANISATIONS = new Set(
	words(`
		organisers organizers organiser organizer group company firm club charity business agency supplier distributor
		operator developer retailer manufacturer publisher broadcaster label brand chain startup union association campaign
	`),
);

/** Relatives who usually share a surname. */
const FAMILY_NOUNS = new Set(
	words(`
		mother father wife husband son daughter brother sister aunt uncle niece nephew cousin grandmother grandfather
		grandson granddaughter widow widower
	`),
);

const STOP = new Set(['the', 'of', 'for', 'and', 'on', 'to']);

function wordsOf(name: string): string[] {
	// "Martin Shah KC" is "Shah" by surname.
	const parts = name.split(/\s+/);
	while (parts.length > 2 && POST_NOMINALS.has(parts.at(-1)!)) parts.pop();
	return parts
		.join(' ')
		.split(/[\s-]+/)
		.map(word => fold(word.replace(/['’]s$/, '').replace(/[(),.]/g, '')))
		.filter(word => word.length > 0 && !STOP.has(word));
}

function kindOfNoun(mention: Mention): EntityKind {
	const words = mention.text.split(/\s+/).map(word => fold(word.replace(/['’]s$/, '')));
	if (
		words.some(word => ORGANISATION_WORDS.has(word) || BODY_NOUNS.has(word)) ||
		mention.text.split(/\s+/).some(word => /^[A-Z]{2,}$/.test(word))
	)
		return 'organisation';
	if (words.every(word => DEMONYMS[word] !== undefined)) return 'unknown';
	// "Ministers said", "Residents said" at the start of a sentence: people speaking together.
	if (words.length === 1 && isPeopleNoun(words[0]!)) return 'group';
	if (words.every(word => isPlaceWord(word) || DEMONYMS[word] !== undefined || STOP.has(word) || SEATS_OF_POWER[word]))
		return 'place';
	return 'unknown';
}

/**
 * "Eastfield Rovers", "Cymru Coaches", "Halvern Technologies": a name of several words that ends in a plural, with no
 * first name, no known surname and no role to make a person of it, names a team or a company.
 */
function looksLikeTeam(entity: Entity): boolean {
	const words = entity.name.split(/\s+/);
	const last = words.at(-1)!;
	if (words.length < 2 || entity.role || !/[^s']s$/.test(last) || isPersonWord(fold(last))) return false;
	return !words.some(word => isFirstName(fold(word)));
}

/** The registry of entities of one article. */
export class Entities {
	readonly all: Entity[] = [];
	private readonly byName = new Map<string, Entity>();

	constructor(readonly article: string) {}

	private readonly byLastWord = new Map<string, Entity[]>();
	private readonly byAnyWord = new Map<string, Entity[]>();
	private readonly byAlias = new Map<string, Entity>();
	/** Persons by their whole last word, hyphen and all: "okonkwo-hart" for "Emeka Okonkwo-Hart". */
	private readonly byLastPart = new Map<string, Entity[]>();
	/** The person a surname alone last stood for: "Sorensen" stays the player once her father is named. */
	private readonly bySurnameUse = new Map<string, Entity>();
	/** Genders known only from a first name's usual one, which a title ("Mr.") or a role overrides. */
	private readonly guessedGender = new Set<Entity>();
	/** Names of several words by their last word, whatever their kind: "police" for "Thames Valley Police". */
	private readonly byTail = new Map<string, Entity[]>();

	private create(name: string, kind: EntityKind, first: number): Entity {
		const entity: Entity = {id: this.all.length, name, kind, words: wordsOf(name), aliases: new Set(), first};
		this.all.push(entity);
		this.byName.set(fold(name), entity);
		if (entity.words.length > 1) {
			const tail = entity.words.at(-1)!;
			const list = this.byTail.get(tail);
			if (list) list.push(entity);
			else this.byTail.set(tail, [entity]);
		}
		if (kind === 'person' && entity.words.length > 1) {
			const add = (map: Map<string, Entity[]>, word: string) => {
				const list = map.get(word);
				if (!list) map.set(word, [entity]);
				else if (!list.includes(entity)) list.push(entity);
			};
			add(this.byLastWord, entity.words.at(-1)!);
			for (const word of entity.words) add(this.byAnyWord, word);
			const lastPart = fold(
				name
					.split(/\s+/)
					.at(-1)!
					.replace(/['’]s$/, ''),
			);
			if (lastPart.includes('-')) add(this.byLastPart, lastPart);
		}
		return entity;
	}

	/** Registers the mentions of a whole article: full names first, so that "Trump" in a headline finds "Donald Trump". */
	register(mentions: readonly Mention[]): void {
		for (const mention of mentions) {
			if (mention.kind === 'name' && mention.to > mention.from) this.person(mention);
			// Organisations named in full first too, so that "Norvane" in a headline finds "Norvane Semiconductor Inc".
			else if (mention.kind === 'noun' && mention.to > mention.from && kindOfNoun(mention) === 'organisation')
				this.noun(mention);
		}
		for (const entity of this.all) if (entity.kind === 'person' && looksLikeTeam(entity)) entity.kind = 'organisation';
		// "the festival's organisers, Clare Events,", "its supporters' group, Grada Sur,": a name in apposition to an
		// organisation noun.
		for (const mention of mentions) {
			const entity = mention.entity;
			if (
				!entity ||
				mention.kind === 'pronoun' ||
				(entity.kind !== 'person' && entity.kind !== 'unknown') ||
				entity.role
			)
				continue;
			const sentence = mention.sentence;
			const before = sentence.masked.slice(
				Math.max(0, mention.start - sentence.start - 60),
				mention.start - sentence.start,
			);
			const after = sentence.masked.charAt(mention.end - sentence.start);
			const noun =
				/(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|\p{Lu}[\p{L}-]*['’]s?)\s(?:(?!(?:of|for|with|from|at|in)\s)[\p{Ll}'’-]+\s){0,3}?(\p{Ll}+),\s+$/u.exec(
					before,
				)?.[1];
			if (noun && after === ',' && APPOSED_ORGANISATIONS.has(noun)) entity.kind = 'organisation';
		}
		for (const [index, mention] of mentions.entries()) {
			if (mention.kind === 'pronoun' || mention.epithet || mention.owner || mention.entity) continue;
			if (mention.kind === 'name') this.shortName(mention, this.familySurname(mentions, index));
			else this.noun(mention);
		}
	}

	private person(mention: Mention): void {
		const key = fold(mention.text);
		let entity = this.byName.get(key);
		if (!entity) {
			entity = this.create(mention.text, 'person', mention.start);
			const first = mention.text.split(/\s+/)[0]!;
			entity.gender = firstNameGender(first);
			if (entity.gender) this.guessedGender.add(entity);
		}
		this.describe(entity, mention);
		mention.entity = entity;
	}

	private describe(entity: Entity, mention: Mention): void {
		// Later mentions add roles written before the name ("Russian Deputy Defence Minister Fomin"); appositions count at
		// introduction.
		const before = roleBefore(mention, this.article);
		const apposition = entity.role ? undefined : roleInApposition(mention, this.article);
		const role = before ?? apposition;
		if (role && entity.role && role !== entity.role) entity.laterRoles = [...(entity.laterRoles ?? []), role];
		// "Dr. Naomi Feld, an epidemiologist … and the study's lead author": the apposition is a role too.
		if (before && apposition) entity.laterRoles = [...(entity.laterRoles ?? []), apposition];
		// "Delia Moreno, 67,", "the 29-year-old striker Jamie Harlow": an age, for epithets ("the 31-year-old") to agree
		// with.
		const age =
			/^,\s+(\d{1,3})[,.;]/.exec(this.article.slice(mention.end, mention.end + 8))?.[1] ??
			(role && /\b(\d{1,3})-year-old\b/.exec(role)?.[1]);
		if (age && entity.age === undefined) entity.age = Number(age);
		if (entity.role) return;
		if (role) {
			entity.role = role.replace(/['’]s$/, '');
			// A role's gender ("Her son, Jesse Combs") says more than a first name's usual one.
			// A kinship role's gender ("Her son, Jesse Combs") says more than a first name's usual one.
			const head = fold(role.split(/\s+/).at(-1)!.replace(/[,.]$/, ''));
			const kin = RELATION_NOUNS.has(head) ? genderOfRole(head) : undefined;
			entity.gender = kin ?? entity.gender ?? genderOfRole(role);
			if (kin) this.guessedGender.delete(entity);
		}
	}

	/** A person named by one word: a surname (or first name) of someone named in full, else a person of their own. */
	/**
	 * "Sian Lloyd, who runs the shop with her husband, Gareth,": a relative named by a first name alone, in apposition
	 * to "his/her/their" and a family noun, shares the surname of the person named before in the sentence.
	 */
	private familySurname(mentions: readonly Mention[], index: number): string | undefined {
		const mention = mentions[index]!;
		const tokens = mention.sentence.tokens;
		const relation = tokens[mention.from - 1];
		const owner = tokens[mention.from - 2];
		if (
			mention.from !== mention.to ||
			!relation ||
			!owner ||
			relation.capitalised ||
			!FAMILY_NOUNS.has(relation.key) ||
			!/^(?:his|her|their)$/.test(owner.key)
		)
			return undefined;
		if (
			!/^,\s+$/.test(
				mention.sentence.masked.slice(relation.end - mention.sentence.start, mention.start - mention.sentence.start),
			)
		)
			return undefined;
		if (!isFirstName(mention.text) || this.byLastWord.has(fold(mention.text))) return undefined;
		for (let at = index - 1; at >= 0 && mentions[at]!.sentence === mention.sentence; at--) {
			const other = mentions[at]!;
			if (other.kind === 'name' && other.entity?.kind === 'person' && !other.possessive)
				return other.text.split(/\s+/).at(-1);
		}
		return undefined;
	}

	private shortName(mention: Mention, surname?: string): void {
		if (surname) {
			const name = `${mention.text} ${surname}`;
			const relative = this.byName.get(fold(name)) ?? this.create(name, 'person', mention.start);
			this.describe(relative, mention);
			mention.entity = relative;
			return;
		}
		// "the record producer Earl Combs": a short name given a role introduces someone, not a surname of someone named
		// later.
		const found = this.findByWord(fold(mention.text), mention, roleBefore(mention, this.article) === undefined);
		if (found) {
			mention.entity = found;
			this.describe(found, mention);
			return;
		}
		const organisation = this.aliasFor(fold(mention.text), mention) ?? this.organisationEndingIn(mention);
		if (organisation) {
			mention.entity = organisation;
			return;
		}
		const role = roleBefore(mention, this.article) ?? roleInApposition(mention, this.article);
		// "Midwives at the unit said …", then "they wrote": a plural opening a sentence, not a known name, is a group.
		const key = fold(mention.text);
		const plural = isPeopleNoun(key) || (mention.from === 0 && singular(key) !== key && !isPersonWord(key));
		const kind: EntityKind = role || isFirstName(mention.text) ? 'person' : plural ? 'group' : 'unknown';
		const entity = this.byName.get(fold(mention.text)) ?? this.create(mention.text, kind, mention.start);
		this.describe(entity, mention);
		mention.entity = entity;
	}

	/**
	 * A person named in full before `mention`, else (a surname quoted ahead of the full name) the first named after.
	 * When several share the surname: a title's gender ("Mr.", "Ms.") decides, then the one the surname alone stood
	 * for last, then the one named most recently. A whole last name ("Hart" for Ruth Hart) beats half of a
	 * hyphenated one (Okonkwo-Hart).
	 */
	private findByWord(word: string, mention: Mention, ahead = true): Entity | undefined {
		let candidates =
			(word.includes('-') ? this.byLastPart.get(word) : undefined) ??
			this.byLastWord.get(word) ??
			this.byAnyWord.get(word) ??
			[];
		if (candidates.length === 0) return undefined;
		// "Lloyd" known by the surname alone before "her husband, Gareth" became Gareth Lloyd: both are candidates.
		const alone = this.byName.get(word);
		if (alone && alone.kind === 'person' && alone.words.length === 1 && !candidates.includes(alone))
			candidates = [...candidates, alone];
		const whole = candidates.filter(entity => fold(entity.name.split(/\s+/).at(-1)!) === word);
		if (whole.length > 0 && whole.length < candidates.length) candidates = whole;
		const before = candidates.filter(entity => entity.first <= mention.start).sort((a, b) => a.first - b.first);
		if (before.length === 0) return ahead || mention.sentence.block < 0 ? candidates[0] : undefined;
		const title = mention.from > 0 ? mention.sentence.tokens[mention.from - 1]! : undefined;
		const gender =
			title && /^(?:mr|mrs|ms|miss|sir|dame|lady|lord)$/.test(title.key) && title.end + 2 >= mention.start
				? genderOfRole(title.key)
				: undefined;
		let chosen: Entity | undefined;
		if (before.length === 1) chosen = before[0];
		else {
			// Agreeing gender 3, unknown 2, a first name's guess against it 1, a role's or pronoun's against it 0.
			const rank = (entity: Entity) =>
				!gender || !entity.gender ? 2 : entity.gender === gender ? 3 : this.guessedGender.has(entity) ? 1 : 0;
			const best = before.reduce((most, entity) => Math.max(most, rank(entity)), -Infinity);
			const fitting = before.filter(entity => rank(entity) === best);
			const used = this.bySurnameUse.get(word);
			chosen = used && fitting.includes(used) ? used : fitting.at(-1);
		}
		if (chosen && gender && (!chosen.gender || this.guessedGender.has(chosen))) {
			chosen.gender = gender;
			this.guessedGender.delete(chosen);
		}
		if (chosen) this.bySurnameUse.set(word, chosen);
		return chosen;
	}

	/**
	 * An organisation's acronym or short name refers back: only to an organisation introduced before it ("Dayton's
	 * police chief" is not the Dayton Justice Coalition named three paragraphs later). A headline, which sums up the
	 * story, may name ahead.
	 */
	private aliasFor(key: string, mention: Mention): Entity | undefined {
		const entity = this.byAlias.get(key);
		return entity && (entity.first <= mention.start || mention.sentence.block < 0) ? entity : undefined;
	}

	/**
	 * "Thames Valley Police said …. Police said on Monday": one word that ends the name of exactly one organisation named
	 * before is that organisation.
	 */
	private organisationEndingIn(mention: Mention): Entity | undefined {
		const word = fold(mention.text.replace(/^(?:the|The)\s+/, ''));
		// Not a plural of people: "Midwives at the unit" are not the Royal College of Midwives.
		if (/\s/.test(word) || isPeopleNoun(word) || singular(word) !== word) return undefined;
		const named = (this.byTail.get(word) ?? []).filter(
			entity => entity.kind === 'organisation' && entity.first < mention.start,
		);
		return named.length === 1 ? named[0] : undefined;
	}

	private noun(mention: Mention): void {
		const text = mention.text.replace(/^(?:the|The)\s+/, '');
		const key = fold(text);
		const single = !/\s/.test(text);
		if (single) {
			const person = this.findByWord(key, mention);
			if (person) {
				mention.entity = person;
				return;
			}
			const aliased =
				this.aliasFor(key, mention) ?? this.initialismOf(text, mention) ?? this.organisationEndingIn(mention);
			if (aliased) {
				mention.entity = aliased;
				return;
			}
		}
		let entity = this.byName.get(key);
		if (!entity) {
			let acronym = /^\s*\(([A-Z][A-Za-z.&]{1,9})\)/.exec(this.article.slice(mention.end, mention.end + 14));
			const name = acronym && !single ? `${text} (${acronym[1]})` : text;
			// "Sudesh Amman, 20,": an age in apposition makes a person of a name whose last word is also a city.
			const aged = !single && /^, \d{1,3},(?!\d)/.test(this.article.slice(mention.end, mention.end + 8));
			entity = this.create(name, aged ? 'person' : kindOfNoun(mention), mention.start);
			this.byName.set(key, entity);
			// "Valencia, Spain (AFP) -": a news agency's name after a dateline's place is not the place's acronym.
			if (acronym && (entity.kind === 'place' || (single && fold(acronym[1]!.charAt(0)) !== fold(text.charAt(0)))))
				acronym = null;
			if (acronym) {
				entity.aliases.add(fold(acronym[1]!));
				this.byAlias.set(fold(acronym[1]!), entity);
			}
			// "Norvane" for "Norvane Semiconductor Inc", "Castell" for "Castell Micro Devices": a company's short name is its
			// first word.
			const first = text.split(/\s+/)[0]!;
			if (entity.kind === 'organisation' && !single && /^\p{Lu}\p{Ll}+$/u.test(first)) {
				const short = fold(first);
				if (
					!this.byAlias.has(short) &&
					!isCommonWord(short) &&
					!isPlaceWord(short) &&
					!TITLE_WORDS.has(short) &&
					!ORGANISATION_WORDS.has(short) &&
					DEMONYMS[short] === undefined
				) {
					entity.aliases.add(short);
					this.byAlias.set(short, entity);
				}
			}
		}
		mention.entity = entity;
	}

	/**
	 * "PGMOL" after "Professional Game Match Officials Limited", "BCI" after "Ohio Bureau of Criminal Investigation": an
	 * initialism no bracket defined stands for the organisation introduced before it whose capitalised words it spells
	 * (all of them, or the last ones).
	 */
	private initialismOf(text: string, mention: Mention): Entity | undefined {
		if (!/^[A-Z]{3,8}$/.test(text)) return undefined;
		for (let index = this.all.length - 1; index >= 0; index--) {
			const entity = this.all[index]!;
			if (entity.kind !== 'organisation' || entity.first > mention.start) continue;
			const initials = entity.name
				.replace(/\s*\([^)]*\)/g, '')
				.split(/[\s-]+/)
				.filter(word => /^\p{Lu}/u.test(word))
				.map(word => word[0])
				.join('');
			if (initials === text || (initials.endsWith(text) && initials.length > text.length)) {
				entity.aliases.add(fold(text));
				this.byAlias.set(fold(text), entity);
				return entity;
			}
		}
		return undefined;
	}

	/**
	 * An entity for a speaker named only by a common noun: "a spokesman", "the ministry", "the head of the police's
	 * investigators".
	 */
	unnamed(text: string, at: number, head?: string): Entity {
		const name = spokesperson(text.replace(/^(?:the|a|an)\s+/i, ''));
		const key = fold(name);
		const existing = this.byName.get(key);
		if (existing) return existing;
		const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
		// The head noun decides: "the head of the police's investigators" is a person, "the police" an organisation.
		const organisation =
			/\b(?:ministry|government|department|embassy|agency|police|army|military|office|committee|council|commission|court|union|party|company|group|administration|authorities|kremlin)\b/i.test(
				head ?? name,
			);
		const person =
			head !== undefined &&
			(TITLE_WORDS.has(head) ||
				PEOPLE_NOUNS.has(head) ||
				TITLE_WORDS.has(singular(head)) ||
				PEOPLE_NOUNS.has(singular(head)) ||
				isPersonNoun(head));
		// "Analysts at Goldman Sachs", "the governors of Maryland and Virginia": people speaking together, "they".
		const plural = person && singular(head) !== head && !/^(?:one|each|another|either|neither)\b/i.test(name);
		const entity = this.create(capitalised, organisation ? 'organisation' : plural ? 'group' : 'unknown', at);
		if (!organisation && person) {
			entity.human = true;
			if (/^spokes(?:man|woman)$/.test(head)) entity.gender = genderOfRole(head);
			// "One woman", "a nurse" introduce someone "the woman", "the nurse" refer back to.
			if (/^(?:a|an|one|another)\s/i.test(text)) this.remember(head, entity, at);
		}
		return entity;
	}

	/**
	 * "Her family", "his sister", "their spokesman" once the possessive is resolved: a speaker of its own, named for
	 * whose relation it is ("Pruitt's family", "Spokesman for Harrow Press"), one entity however often it is mentioned.
	 */
	relative(owner: Entity, noun: string, at: number): Entity {
		const short = owner.kind === 'person' ? owner.name.split(/\s+/).at(-1)! : owner.name;
		const name = SPEAKS_FOR.has(noun)
			? spokesperson(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} for ${owner.name}`)
			: `${short}'s ${noun}`;
		const existing = this.byName.get(fold(name));
		if (existing) return existing;
		const entity = this.create(name, COLLECTIVE_RELATIONS.has(noun) ? 'group' : 'unknown', at);
		entity.human = true;
		entity.gender = genderOfRole(noun);
		this.remember(noun, entity, at);
		return entity;
	}

	private readonly byHead = new Map<string, {entity: Entity; at: number}[]>();

	/** Records an entity known by a common noun, for "the family", "the woman" to find it again. */
	private remember(noun: string, entity: Entity, at: number): void {
		const list = this.byHead.get(noun) ?? [];
		list.push({entity, at});
		this.byHead.set(noun, list);
	}

	/** The person or relation last introduced before `at` by this noun: "the family" after "Her family". */
	introducedAs(noun: string, at: number): Entity | undefined {
		let found: Entity | undefined;
		for (const item of this.byHead.get(noun) ?? []) if (item.at < at) found = item.entity;
		return found;
	}

	/** A group of people speaking together: "They" after "X and his counterparts Y and Z". */
	group(members: readonly Entity[], at: number): Entity {
		const names = members.map(member => member.name);
		const name = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
		return this.byName.get(fold(name)) ?? this.create(name, 'group', at);
	}
}

/**
 * "Spokeswoman for East Grid" is named "Spokesperson for East Grid", as an unnamed spokesperson is (the gender is kept
 * apart).
 */
function spokesperson(name: string): string {
	return name.replace(/^([Ss])pokes(?:man|woman)\b/, '$1pokesperson');
}

/** Where an entity stands: the country or organisation its role or name points to. */
export function affiliationOfEntity(entity: Entity): string | undefined {
	if (entity.kind === 'person' || entity.kind === 'unknown' || entity.kind === 'group') {
		for (const role of [entity.role, ...(entity.laterRoles ?? [])]) {
			const found = affiliationOf(role);
			if (found) return found;
		}
		return undefined;
	}
	const words = entity.name.split(/\s+/);
	for (const word of words) {
		const key = fold(word.replace(/['’]s$/, ''));
		if (DEMONYMS[key]) return DEMONYMS[key];
	}
	return SEATS_OF_POWER[fold(entity.name)] ?? entity.name;
}
