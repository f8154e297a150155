import {
	fold,
	type Gender,
	isCommonWord,
	isDateWord,
	isDemonym,
	isFirstName,
	isOrganisationWord,
	isPersonNoun,
	isPersonWord,
	isPlaceWord,
	isVerbLike,
	singular,
} from '../lexicon.js';
import {QUOTE_CHAR, type Sentence, type Token} from '../text/sentences.js';
import type {Entity, Epithet, Mention, MentionKind} from '../types.js';
import {
	AGE_NOUNS,
	COUNTRY_ACRONYMS,
	DEMONYMS,
	FEMALE_WORDS,
	FUNCTION_WORDS,
	MALE_WORDS,
	NAME_PARTICLES,
	NOUN_DEMONYMS,
	ORGANISATION_WORDS,
	PEOPLE_NOUNS,
	PORTFOLIO_WORDS,
	PREPOSITIONS,
	RELATION_NOUNS,
	SPEAKER_NOUNS,
	TITLE_WORDS,
	words,
} from '../vocabulary.js';

// Mentions of people and organisations, and the entities they refer to: "Stoltenberg" and
// "NATO Secretary General Jens Stoltenberg" are one person, named as first introduced in full.

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Possessive determiners that make a relation noun someone's: "her family", "my editor". */
const OWNERS = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
/** Nouns for a body that speaks for its owner: "Schumer's office", "the president's campaign". */
export const BODY_NOUNS = new Set([
	'office',
	'campaign',
	'team',
	'government',
	'administration',
	'ministry',
	'department',
	'party',
]);
const CONNECTORS = new Set(['of', 'for', 'on', 'to', 'the', 'and']);

const GEOGRAPHY = new Set(
	words(`
		north south east west northern southern eastern western central peninsula sea river island islands mountains mountain
		gulf strait ocean province valley heights coast bay lake desert region basin delta plateau street road avenue square
		bridge park county district city town village
	`),
);

/** Countries named by the demonym table, and the parts of the United Kingdom. */
const COUNTRIES = new Set([...Object.values(DEMONYMS).map(fold), 'britain', 'england', 'scotland', 'wales', 'america']);
const SAME_COUNTRY: Readonly<Record<string, string>> = {
	britain: 'united kingdom',
	england: 'united kingdom',
	scotland: 'united kingdom',
	wales: 'united kingdom',
	america: 'united states',
};

/** A country's folded name, if `name` is one: "Britain" and "United Kingdom" are one country. */
export function countryOf(name: string | undefined): string | undefined {
	if (!name) return undefined;
	const key = fold(name.replace(/^the\s+/i, ''));
	return COUNTRIES.has(key) ? (SAME_COUNTRY[key] ?? key) : undefined;
}

/**
 * What the words of a description after "the" tell of a person: a nationality ("Dutchman", "Hungarian", "Dane",
 * "Poland international"), a gender ("Frenchwoman") or an age ("31-year-old", "teenager"). Undefined if none.
 */
export function epithetOf(words: readonly string[]): Epithet | undefined {
	const epithet: {country?: string; gender?: Gender; age?: readonly [number, number]} = {};
	// "South African", "North Korean": a demonym of two words.
	const pair = words.length === 2 ? DEMONYMS[fold(words.join(' '))] : undefined;
	if (pair) epithet.country = countryOf(pair) ?? fold(pair);
	for (const word of pair ? [] : words) {
		const key = fold(word);
		const compound = /^(\p{L}+?)(man|woman|men|women)$/u.exec(key);
		const stem = compound && (DEMONYMS[compound[1]!] ?? NOUN_DEMONYMS[compound[1]!]);
		const country =
			DEMONYMS[key] ?? NOUN_DEMONYMS[key] ?? stem ?? (/^\p{Lu}/u.test(word) ? countryOf(word) : undefined);
		if (country) epithet.country = countryOf(country) ?? fold(country);
		// "the Ghanaian": a nationality the table does not map to a country still makes an epithet (its country unknown).
		else if (/^\p{Lu}/u.test(word) && word === words.at(-1) && isDemonym(key) && !epithet.country)
			epithet.country = key;
		if (stem) epithet.gender = compound![2]!.startsWith('w') ? 'female' : 'male';
		const years = /^(\d{1,3})-year-old$/.exec(key);
		if (years) epithet.age = [Number(years[1]), Number(years[1])];
		else if (AGE_NOUNS[key]) epithet.age = AGE_NOUNS[key];
	}
	return epithet.country || epithet.gender || epithet.age ? epithet : undefined;
}

