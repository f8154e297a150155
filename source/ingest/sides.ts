import {affiliationOfEntity} from './entities.js';
import {fold} from './lexicon.js';
import type {Entity} from './types.js';
import {OBSERVER_WORDS} from './vocabulary.js';

// A first draft of the sides: speakers grouped by the country or organisation their role or name
// points to. Journalists, news organisations and analysts go to an observer side. The user edits.

export type DraftSide = {id: string; name: string; kind: 'party' | 'observer'; members: Entity[]};

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

/** Groups speakers into sides by affiliation; every speaker gets exactly one side. */
export function draftSides(speakers: readonly Entity[]): {sides: DraftSide[]; sideOf: Map<Entity, DraftSide>} {
	const sides = new Map<string, DraftSide>();
	const sideOf = new Map<Entity, DraftSide>();
	const add = (key: string, name: string, kind: DraftSide['kind'], entity: Entity) => {
		let side = sides.get(key);
		if (!side) {
			side = {id: slug(name, 'side'), name, kind, members: []};
			sides.set(key, side);
		}
		side.members.push(entity);
		sideOf.set(entity, side);
	};
	for (const entity of speakers) {
		const affiliation = entity.kind === 'group' ? undefined : affiliationOfEntity(entity);
		if (isObserver(entity, affiliation)) add('observers', 'Journalists and analysts', 'observer', entity);
		else if (affiliation) add(fold(affiliation), affiliation, 'party', entity);
		else add('other', OTHER, 'party', entity);
	}
	// Unique ids even when two names fold to the same slug.
	const used = new Set<string>();
	for (const side of sides.values()) {
		let id = side.id;
		for (let n = 2; used.has(id); n++) id = `${side.id}-${n}`;
		side.id = id;
		used.add(id);
	}
	return {sides: [...sides.values()], sideOf};
}
