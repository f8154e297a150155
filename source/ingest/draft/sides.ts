import {affiliationOfEntity} from '../entities/entities.js';
import {fold} from '../lexicon.js';
import type {Entity} from '../types.js';
import {DEMONYMS, OBSERVER_WORDS, SEATS_OF_POWER} from '../vocabulary.js';
import {RECIPROCAL_WORDS} from './words.js';

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
	/\b(?:news|jazeera|reuters|associated press|afp|bbc|cnn|nbc|cbs|abc|pbs|fox|times|post|journal|herald|tribune|gazette|guardian|telegraph|independent|agency|press|television|tv|radio|interfax|tass|xinhua|ria|bloomberg)\b/i;
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

/** Groups speakers into sides by affiliation, allies named together in `text` as one camp; one side per speaker. */
export function draftSides(
	speakers: readonly Entity[],
	text = '',
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
	for (const entity of speakers) {
		const affiliation = entity.kind === 'group' ? undefined : affiliationOfEntity(entity);
		if (isObserver(entity, affiliation)) add('observers', 'Journalists and analysts', 'observer', entity);
		else if (affiliation) add(fold(affiliation), affiliation, 'party', entity);
		// Nothing says where a named speaker stands: a side of their own, not one with every other unplaced speaker
		// (two strangers are no camp). An unknown speaker still goes to the other voices.
		else if (entity.kind === 'person' || entity.kind === 'organisation')
			add(`own:${fold(entity.name)}`, entity.name, 'party', entity, true);
		else add('other', OTHER, 'party', entity);
	}
	const camps = mergeAllies([...sides.values()], text);
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
