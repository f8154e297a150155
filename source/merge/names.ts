import {wordsOf} from './words.js';

// One speaker, however an article names them. Each speaker of each draft is read as a person's name
// (titles and organisations before it set apart: "NATO Secretary General Jens Stoltenberg" is Jens
// Stoltenberg, with "NATO Secretary General" as a role), a description ("the NATO chief"), an
// organisation, or the placeholder for unattributed quotes. Names are then joined only where the
// join is safe: a name joins a group only when every name in it agrees and it is the one group it
// could join. Two different first names, or two people a bare surname could mean, stay apart.

/** A speaker of one draft, as merging sees it. */
export type SpeakerMention = {
	readonly name: string;
	readonly role?: string | undefined;
	readonly organisation?: boolean | undefined;
	/** Which draft it is from (a bare surname prefers the full name of its own draft). */
	readonly draft: number;
};

/** Words that are a title or a rank before a name, never a part of it. */
const TITLES = new Set(
	(
		'president vice prime minister secretary general deputy foreign defence defense interior finance chief ' +
		'executive mr mrs ms miss dr prof professor sir dame lord lady senator sen rep representative congressman ' +
		'congresswoman governor gov mayor chancellor king queen prince princess pope judge justice ambassador ' +
		'spokesman spokeswoman spokesperson commissioner director chairman chairwoman chair ceo head leader ' +
		'commander col colonel gen general captain capt lt lieutenant sgt sergeant officer inspector detective ' +
		'coach manager state of the and for to us uk un eu former acting interim new top senior assistant under ' +
		'attorney health energy trade economy environment education transport labour labor home affairs ' +
		'councillor councilor mp mep premier speaker envoy minister-president first lady gentleman opposition ' +
		'party member members spokesperson-general delegate negotiator adviser advisor analyst economist ' +
		'correspondent reporter editor founder chairperson vice-president deputy-director father rev reverend bishop ' +
		'archbishop cardinal sheikh emir sultan crown skipper farmer nurse grandmother grandfather mum dad mother ' +
		'shepherd owner worker student teacher pensioner resident driver doctor fisherman fisherwoman campaigner ' +
		'activist villager shopkeeper trader commuter widow survivor witness docker viewer listener reader voter ' +
		'shopper parent neighbour neighbor tenant landlord farmer'
	).split(' '),
);

