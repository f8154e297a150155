import {affiliationOfEntity} from '../entities/entities.js';
import {fold, isCommonWord, isOrganisationWord, isPlaceWord} from '../lexicon.js';
import {affiliationOf} from '../mentions/mentions.js';
import type {Entity} from '../types.js';
import {DEMONYMS, OBSERVER_WORDS, ORGANISATION_WORDS, SEATS_OF_POWER} from '../vocabulary.js';
import {CABINET_WORDS, HEAD_OF_GOVERNMENT, KIN_WORDS, RECIPROCAL_WORDS} from './words.js';

// A first draft of the sides, as camps: speakers grouped by the country or organisation their role or name
// points to (an organisation and its officials), then allies merged: two parties the article names together as
// the subject of one act ("NATO and the United States have rejected…") speak with one voice. Journalists, news
// organisations and analysts go to an observer side, apart. The user edits.

export type DraftSide = {
	id: string;
	name: string;
	kind: 'party' | 'observer';
	members: Entity[];
	/** One speaker's own side: nothing placed them with a country or organisation. */
	own?: boolean;
};

const NEWS_ORGANISATION =
	/\b(?:news|jazeera|reuters|associated press|afp|bbc|cnn|nbc|cbs|abc|pbs|fox|times|post|journal|herald|tribune|gazette|guardian|telegraph|independent|(?:news|press) agency|press association|television|tv|radio|interfax|tass|xinhua|ria|bloomberg)\b/i;
const OTHER = 'Other voices';

