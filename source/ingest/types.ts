import type {Gender} from './lexicon.js';
import type {Sentence} from './text/sentences.js';

// What the ingest stages say about people and organisations: a mention is a place in a sentence that
// names, or stands for, someone ("Stoltenberg", "he", "the minister"); an entity is the someone all
// of its mentions refer to, named as first introduced in full.

export type EntityKind = 'person' | 'organisation' | 'place' | 'group' | 'unknown';

export type Entity = {
	readonly id: number;
	name: string;
	kind: EntityKind;
	role?: string;
	/** Roles written at later mentions: "Russian Deputy Defence Minister Fomin". */
	laterRoles?: string[];
	gender?: Gender;
	/** Folded name words, for surname and first-name matches. */
	words: string[];
	/** Folded acronyms and short forms: "sdf" for "Syrian Democratic Forces (SDF)". */
	aliases: Set<string>;
	/** Offset of the first mention. */
	readonly first: number;
	/** Has been found speaking. */
	spoke?: boolean;
	/** A person named only by a common noun ("the head of …", "one of the victims"): "he" or "she" can refer to it. */
	human?: boolean;
	/** Given in apposition ("Delia Moreno, 67,") or in a role ("the 29-year-old striker"). */
	age?: number;
};

/** What an epithet tells of the person it stands for: "the Dutchman", "the Poland international", "the 31-year-old". */
export type Epithet = {country?: string; gender?: Gender; age?: readonly [number, number]};

export type MentionKind = 'name' | 'pronoun' | 'noun';

export type Mention = {
	readonly kind: MentionKind;
	readonly sentence: Sentence;
	/** Token indexes within the sentence, inclusive. */
	readonly from: number;
	readonly to: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly possessive: boolean;
	readonly afterPreposition: boolean;
	/** he, she, they, it, who, which (pronouns only). */
	readonly pronoun?: string;
	/** "the Dutchman", "the Hungarian said": a nationality standing for someone named before (resolved like a pronoun). */
	readonly epithet?: Epithet;
	/** "her family", "his lawyer", "my editor": the possessive of a relation noun (resolved through the pronoun). */
	readonly owner?: string;
	/** "says MP", "the Prime Minister said": a title without a name, for the holder of that role (lower case). */
	readonly title?: string;
	entity?: Entity;
};

/**
 * What a lookup found an expression to refer to, with what the expression tells of it ("she": a woman; "it" or "the
 * company": an organisation), for the discourse to record: lookups never change an entity themselves.
 */
export type Resolution = {
	readonly entity: Entity;
	readonly gender?: Gender;
	readonly kind?: EntityKind;
};