/** Words inside a name that do not start with a capital letter. */
const PARTICLES = new Set([
	'de',
	'da',
	'del',
	'della',
	'der',
	'den',
	'di',
	'du',
	'van',
	'von',
	'bin',
	'al',
	'el',
	'la',
	'le',
	'dos',
	'das',
	'ter',
	'ten',
	'ibn',
	'zu',
	'y',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Head words of a description that name whoever leads an organisation. */
const LEADER_WORDS = new Set(['chief', 'head', 'leader', 'boss', 'chairman', 'chairwoman', 'chair']);
/** Role words that make someone the one who leads an organisation. */
const LEADING_ROLES = new Set([
	'president',
	'general',
	'chief',
	'head',
	'leader',
	'chairman',
	'chairwoman',
	'chair',
	'director',
	'ceo',
	'prime',
	'chancellor',
	'commissioner',
	'governor',
	'mayor',
]);
/** Words that name a role well enough to stand alone: "the mayor", "the minister". */
const ROLE_NOUNS = new Set(
	(
		'mayor minister governor commissioner president chancellor senator secretary director ambassador spokesman ' +
		'spokeswoman spokesperson premier judge coach manager chairman chairwoman'
	).split(' '),
);
const DESCRIPTION_START = /^(?:the|a|an|one|two|three|several|some)\s/i;
const PLACEHOLDER = 'unknown speaker';

export type ReadName =
	| {readonly kind: 'person'; readonly words: readonly string[]; readonly display: string; readonly before: string}
	| {readonly kind: 'description'; readonly words: readonly string[]}
	| {readonly kind: 'organisation'; readonly words: readonly string[]; readonly acronym: string}
	| {readonly kind: 'placeholder'};

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(word) && word.length <= 6;

/** What a speaker's name is: a person's name (without what comes before it), a description, an organisation. */
export function readName(mention: Pick<SpeakerMention, 'name' | 'organisation'>): ReadName {
	const name = mention.name.trim().replace(/[’']s$/u, '');
	const folded = wordsOf(name);
	if (folded.join(' ') === PLACEHOLDER) return {kind: 'placeholder'};
	if (mention.organisation) {
		const parts = name.replace(/^the\s+/i, '').split(/\s+/);
		const acronym =
			parts.length === 1 && isAcronym(parts[0]!)
				? parts[0]!.replace(/[.&-]/g, '').toLowerCase()
				: parts
						.filter(
							part => isCapitalised(part) && !PARTICLES.has(part.toLowerCase()) && !/^(?:of|and|the|for)$/i.test(part),
						)
						.map(part => part[0]!.toLowerCase())
						.join('');
		return {kind: 'organisation', words: wordsOf(name.replace(/^the\s+/i, '')), acronym};
	}
	if (DESCRIPTION_START.test(name) || !isCapitalised(name)) return {kind: 'description', words: folded};
	// The name is the run of capitalised words (and particles) at the end; titles and acronyms stop it.
	const parts = name.split(/\s+/).filter(Boolean);
	let start = parts.length;
	while (start > 0) {
		const part = parts[start - 1]!;
		const word = wordsOf(part).join('');
		if (SUFFIXES.has(word) && start === parts.length) {
			start--;
			continue;
		}
		const particle = PARTICLES.has(part.toLowerCase()) && start < parts.length;
		// "Mum-of-two", "Cafe-owner": a description joined by hyphens, not a double-barrelled name.
		const described = /-\p{Ll}/u.test(part);
		if (
			!particle &&
			(!isCapitalised(part) ||
				described ||
				TITLES.has(word) ||
				(isAcronym(part) && part.length > 1 && !/\.$/.test(part)))
		)
			break;
		start--;
	}
	// Leading particles belong to the title's side ("of").
	while (start < parts.length && PARTICLES.has(parts[start]!.toLowerCase()) && start < parts.length - 1) start++;
	const kept = parts.slice(start).filter(part => !SUFFIXES.has(wordsOf(part).join('')));
	if (kept.length === 0) return {kind: 'description', words: folded};
	return {
		kind: 'person',
		words: kept.flatMap(part => wordsOf(part)),
		display: kept.join(' '),
		before: parts.slice(0, start).join(' '),
	};
}

type Person = {readonly words: readonly string[]};

/** A first or middle name and another: the same, or one is the other's initial. */
function sameGiven(a: string, b: string): boolean {
	if (a === b) return true;
	return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Whether two person names can name one person: the same surname (last word), the same first name (or its initial)
 * where both give one, and middle names that agree where both give them.
 */
export function compatibleNames(a: Person, b: Person): boolean {
	const lastA = a.words.at(-1);
	const lastB = b.words.at(-1);
	if (!lastA || lastA !== lastB) return false;
	if (a.words.length === 1 || b.words.length === 1) return true;
	if (!sameGiven(a.words[0]!, b.words[0]!)) return false;
	const middleA = a.words.slice(1, -1);
	const middleB = b.words.slice(1, -1);
	if (middleA.length === 0 || middleB.length === 0) return true;
	if (middleA.length !== middleB.length) return false;
	return middleA.every((word, index) => sameGiven(word, middleB[index]!));
}

/** One person, organisation or description across the drafts: the mentions it joins and its best name. */
export type SpeakerGroup = {
	readonly kind: 'person' | 'organisation' | 'description' | 'placeholder';
	readonly members: number[];
	/** The name to show: the fullest person's name, else the first mention's. */
	name: string;
	role: string | undefined;
	readonly organisation: boolean;
};

/**
 * Groups the speakers of several drafts into people: returns, for each mention (in the order given), the
 * index of its group, and the groups.
 */
export function groupSpeakers(mentions: readonly SpeakerMention[]): {groupOf: number[]; groups: SpeakerGroup[]} {
	const read = mentions.map(mention => readName(mention));
	const groupOf: number[] = new Array(mentions.length).fill(-1);
	const groups: SpeakerGroup[] = [];
	type PersonGroup = {group: number; people: Person[]; drafts: Set<number>; roles: string[]};
	const people: PersonGroup[] = [];
	const join = (index: number, group: number) => {
		groupOf[index] = group;
		groups[group]!.members.push(index);
	};
	const open = (index: number, name: string, role: string | undefined, organisation: boolean): number => {
		const kind = read[index]!.kind;
		groups.push({kind, members: [], name, role, organisation});
		join(index, groups.length - 1);
		return groups.length - 1;
	};
	const roleOf = (index: number): string | undefined => {
		const mention = mentions[index]!;
		const reading = read[index]!;
		if (mention.role) return mention.role;
		return reading.kind === 'person' && reading.before ? reading.before : undefined;
	};

	// People: the fullest names first, so that a shorter name finds every group it could mean.
	type PersonName = Extract<ReadName, {kind: 'person'}>;
	const personOrder = read
		.flatMap((reading, index) => (reading.kind === 'person' ? [{person: reading as PersonName, index}] : []))
		.sort((a, b) => b.person.words.length - a.person.words.length || a.index - b.index);
	for (const {person, index} of personOrder) {
		const candidates = people.filter(group => group.people.every(other => compatibleNames(person, other)));
		let chosen: PersonGroup | undefined;
		if (candidates.length === 1) chosen = candidates[0];
		else if (candidates.length > 1 && person.words.length === 1) {
			// A bare surname two groups could mean: the one of its own draft, if only one is there.
			const own = candidates.filter(group => group.drafts.has(mentions[index]!.draft));
			if (own.length === 1) chosen = own[0];
		}
		const role = roleOf(index);
		if (chosen) {
			join(index, chosen.group);
			chosen.people.push(person);
			chosen.drafts.add(mentions[index]!.draft);
			if (role) chosen.roles.push(role);
			const group = groups[chosen.group]!;
			group.role ??= role;
		} else {
			const group = open(index, person.display, role, false);
			people.push({group, people: [person], drafts: new Set([mentions[index]!.draft]), roles: role ? [role] : []});
		}
	}

	// Organisations: the same words, or one's acronym the other's name ("NATO", "North Atlantic Treaty Organization").
	const organisations: {group: number; words: string; acronym: string}[] = [];
	let placeholder: number | undefined;
	for (const [index, reading] of read.entries()) {
		if (reading.kind === 'placeholder') {
			if (placeholder === undefined) placeholder = open(index, mentions[index]!.name, undefined, false);
			else join(index, placeholder);
		} else if (reading.kind === 'organisation') {
			const words = reading.words.join(' ');
			const same = organisations.filter(
				other =>
					other.words === words ||
					(reading.acronym.length > 1 && other.words === reading.acronym) ||
					(other.acronym.length > 1 && words === other.acronym),
			);
			if (same.length === 1) join(index, same[0]!.group);
			else
				organisations.push({
					group: open(index, mentions[index]!.name, mentions[index]!.role, true),
					words,
					acronym: reading.acronym,
				});
		}
	}

	// Descriptions: "the NATO chief" is the one person whose role names NATO and who leads it; the same description
	// in two drafts is one speaker when nobody else fits.
	const descriptions = new Map<string, number>();
	for (const [index, reading] of read.entries()) {
		if (reading.kind !== 'description') continue;
		const target = describedPerson(reading.words, people, groups);
		if (target !== undefined) {
			join(index, target);
			continue;
		}
		const key = reading.words.join(' ');
		const same = descriptions.get(key);
		if (same !== undefined) join(index, same);
		else descriptions.set(key, open(index, mentions[index]!.name, mentions[index]!.role, false));
	}

	// The name shown: the fullest person's name of the group (most words, then the first given).
	for (const person of people) {
		const group = groups[person.group]!;
		let best = person.people[0]!;
		for (const other of person.people) if (other.words.length > best.words.length) best = other;
		const display = group.members
			.map(index => read[index]!)
			.find(reading => reading.kind === 'person' && reading.words.join(' ') === best.words.join(' '));
		if (display?.kind === 'person') group.name = display.display;
	}
	// In the order the drafts first name them.
	const order = groups
		.map((_, index) => index)
		.sort((a, b) => Math.min(...groups[a]!.members) - Math.min(...groups[b]!.members));
	const renumber = new Map(order.map((old, index) => [old, index]));
	return {groupOf: groupOf.map(group => renumber.get(group) ?? group), groups: order.map(old => groups[old]!)};
}

const DESCRIPTION_STOP = new Set(['the', 'a', 'an', 's', 'of', 'its', 'their', 'top', 'country', 'countrys']);

/** The one person a description can mean, by the words of their role; undefined when none or several. */
function describedPerson(
	words: readonly string[],
	people: readonly {group: number; roles: string[]}[],
	groups: readonly SpeakerGroup[],
): number | undefined {
	const content = words.filter(word => !DESCRIPTION_STOP.has(word));
	const head = content.at(-1);
	if (head === undefined || (content.length < 2 && !ROLE_NOUNS.has(head))) return undefined;
	const qualifiers = content.slice(0, -1);
	const fits = people.filter(person => {
		const roleWords = new Set(person.roles.flatMap(role => wordsOf(role)));
		if (roleWords.size === 0) return false;
		if (!qualifiers.every(word => roleWords.has(word) || roleWords.has(word.replace(/s$/, '')))) return false;
		if (roleWords.has(head)) return true;
		return LEADER_WORDS.has(head) && [...roleWords].some(word => LEADING_ROLES.has(word)) && !roleWords.has('deputy');
	});
	if (fits.length !== 1) return undefined;
	return groups[fits[0]!.group] ? fits[0]!.group : undefined;
}

/** Capitalised words that open a sentence before a surname and are not a first name ("But Stoltenberg said"). */
const OPENERS = new Set(
	(
		'but and the when while after before as if so then yet still meanwhile however also both neither asked ' +
		'speaking according says said in on at for with from by of to that this it he she they we his her their ' +
		'mr mrs ms dr prof'
	).split(' '),
);

/**
 * The one first name the articles give a person they also name by surname alone ("Deputy Defence Minister
 * Alexander Fomin" for "Fomin"): undefined when they give none, or two different ones.
 */
export function givenNameIn(surname: string, paragraphs: readonly string[]): string | undefined {
	const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{Ll}’'-]+)\\s+${escaped}(?![\\p{L}])`, 'gu');
	const found = new Set<string>();
	for (const paragraph of paragraphs)
		for (const match of paragraph.matchAll(pattern)) {
			const given = match[1]!;
			const word = wordsOf(given).join('');
			if (TITLES.has(word) || OPENERS.has(word) || PARTICLES.has(word)) continue;
			found.add(given);
			if (found.size > 1) return undefined;
		}
	return found.size === 1 ? [...found][0] : undefined;
}