/** A slug for ids: letters, digits and hyphens. */
export function slug(text: string, fallback: string): string {
	const value = fold(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return value || fallback;
}

function isObserver(entity: Entity, affiliation: string | undefined): boolean {
	const roleWords = (entity.role ?? '').toLowerCase().split(/[^a-z]+/);
	if (roleWords.some(word => OBSERVER_WORDS.has(word))) return true;
	if (affiliation && NEWS_ORGANISATION.test(affiliation)) return true;
	return entity.kind === 'organisation' && NEWS_ORGANISATION.test(entity.name);
}

/** Where a speaker stands, before allies are merged. */
type Place =
	| {kind: 'observer'}
	| {kind: 'party'; name: string}
	| {kind: 'family'; name: string}
	| {kind: 'with'; entity: Entity}
	| {kind: 'own'}
	| {kind: 'other'};

const COUNTRIES: ReadonlySet<string> = new Set([...Object.values(DEMONYMS), ...Object.values(SEATS_OF_POWER)]);

/**
 * Whether what `affiliationOf` read from a role names a country or organisation: not a word of the role itself
 * ("Fire" of "Fire chief", "Regional" of "Regional president"), nor what the role is against ("envoy to the
 * coalition against ISIL").
 */
function namesAParty(affiliation: string, role: string): boolean {
	const escaped = affiliation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (new RegExp(`\\b(?:against|versus|fighting|combating|countering)\\s+(?:the\\s+)?${escaped}\\b`, 'i').test(role))
		return false;
	// "Bernie Sanders-backed candidate": who backs someone, not whom they speak for.
	if (/-(?:backed|led|based|owned|funded|born|aligned|supported|linked)$/i.test(affiliation)) return false;
	// A candidate or nominee for an office ("Melbourne Lord Mayor candidate") does not yet speak for the place.
	if (/\b(?:candidate|candidates|nominee|hopeful|contender|challenger)\b/i.test(role)) return false;
	if (COUNTRIES.has(affiliation) || /^[A-Z]{2,6}$/.test(affiliation)) return true;
	const words = affiliation.split(/\s+/);
	if (words.some(word => ORGANISATION_WORDS.has(fold(word)) || isOrganisationWord(word) || isPlaceWord(word)))
		return true;
	// A name is a word no dictionary holds ("Greenpeace"), or more than one capitalised word.
	return words.length > 1 || !words.every(word => isCommonWord(fold(word)));
}

const PAST_ROLE = /^(?:former|ex-|onetime|one-time|erstwhile|then-)|\buntil\s+(?:\d|[A-Z]|last\b|recently\b)/i;

/** "Trump's envoy", "Dunn's mother", "Erdogan's office": the person a role or name is someone's, and what it is. */
function ownerOf(text: string, people: readonly Entity[]): {owner: string; entity?: Entity; head: string} | undefined {
	const found = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(.+)$/u.exec(text.trim());
	if (!found) return undefined;
	const owner = found[1]!;
	const key = fold(owner);
	// A country's or organisation's official ("Russia's foreign minister") is the country's: affiliationOf's work.
	if (COUNTRIES.has(owner) || DEMONYMS[key] || SEATS_OF_POWER[key]) return undefined;
	if (owner.split(/\s+/).some(word => ORGANISATION_WORDS.has(fold(word)) || isOrganisationWord(word))) return undefined;
	const last = fold(owner.split(/\s+/).at(-1)!);
	const entity = people.find(person => person.kind === 'person' && person.words.includes(last));
	const head = fold(found[2]!.split(/[\s,]+/)[0] ?? '');
	return {owner, ...(entity ? {entity} : {}), head};
}

/** Where one speaker stands: by their role's country or organisation, whose they are, or nowhere yet. */
function placeOf(entity: Entity, people: readonly Entity[]): Place {
	// A past role ("former US ambassador", "envoy … until December") says what someone was, not for whom they speak.
	const roles = [entity.role, ...(entity.laterRoles ?? [])].filter(
		(role): role is string => role !== undefined && !PAST_ROLE.test(role),
	);
	const named = entity.kind === 'organisation' ? [entity.name] : [];
	for (const text of [...roles, ...named]) {
		const owned = ownerOf(text, people);
		if (!owned || owned.entity === entity) continue;
		const whose = owned.entity?.name ?? owned.owner;
		if (KIN_WORDS.has(owned.head)) return {kind: 'family', name: `${whose}’s family`};
		if (owned.entity) return {kind: 'with', entity: owned.entity};
	}
	const fromRole = entity.kind === 'person' || entity.kind === 'unknown';
	let affiliation: string | undefined;
	if (fromRole)
		for (const role of roles) {
			const found = affiliationOf(role);
			if (found && namesAParty(found, role)) {
				affiliation = found;
				break;
			}
		}
	else if (entity.kind !== 'group') affiliation = affiliationOfEntity(entity);
	if (isObserver(entity, affiliation)) return {kind: 'observer'};
	if (affiliation) return {kind: 'party', name: affiliation};
	if (entity.kind === 'person' || entity.kind === 'organisation') return {kind: 'own'};
	return {kind: 'other'};
}

/**
 * Groups speakers into sides by affiliation, allies named together in `text` as one camp; one side per speaker.
 * `people` are every person the article names (speakers or not), for roles that are someone's ("Trump's envoy").
 */
export function draftSides(
	speakers: readonly Entity[],
	text = '',
	people: readonly Entity[] = speakers,
): {sides: DraftSide[]; sideOf: Map<Entity, DraftSide>} {
	const sides = new Map<string, DraftSide>();
	const sideOf = new Map<Entity, DraftSide>();
	const add = (key: string, name: string, kind: DraftSide['kind'], entity: Entity, own = false) => {
		let side = sides.get(key);
		if (!side) {
			side = {id: slug(name, 'side'), name, kind, members: [], ...(own ? {own} : {})};
			sides.set(key, side);
		}
		side.members.push(entity);
		sideOf.set(entity, side);
	};
	const everyone = [...speakers, ...people.filter(person => !speakers.includes(person))];
	const places = new Map(speakers.map(entity => [entity, placeOf(entity, everyone)]));
	/** Where a speaker stands, following "whose" to the person they are someone's of. */
	const settle = (entity: Entity, depth = 0): Place => {
		const place = places.get(entity) ?? placeOf(entity, everyone);
		if (place.kind !== 'with') return place;
		const owner: Place = depth > 3 ? {kind: 'own'} : settle(place.entity, depth + 1);
		if (owner.kind !== 'own' && owner.kind !== 'other') return owner;
		// The owner stands nowhere the article says: with them where they speak, else on a side of one's own.
		return speakers.includes(place.entity) ? {kind: 'with', entity: place.entity} : {kind: 'own'};
	};
	for (const entity of speakers) {
		const place = settle(entity);
		if (place.kind === 'observer') add('observers', 'Journalists and analysts', 'observer', entity);
		else if (place.kind === 'party') add(fold(place.name), place.name, 'party', entity);
		else if (place.kind === 'family') add(`family:${fold(place.name)}`, place.name, 'party', entity);
		else if (place.kind === 'with') add(`own:${fold(place.entity.name)}`, place.entity.name, 'party', entity, true);
		// Nothing says where a named speaker stands: a side of their own, not one with every other unplaced speaker
		// (two strangers are no camp). An unknown speaker still goes to the other voices.
		else if (place.kind === 'own') add(`own:${fold(entity.name)}`, entity.name, 'party', entity, true);
		else add('other', OTHER, 'party', entity);
	}
	const camps = mergeAllies(oneGovernment([...sides.values()]), text);
	for (const side of camps) for (const member of side.members) sideOf.set(member, side);
	// Unique ids even when two names fold to the same slug.
	const used = new Set<string>();
	for (const side of camps) {
		let id = side.id;
		for (let n = 2; used.has(id); n++) id = `${side.id}-${n}`;
		side.id = id;
		used.add(id);
	}
	return {sides: camps, sideOf};
}

/** A role that is only an office of government, with no country: "Prime Minister", "Foreign Secretary". */
function cabinetRole(role: string | undefined): {head: boolean} | undefined {
	if (!role) return undefined;
	const words = fold(role)
		.split(/[\s-]+/)
		.filter(Boolean);
	if (words.length === 0 || !words.every(word => CABINET_WORDS.has(word))) return undefined;
	if (!words.some(word => word === 'minister' || word === 'secretary' || HEAD_OF_GOVERNMENT.has(word)))
		return undefined;
	const deputy = words.includes('deputy') || words.includes('vice');
	return {head: !deputy && words.some(word => HEAD_OF_GOVERNMENT.has(word)) && !words.includes('secretary')};
}

/**
 * Speakers on sides of their own whose roles are offices of government with no country ("Prime Minister Boris
 * Johnson", "Foreign Secretary Dominic Raab") are one government: a report names a foreign government's officials
 * by their country, its own country's by office alone. Named after its head where one of them is ("Boris Johnson's
 * government"); not merged where two heads would be two governments.
 */
function oneGovernment(sides: readonly DraftSide[]): DraftSide[] {
	const cabinet = sides.filter(side => side.own && side.members.length === 1 && cabinetRole(side.members[0]!.role));
	const heads = cabinet.filter(side => cabinetRole(side.members[0]!.role)!.head);
	if (cabinet.length < 2 || heads.length > 1) return [...sides];
	const name = heads[0] ? `${heads[0].name}’s government` : 'The government';
	const government: DraftSide = {
		id: slug(name, 'side'),
		name,
		kind: 'party',
		members: cabinet.flatMap(side => side.members),
	};
	const first = sides.indexOf(cabinet[0]!);
	return sides.flatMap((side, index) => (index === first ? [government] : cabinet.includes(side) ? [] : [side]));
}

let aliasTable: Map<string, string[]> | undefined;
/** Demonyms and seats of power by the country they stand for. */
function aliases(): Map<string, string[]> {
	if (aliasTable) return aliasTable;
	aliasTable = new Map();
	for (const table of [DEMONYMS, SEATS_OF_POWER])
		for (const [key, value] of Object.entries(table)) aliasTable.set(value, [...(aliasTable.get(value) ?? []), key]);
	return aliasTable;
}

/** What a country or organisation is also called: "US", "Washington", "American" for the United States. */
function namesOf(name: string): string[] {
	const folded = fold(name);
	const names = new Set([folded]);
	const initials = name.split(/\s+/).filter(word => /^\p{Lu}/u.test(word));
	if (initials.length >= 2) names.add(fold(initials.map(word => word[0]).join('')));
	for (const alias of aliases().get(name) ?? []) names.add(alias);
	return [...names].filter(alias => alias.length >= 2);
}

/**
 * Parties the text names side by side as one subject ("NATO and the United States have rejected", "the US and its
 * allies") become one camp; not where the pair is the two ends of something ("talks between NATO and Russia", "NATO
 * and Russia met", "tensions with Russia and Ukraine"), nor in a list of three or more.
 */
function mergeAllies(sides: readonly DraftSide[], text: string): DraftSide[] {
	// Only the sides of countries and organisations: a person's own side is merged with nobody's by a mention.
	const parties = sides.filter(side => side.kind === 'party' && side.name !== OTHER && !side.own);
	if (parties.length < 2 || !text) return [...sides];
	// Each name of a party, as folded words: "united states" → the United States' side.
	const byName = new Map<string, DraftSide>();
	let longest = 1;
	for (const side of parties)
		for (const name of namesOf(side.name)) {
			byName.set(name, side);
			longest = Math.max(longest, name.split(' ').length);
		}
	const parent = new Map<DraftSide, DraftSide>(sides.map(side => [side, side]));
	const root = (side: DraftSide): DraftSide => {
		let at = side;
		while (parent.get(at) !== at) at = parent.get(at)!;
		return at;
	};
	/** The party named by the words ending (backwards) or starting (forwards) at `at`, and where its name stops. */
	const partyAt = (words: readonly string[], at: number, step: 1 | -1) => {
		for (let size = longest; size >= 1; size--) {
			const from = step === 1 ? at : at - size + 1;
			if (from < 0 || from + size > words.length) continue;
			const side = byName.get(words.slice(from, from + size).join(' '));
			if (side) return {side, edge: step === 1 ? from + size : from - 1};
		}
		return undefined;
	};
	for (const piece of text.split(/[.;:!?\n]+/)) {
		if (!piece.includes(' and ')) continue;
		const words = fold(piece)
			.replace(/['’]s\b/g, '')
			.split(/[^\p{L}\p{N},]+/u)
			.filter(Boolean);
		for (let index = 1; index < words.length - 1; index++) {
			if (words[index] !== 'and') continue;
			const left = partyAt(words, index - 1, -1);
			const afterThe = words[index + 1] === 'the' ? index + 2 : index + 1;
			const right = partyAt(words, afterThe, 1);
			if (!left || !right || left.side === right.side) continue;
			let start = left.edge;
			if (words[start] === 'the') start--;
			const before = words.slice(Math.max(0, start - 2), start + 1);
			const after = words.slice(right.edge, right.edge + 3);
			// A list ("Egypt, Greece and France") or a reciprocal act ("between", "met") is no camp.
			if (/,$/.test(words[start + 1] ?? '') || (words[start] ?? '').endsWith(',')) continue;
			if ([...before, ...after].some(word => RECIPROCAL_WORDS.has(word.replace(/,$/, '')))) continue;
			if (root(left.side) !== root(right.side)) parent.set(root(right.side), root(left.side));
		}
	}
	const merged = new Map<DraftSide, DraftSide>();
	const result: DraftSide[] = [];
	for (const side of sides) {
		const top = root(side);
		let camp = merged.get(top);
		if (!camp) {
			camp = {...top, members: []};
			merged.set(top, camp);
			result.push(camp);
		} else if (!camp.name.split(' and ').includes(side.name)) {
			camp.name = `${camp.name} and ${side.name}`;
			camp.id = slug(camp.name, 'side');
		}
		camp.members.push(...side.members);
	}
	return result;
}