/** Nothing known of the person contradicts the epithet: nationality, gender and age agree where both are known. */
export function fitsEpithet(epithet: Epithet, entity: Entity): boolean {
	if (epithet.gender && entity.gender && epithet.gender !== entity.gender) return false;
	if (epithet.age && entity.age !== undefined && (entity.age < epithet.age[0] || entity.age > epithet.age[1]))
		return false;
	if (epithet.country) {
		for (const role of [entity.role, ...(entity.laterRoles ?? [])]) {
			const country = countryOf(affiliationOf(role));
			if (country && country !== epithet.country) return false;
		}
	}
	return true;
}

type TokenClass = 'title' | 'organisation' | 'demonym' | 'place' | 'connector' | 'name';

const classCache = new Map<string, TokenClass>();

function classify(token: Token): TokenClass {
	const cached = classCache.get(token.text);
	if (cached) return cached;
	if (classCache.size > 50_000) classCache.clear();
	const value = classifyWord(token);
	classCache.set(token.text, value);
	return value;
}

function classifyWord(token: Token): TokenClass {
	const key = token.key;
	if (TITLE_WORDS.has(key)) return 'title';
	if (ORGANISATION_WORDS.has(key) || isOrganisationWord(key)) return 'organisation';
	if (/^[A-Z][A-Z.&]{1,7}$/.test(token.text.replace(/['’]s$/, '')) && !isPlaceWord(key)) {
		return COUNTRY_ACRONYMS.has(token.text.replace(/\.$/, '').replace(/['’]s$/, '')) ? 'place' : 'organisation';
	}
	if (DEMONYMS[key] !== undefined || isDemonym(key)) return 'demonym';
	if (CONNECTORS.has(key)) return 'connector';
	if ((isPlaceWord(key) || GEOGRAPHY.has(key) || COUNTRIES.has(key)) && !isFirstName(key)) return 'place';
	return 'name';
}

/** The words between two tokens of a masked sentence. */
export function gapBetween(sentence: Sentence, left: Token | undefined, right: Token | undefined): string {
	const from = left ? left.end - sentence.start : 0;
	const to = right ? right.start - sentence.start : sentence.masked.length;
	return sentence.masked.slice(from, to);
}

function startsName(sentence: Sentence, index: number, names: ReadonlySet<string>): boolean {
	const token = sentence.tokens[index]!;
	if (!token.capitalised || FUNCTION_WORDS.has(token.key) || isDateWord(token.key)) return false;
	const gap = gapBetween(sentence, sentence.tokens[index - 1], token);
	const atStart = index === 0 || /[.:!?\u0001]\s*$/.test(gap);
	// "Prosecuting, Nicholas Grey KC said", "Sentencing, Judge Whitfield said": a participle and a comma open a clause.
	const participle = /\p{Ll}{3}ing$/u.test(token.key) && sentence.masked.charAt(token.end - sentence.start) === ',';
	const common = isCommonWord(token.key) || isAdverbOfCommonWord(token.key) || participle;
	return !(
		atStart &&
		common &&
		!TITLE_WORDS.has(token.key) &&
		!ORGANISATION_WORDS.has(token.key) &&
		!names.has(token.key)
	);
}

/**
 * "Reportedly", "Separately", "Initially", "Notably": an adverb made from a common word (the lexicon lists few
 * adverbs).
 */
function isAdverbOfCommonWord(key: string): boolean {
	if (key.length < 6 || !key.endsWith('ly') || isFirstName(key)) return false;
	const stems = [
		key.slice(0, -2),
		key.replace(/ily$/, 'y'),
		key.replace(/ably$/, 'able'),
		key.replace(/ibly$/, 'ible'),
		key.replace(/ically$/, 'ic'),
	];
	return stems.some(stem => stem !== key && isCommonWord(stem));
}

function joins(sentence: Sentence, index: number, runStart = index): boolean {
	const tokens = sentence.tokens;
	const left = tokens[index]!;
	const right = tokens[index + 1];
	if (!right) return false;
	if (!/^ $/.test(gapBetween(sentence, left, right))) return false;
	// "Alachua County Sheriff's Office", "the Attorney General's Department": a title's office is one organisation's name.
	if (left.possessive)
		return (
			left.capitalised &&
			right.capitalised &&
			!right.possessive &&
			(right.key === 'office' || right.key === 'department') &&
			TITLE_WORDS.has(left.key)
		);
	if (right.capitalised)
		return (!isDateWord(right.key) && !FUNCTION_WORDS.has(right.key)) || /^[A-Z]{2,}$/.test(right.text);
	let next = tokens[index + 2];
	let nextGap = next ? gapBetween(sentence, right, next) : '';
	if (next?.key === 'the' && /^ $/.test(nextGap) && tokens[index + 3]?.capitalised) {
		nextGap = gapBetween(sentence, next, tokens[index + 3]);
		next = tokens[index + 3];
	}
	if (!next?.capitalised || !/^ $/.test(nextGap) || isDateWord(next.key)) return false;
	const leftClass = classify(left);
	if (NAME_PARTICLES.has(right.key)) return leftClass === 'name';
	// "Secretary of State", "Commission on International Religious Freedom", "Ambassador to the United Nations".
	if (
		(right.key === 'of' || right.key === 'for' || right.key === 'on' || right.key === 'to') &&
		(leftClass === 'title' || leftClass === 'organisation')
	)
		return true;
	// "Fraternal Order of Police", "Friends of the Earth": a capitalised common noun before "of" heads a name; a surname
	// does not.
	if (
		right.key === 'of' &&
		leftClass === 'name' &&
		isCommonWord(left.key) &&
		!isPersonWord(left.key) &&
		!isFirstName(left.key)
	)
		return true;
	// "Office of Management and Budget", "Department of Health and Social Care": "and" inside what an organisation is
	// "of".
	if (
		right.key === 'and' &&
		next === tokens[index + 2] &&
		!TITLE_WORDS.has(next.key) &&
		!isFirstName(next.key) &&
		classify(next) !== 'demonym'
	) {
		for (let at = runStart; at < index; at++)
			if (classify(tokens[at]!) === 'organisation' && tokens[at + 1]?.key === 'of') return true;
	}
	return false;
}

type Run = {from: number; to: number};

function runsOf(sentence: Sentence, names: ReadonlySet<string>): Run[] {
	const runs: Run[] = [];
	const tokens = sentence.tokens;
	for (let index = 0; index < tokens.length; index++) {
		if (!startsName(sentence, index, names)) continue;
		let to = index;
		while (joins(sentence, to, index)) {
			// "of the": step over both when the word after is capitalised.
			if (tokens[to + 1]!.capitalised) to += 1;
			else if (tokens[to + 2]?.key === 'the' && !tokens[to + 2]!.capitalised) to += 3;
			else to += 2;
		}
		runs.push({from: index, to});
		index = to;
	}
	// "Professional Game Match Officials Limited", "United Lincolnshire Coast NHS Trust": a common word that opens the
	// sentence opens an organisation's name too, when the capitalised run it is glued to is one.
	const first = runs[0];
	const opener = tokens[0];
	if (
		first?.from === 1 &&
		opener?.capitalised &&
		!FUNCTION_WORDS.has(opener.key) &&
		!isDateWord(opener.key) &&
		!/(?:ly|ing|ed)$/.test(opener.key)
	) {
		if (
			gapBetween(sentence, opener, tokens[1]) === ' ' &&
			classify(tokens[1]!) !== 'title' &&
			tokens.slice(1, first.to + 1).some(token => classify(token) === 'organisation')
		)
			first.from = 0;
	}
	return runs;
}

function textOf(sentence: Sentence, from: number, to: number, article: string): string {
	const last = sentence.tokens[to]!;
	const end = last.possessive ? last.end - (last.text.endsWith('s') && /s['’]$/.test(last.text) ? 1 : 2) : last.end;
	return article.slice(sentence.tokens[from]!.start, end);
}

/** Endings of English common words the lexicon may not list: "Religious", "Educational", "Security". */
const COMMON_ENDING =
	/(?:ous|ional|ical|ive|ity|ment|ness|ism|ist|able|ible|ful|less|ship|tion|sion|ency|ancy|ology|graphy|ative|ese|ian)$/;

/** A name-like word: a known first name, or a word that is not a common word, place or title. */
function namelike(token: Token): boolean {
	if (isFirstName(token.key)) return true;
	return !isCommonWord(token.key) && !COMMON_ENDING.test(token.key) && classify(token) === 'name';
}

export const POST_NOMINALS = new Set([
	'KC',
	'QC',
	'SC',
	'MSP',
	'MLA',
	'MEP',
	'TD',
	'OBE',
	'MBE',
	'CBE',
	'KBE',
	'DBE',
	'PhD',
]);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'sir', 'dame', 'lord', 'lady', 'prof']);

/**
 * Only lower-case words (one to three) between the end of a run of titles and the next capitalised run: "Senior
 * meteorologist Priya Raman".
 */
function roleWordsBeforeName(sentence: Sentence, to: number, next: Run | undefined): boolean {
	if (!next || next.from - to < 2 || next.from - to > 4) return false;
	for (let index = to + 1; index <= next.from; index++) {
		if (gapBetween(sentence, sentence.tokens[index - 1], sentence.tokens[index]) !== ' ') return false;
		const token = sentence.tokens[index]!;
		if (
			index < next.from &&
			(token.capitalised ||
				FUNCTION_WORDS.has(token.key) ||
				PREPOSITIONS.has(token.key) ||
				!/^\p{Ll}+$/u.test(token.key) ||
				/(?:ed|ly)$/.test(token.key))
		)
			return false;
	}
	return true;
}

/** Mentions of people, organisations and places, and speaker pronouns, in one sentence. */
export function findMentions(sentence: Sentence, article: string, names: ReadonlySet<string> = new Set()): Mention[] {
	const mentions: Mention[] = [];
	const tokens = sentence.tokens;
	const make = (kind: MentionKind, from: number, to: number, extra: Partial<Mention> = {}): Mention => {
		let previous = tokens[from - 1];
		let gap = gapBetween(sentence, previous, tokens[from]);
		if (previous && /^(?:the|a|an|its|his|her|their|this|that)$/.test(previous.key) && /^\s+$/.test(gap)) {
			gap = gapBetween(sentence, tokens[from - 2], previous);
			previous = tokens[from - 2];
		} else if (kind === 'name') {
			// "to the record producer Earl Combs": a name after its role words is still the object of the preposition.
			let at = from - 1;
			while (
				at > 0 &&
				from - at <= 5 &&
				/ $/.test(gapBetween(sentence, tokens[at - 1], tokens[at])) &&
				gapBetween(sentence, tokens[at], tokens[at + 1]) === ' '
			) {
				const word = tokens[at]!;
				const roleWord =
					TITLE_WORDS.has(word.key) ||
					(!word.capitalised && !FUNCTION_WORDS.has(word.key) && !PREPOSITIONS.has(word.key)) ||
					(word.capitalised && at > from - 2);
				if (!roleWord) break;
				at--;
				if (/^(?:the|a|an)$/.test(tokens[at]!.key)) {
					if (
						at > 0 &&
						PREPOSITIONS.has(tokens[at - 1]!.key) &&
						gapBetween(sentence, tokens[at - 1], tokens[at]) === ' '
					) {
						previous = tokens[at - 1];
						gap = ' ';
					}
					break;
				}
			}
		}
		return {
			kind,
			sentence,
			from,
			to,
			start: tokens[from]!.start,
			end: tokens[to]!.end,
			text: textOf(sentence, from, to, article),
			possessive: tokens[to]!.possessive,
			afterPreposition: previous !== undefined && /^\s+$/.test(gap) && PREPOSITIONS.has(previous.key),
			...extra,
		};
	};
	const runs = runsOf(sentence, names);
	let runIndex = 0;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (PRONOUNS.has(token.key) && !token.possessive) {
			mentions.push(make('pronoun', index, index, {pronoun: token.key}));
			continue;
		}
		// "Her family", "his younger brother", "my editor": someone known by whose relation they are.
		if (OWNERS.has(token.key)) {
			let head = index + 1;
			if (tokens[head] && !RELATION_NOUNS.has(tokens[head]!.key) && !FUNCTION_WORDS.has(tokens[head]!.key)) head++;
			const relation = tokens[head];
			if (
				relation &&
				!relation.capitalised &&
				RELATION_NOUNS.has(relation.key) &&
				/^ +$/.test(gapBetween(sentence, tokens[index], tokens[index + 1])) &&
				(head === index + 1 || gapBetween(sentence, tokens[index + 1], relation) === ' ')
			) {
				mentions.push(make('noun', index, head, {owner: token.key}));
				index = head;
				continue;
			}
		}
		const run = runs[runIndex];
		if (run?.from !== index) continue;
		runIndex++;
		// "Shenzhen-based Huaxin Energy": where it is based is not part of the name.
		if (run.to > run.from && /\p{L}-based$/u.test(token.key)) {
			run.from = index + 1;
			runIndex--;
			continue;
		}
		// "the Dutchman said", "the Hungarian was unimpressed": a nationality used as a noun stands for a person named
		// before.
		// "the Northern Irishman", "the South African": a compass word or "New" before the nationality.
		const compass =
			run.to === run.from + 1 &&
			/^(?:north|northern|south|southern|east|eastern|west|western|new)$/.test(token.key) &&
			gapBetween(sentence, token, tokens[run.to]) === ' ';
		if (
			(run.to === run.from || compass) &&
			tokens[index - 1]?.key === 'the' &&
			gapBetween(sentence, tokens[index - 1], token) === ' '
		) {
			const epithet = epithetOf(tokens.slice(run.from, run.to + 1).map(word => word.text));
			const next = tokens[run.to + 1];
			const noun =
				!next ||
				gapBetween(sentence, tokens[run.to], next) !== ' ' ||
				FUNCTION_WORDS.has(next.key) ||
				PREPOSITIONS.has(next.key) ||
				isVerbLike(next.key);
			if (epithet?.country && noun) {
				mentions.push(make('noun', index, run.to, {epithet}));
				index = run.to;
				continue;
			}
		}
		// The name is the longest run of name-like words at the end; the words before it are its role.
		// "Martin Shah KC", "Ann Lowe MBE": letters after a name end it, and do not make an organisation of it.
		const last =
			run.to - run.from >= 2 && POST_NOMINALS.has(tokens[run.to]!.text) && classify(tokens[run.to - 1]!) === 'name'
				? run.to - 1
				: run.to;
		let tailFrom = last + 1;
		while (tailFrom > run.from) {
			const candidate = tokens[tailFrom - 1]!;
			const previous = tailFrom - 2 >= run.from ? tokens[tailFrom - 2] : undefined;
			// "Ministry of Home Affairs", "Foreign Affairs": after a portfolio word, the last word names the portfolio.
			if (
				tailFrom === last + 1 &&
				previous !== undefined &&
				PORTFOLIO_WORDS.has(previous.key) &&
				!isFirstName(candidate.key)
			)
				break;
			const accepted =
				namelike(candidate) ||
				((NAME_PARTICLES.has(candidate.key) || /^\p{Lu}\.$/u.test(candidate.text)) && tailFrom <= last) ||
				// "Attorney Bash", "Judge Young": after a title, the last word is a surname even if it is also a common word.
				(tailFrom === last + 1 &&
					classify(candidate) === 'name' &&
					previous !== undefined &&
					(namelike(previous) || classify(previous) === 'title')) ||
				// "Senate leaders Dick Durbin", "Bill Gerstenmaier": inside a sentence, a capitalised common word right before a
				// surname is a first name (the lexicon does not list every first name that is also a word).
				(tailFrom <= last &&
					tailFrom - 1 > run.from - 1 &&
					tailFrom - 1 > 0 &&
					candidate.capitalised &&
					!candidate.possessive &&
					classify(candidate) === 'name' &&
					isCommonWord(candidate.key) &&
					namelike(tokens[tailFrom]!) &&
					tailFrom === last &&
					gapBetween(sentence, candidate, tokens[tailFrom]) === ' ') ||
				// "Megan Carlisle", "Ms Carlisle": after a first name or an honorific, a town's name is a surname.
				(tailFrom === last + 1 &&
					classify(candidate) === 'place' &&
					!COUNTRIES.has(candidate.key) &&
					!GEOGRAPHY.has(candidate.key) &&
					previous !== undefined &&
					(isFirstName(previous.key) || HONORIFICS.has(previous.key)));
			if (!accepted) break;
			tailFrom--;
		}
		if (tailFrom === last + 1) tailFrom = run.to + 1;
		while (tailFrom <= run.to && NAME_PARTICLES.has(tokens[tailFrom]!.key) && !tokens[tailFrom]!.capitalised)
			tailFrom++;
		const prefix = tokens.slice(run.from, tailFrom).map(classify);
		// "Senior meteorologist Priya Raman", "Former minister Jo Lee": a title word opening a lower-case role before a
		// name is part of that role.
		if (
			tailFrom > run.to &&
			prefix.every(value => value === 'title') &&
			roleWordsBeforeName(sentence, run.to, runs[runIndex])
		) {
			index = run.to;
			continue;
		}
		// "Greek prime minister …": a demonym alone is an adjective, not a mention.
		if (tailFrom > run.to && prefix.every(value => value === 'demonym')) {
			index = run.to;
			continue;
		}
		// "RAF Croughton", "River Severn": one word after an organisation or place word is part of that name.
		const namedAfterOrganisation =
			tailFrom === run.to &&
			prefix.length > 0 &&
			(prefix.every(value => value === 'organisation' || value === 'place' || value === 'connector') ||
				(prefix.includes('organisation') && !prefix.includes('title'))) &&
			!isFirstName(tokens[tailFrom]!.key);
		// "Ohio Bureau of Criminal Investigation": what an organisation is "of" or "for" is part of its name, not a person.
		const afterConnector =
			tailFrom > run.from &&
			prefix.at(-1) === 'connector' &&
			tokens[tailFrom - 1]!.key !== 'and' &&
			prefix.includes('organisation');
		const isName = tailFrom <= run.to && !namedAfterOrganisation && !afterConnector;
		// "Schumer's office", "Trump's campaign": a body that speaks for its owner is an organisation of its own.
		const body = tokens[run.to + 1];
		if (
			tokens[run.to]!.possessive &&
			body &&
			!body.capitalised &&
			BODY_NOUNS.has(body.key) &&
			gapBetween(sentence, tokens[run.to], body) === ' '
		) {
			mentions.push(make('noun', isName ? tailFrom : run.from, run.to + 1));
			index = run.to + 1;
			continue;
		}
		if (isName) mentions.push(make('name', tailFrom, run.to));
		else if (tailFrom > run.to && prefix.every(value => value === 'title') && !PEOPLE_NOUNS.has(tokens[run.to]!.key))
			mentions.push(make('noun', run.from, run.to, {title: fold(textOf(sentence, run.from, run.to, article))}));
		else mentions.push(make('noun', run.from, run.to));
		index = run.to;
	}
	return mentions;
}

/** A plural noun for people: "analysts", "midwives", "aides", "Ministers" (the plural of a title or a person noun). */
export function isPeopleNoun(word: string): boolean {
	const one = singular(word);
	return (
		one !== word && (isPersonNoun(word) || TITLE_WORDS.has(one) || PEOPLE_NOUNS.has(one) || SPEAKER_NOUNS.has(one))
	);
}

/** People who speak on someone's behalf: "a spokesperson for X" speaks, X does not. */
export const SPEAKS_FOR = new Set(
	words(`
		spokesperson spokesman spokeswoman spokespeople lawyer lawyers attorney attorneys aide aides adviser advisers advisor
		advisors representative representatives
	`),
);

/** The most words a role before a name has ("Russian Deputy Foreign Minister" has four). */
const MAX_ROLE_WORDS = 20;

/**
 * "A spokesperson for House Speaker Tom Brandt", "an aide to Merkel": the token index where the phrase of the
 * one who speaks for the named person begins (its determiner, if any), and its head noun.
 */
export function speakerForBefore(mention: Mention): {from: number; head: number} | undefined {
	const sentence = mention.sentence;
	const tokens = sentence.tokens;
	let at = mention.from - 1;
	while (
		at > 0 &&
		(TITLE_WORDS.has(tokens[at]!.key) || (tokens[at]!.capitalised && !FUNCTION_WORDS.has(tokens[at]!.key))) &&
		gapBetween(sentence, tokens[at], tokens[at + 1]) === ' '
	) {
		if (mention.from - at > MAX_ROLE_WORDS) return undefined;
		at--;
	}
	const link = tokens[at];
	const head = tokens[at - 1];
	if (
		!link ||
		!head ||
		(link.key !== 'for' && link.key !== 'to') ||
		link.capitalised ||
		head.capitalised ||
		!SPEAKS_FOR.has(head.key)
	)
		return undefined;
	if (gapBetween(sentence, head, link) !== ' ' || gapBetween(sentence, link, tokens[at + 1]) !== ' ') return undefined;
	let from = at - 1;
	const determiner = tokens[from - 1];
	if (determiner && /^(?:a|an|the)$/.test(determiner.key) && gapBetween(sentence, determiner, head) === ' ') from--;
	return {from, head: at - 1};
}

/** Role words written before a name: "Russian Deputy Foreign Minister", "former federal prosecutor". */
export function roleBefore(mention: Mention, article: string): string | undefined {
	const tokens = mention.sentence.tokens;
	let from = mention.from;
	const spokesperson = speakerForBefore(mention);
	while (from > 0) {
		const previous = tokens[from - 1]!;
		const gap = gapBetween(mention.sentence, previous, tokens[from]);
		if (!/^ $/.test(gap)) break;
		// "a spokesperson for House Speaker Tom Brandt": the role is "House Speaker"; the spokesperson is someone else.
		if (spokesperson && from - 1 <= spokesperson.head + 1) break;
		const ok =
			TITLE_WORDS.has(previous.key) ||
			(previous.capitalised && !FUNCTION_WORDS.has(previous.key) && !isDateWord(previous.key)) ||
			(CONNECTORS.has(previous.key) && previous.key !== 'and' && from - 1 > 0) ||
			/^(?:protester|student|activist|resident|worker|leader|campaigner|lawmaker|candidate|farmer|teacher|doctor|nurse|soldier|veteran|survivor|victim|witness|owner|founder|fan|voter|mother|father|wife|husband)$/.test(
				previous.key,
			);
		if (!ok) break;
		// A longer run of such words is a heading or a list, not a role; and walking back over all of it from every
		// name in it would make ingest quadratic in the sentence's length.
		if (mention.from - from >= MAX_ROLE_WORDS) return undefined;
		from--;
	}
	while (from < mention.from && CONNECTORS.has(tokens[from]!.key)) from++;
	if (from === mention.from) return undefined;
	// "Residents of Tewkesbury": a name after "of" is a place or an organisation, not someone with a role.
	if (CONNECTORS.has(tokens[mention.from - 1]!.key)) return undefined;
	return article.slice(tokens[from]!.start, tokens[mention.from]!.start).trim() || undefined;
}

/** How far before a name a role in apposition is looked for ("The Vice President, Mike Pence,"). */
const ROLE_BEFORE_CHARS = 600;
const ROLE_BEFORE_SOURCE = String.raw`((?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}]*['’]s)\s[^,;:\u0001]{2,120}?),\s+$`;
/** "The Vice President, " before a name: the role after the sentence's start or a break. */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[,;:.\u0001]\s*)${ROLE_BEFORE_SOURCE}`, 'iu');
/** The same in the last ROLE_BEFORE_CHARS of a longer sentence, whose start is not the sentence's. */
const ROLE_BEFORE_WITHIN = new RegExp(String.raw`[,;:.\u0001]\s*${ROLE_BEFORE_SOURCE}`, 'iu');

/** A role in apposition: "Carrie Lam, the chief executive of Hong Kong," or "The Vice President, Mike Pence,". */
export function roleInApposition(mention: Mention, article: string): string | undefined {
	const sentence = mention.sentence;
	const after = sentence.masked.slice(mention.end - sentence.start);
	const following =
		/^,\s+((?:the|a|an|who (?:is|was|has been|had been|serves as)|[\p{Ll}-]+(?=\s+of\b))\s[^,;:\u0001]{2,160}?)(?=,|;|\.\s|\.$|$| who )/u.exec(
			after,
		);
	if (following) {
		const role = following[1]!.replace(/^who (?:is|was|has been|had been|serves as)\s+/, '').trim();
		const first = role.split(/\s+/)[0]!.toLowerCase();
		if (!PREPOSITIONS.has(first) || first === 'of')
			return article.slice(mention.end + 2, mention.end + 2 + following[1]!.length).includes(role) ? role : role;
	}
	// Only the end of the sentence before the name can hold the role (a word and up to 120 characters): a
	// pattern anchored at the end is tried from every position before it, so it is given no more than that.
	const end = mention.start - sentence.start;
	const cut = end > ROLE_BEFORE_CHARS;
	const preceding = /^,/.test(after)
		? (cut ? ROLE_BEFORE_WITHIN : ROLE_BEFORE).exec(sentence.masked.slice(cut ? end - ROLE_BEFORE_CHARS : 0, end))
		: null;
	if (preceding) {
		const role = preceding[1]!.trim();
		const last = fold(role.split(/\s+/).at(-1)!);
		if (TITLE_WORDS.has(last) || FEMALE_WORDS.has(last) || MALE_WORDS.has(last) || /^(?:a|an)\s/i.test(role))
			return role;
	}
	return undefined;
}

/** Gender shown by role words: "mother", "spokeswoman", "Mr". */
export function genderOfRole(role: string | undefined): Gender | undefined {
	if (!role) return undefined;
	// "Her son": a possessive says whose relation this is, not the gender of the one who has the role.
	const words = role
		.split(/[\s,]+/)
		.map(word => fold(word.replace(/['’]s$/, '')))
		.filter(word => word !== 'her' && word !== 'his' && word !== 'hers');
	if (words.some(word => FEMALE_WORDS.has(word))) return 'female';
	if (words.some(word => MALE_WORDS.has(word))) return 'male';
	return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/** The country or organisation a role points to: "Russian Deputy Foreign Minister" → Russia. */
export function affiliationOf(role: string | undefined): string | undefined {
	if (!role) return undefined;
	const words = role.split(/\s+/);
	for (const word of words) {
		const clean = word.replace(/['’]s$/, '').replace(/[,.;:]$/, '');
		const key = fold(clean);
		if (DEMONYMS[key]) return DEMONYMS[key];
		if (/^[A-Z]{2,6}$/.test(clean) && !['MP', 'MEP', 'CEO', 'CFO', 'COO'].includes(clean))
			return DEMONYMS[key] ?? clean;
	}
	const organisation = /\b(?:of|for|at)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}’'-]*\s?)+)/u.exec(role);
	if (organisation) return organisation[1]!.trim();
	const possessor = /^((?:[\p{Lu}][\p{L}-]*\s?)+)['’]s\b/u.exec(role);
	if (possessor) return possessor[1]!.trim();
	// "Labour Party leader", "Amazon Environmental Research Institute Director": the name before the title.
	const leading = words.findIndex(word => !/^\p{Lu}/u.test(word) || TITLE_WORDS.has(fold(word)));
	// "The city's mayor", "Its chief executive": a capital that only opens the sentence names nothing.
	if (leading === 1 && DETERMINERS.has(fold(words[0]!))) return undefined;
	if (leading > 0)
		return words
			.slice(0, leading)
			.join(' ')
			.replace(/[,.;:]$/, '');
	if (leading === -1 && words.every(word => /^\p{Lu}/u.test(word))) return role.replace(/[,.;:]$/, '');
	return undefined;
}

export {QUOTE_CHAR};
