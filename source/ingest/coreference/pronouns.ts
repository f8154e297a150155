import type {Discourse} from '../attribution/discourse.js';
import type {Entity, Mention, Resolution} from '../types.js';

// Pronouns by a resolver that scores the people, organisations and groups already mentioned: agreement in gender and
// number decides who may be meant (`agrees`); among those, grammatical role (a speaker or the subject of the sentence
// before), recency (sentence distance), salience (how often they are mentioned nearby) and a known gender that agrees
// weigh who is (`scoreCandidate`). A lookup only: what the pronoun tells of its referent ("she" is a woman, what "it"
// refers to is an organisation) is returned for the caller to record, never written into the entity here.

/** How a candidate was mentioned where it was found, most telling first. */
export type CandidateRole = 'same-sentence' | 'speaker' | 'subject' | 'other';

/** An entity a pronoun may refer to, with what the resolver weighs. */
export type PronounCandidate = {
	readonly entity: Entity;
	/** The most telling way it was mentioned, at its nearest such mention. */
	readonly role: CandidateRole;
	/** Sentences between the candidate's mention and the pronoun (0: the same sentence). */
	readonly distance: number;
	/** Its place among the candidates of that sentence and role, nearest the pronoun first (0, 1, …). */
	readonly rank: number;
	/** How many of the mentions looked at (in the window) are of it. */
	readonly mentions: number;
	/** How many times it was named in the article before the pronoun: who the article is about. */
	readonly named: number;
	/** In another paragraph than the pronoun. */
	readonly otherParagraph: boolean;
	/** Its gender is known and agrees with the pronoun ("she" for a woman). */
	readonly genderAgrees: boolean;
	/** A place ("they" and "it" can be a country, but less often than a body or group). */
	readonly place: boolean;
};

/** How far back a pronoun looks, in sentences. */
export const PRONOUN_WINDOW = 8;

/** The resolver's weights (by hand, checked on the development gold: see docs/development.md). */
export const PRONOUN_WEIGHTS = {
	role: {'same-sentence': 4.5, speaker: 3.5, subject: 2.4, other: 1.5} satisfies Record<CandidateRole, number>,
	distance: 2,
	rank: 0.5,
	salience: 0.4,
	named: 0.1,
	otherParagraph: 0.3,
	genderAgrees: 0.2,
	/** "they" is more often a group or an organisation than a country; "it" an organisation than a place. */
	place: 1,
} as const;

/** More than any candidate's score beyond its role and distance: salience, gender and the rest together. */
const UPPER_BOUND = PRONOUN_WEIGHTS.role.speaker + 2.5;

/** Whether `entity` can be what `pronoun` stands for: he/she a person of that gender, they/it a body or group. */
export function agrees(pronoun: string, entity: Entity | undefined): entity is Entity {
	if (!entity) return false;
	if (pronoun === 'he' || pronoun === 'she') {
		if (entity.kind !== 'person' && !(entity.kind === 'unknown' && (entity.role || entity.spoke || entity.human)))
			return false;
		return pronoun === 'he' ? entity.gender !== 'female' : entity.gender !== 'male';
	}
	if (entity.kind === 'organisation' || entity.kind === 'group') return true;
	if ((pronoun === 'they' || pronoun === 'it') && entity.kind === 'place') return true;
	// "Mid-River Health Partners ... said. "…," it said": a name of several words, not a person's, can be "it".
	return (
		pronoun === 'it' &&
		entity.kind === 'unknown' &&
		entity.words.length > 1 &&
		!entity.human &&
		!entity.gender &&
		!entity.role
	);
}

/** A candidate's score: higher is likelier. */
export function scoreCandidate(candidate: PronounCandidate): number {
	const weights = PRONOUN_WEIGHTS;
	return (
		weights.role[candidate.role] -
		weights.distance * candidate.distance -
		weights.rank * candidate.rank +
		weights.salience * Math.log2(1 + candidate.mentions) +
		weights.named * Math.log2(1 + candidate.named) -
		(candidate.otherParagraph ? weights.otherParagraph : 0) +
		(candidate.genderAgrees ? weights.genderAgrees : 0) -
		(candidate.place ? weights.place : 0)
	);
}

/**
 * Every entity the pronoun `mention` can refer to (agreeing with it), in this sentence before it and the
 * `PRONOUN_WINDOW` sentences before that, each at its most telling mention.
 */
export function pronounCandidates(discourse: Discourse, mention: Mention): PronounCandidate[] {
	const pronoun = mention.pronoun!;
	const sentence = mention.sentence;
	type Seen = {role: CandidateRole; distance: number; rank: number; otherParagraph: boolean};
	const best = new Map<Entity, Seen>();
	const counts = new Map<Entity, number>();
	const value = (seen: Seen) =>
		PRONOUN_WEIGHTS.role[seen.role] - PRONOUN_WEIGHTS.distance * seen.distance - PRONOUN_WEIGHTS.rank * seen.rank;
	const offer = (entity: Entity | undefined, seen: Seen) => {
		if (!agrees(pronoun, entity)) return;
		const known = best.get(entity);
		if (!known || value(seen) > value(known)) best.set(entity, seen);
	};
	const count = (entity: Entity | undefined) => {
		if (entity) counts.set(entity, (counts.get(entity) ?? 0) + 1);
	};

	// This sentence: the mentions before the pronoun that are not after a preposition, nearest first.
	const earlier = discourse
		.mentionsOf(sentence)
		.filter(other => other.end <= mention.start && !other.afterPreposition && other.kind !== 'pronoun');
	for (const [rank, other] of [...earlier].reverse().entries()) {
		const entity = discourse.entityOf(other);
		count(entity);
		offer(entity, {role: 'same-sentence', distance: 0, rank, otherParagraph: false});
	}
	for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - PRONOUN_WINDOW); index--) {
		const previous = discourse.sentences[index]!;
		if (previous.block < 0 && sentence.block >= 0) break;
		const distance = sentence.index - index;
		// No candidate this far back could outscore one already found: stop looking (a bounded, cheaper search).
		let found = -Infinity;
		for (const seen of best.values()) found = Math.max(found, value(seen));
		if (found > UPPER_BOUND - PRONOUN_WEIGHTS.distance * distance) break;
		const otherParagraph = previous.block !== sentence.block;
		// Its speakers, the last to speak first: in "Duda said "…" while Brudziński wrote …", Brudziński.
		for (const [rank, {entity}] of (discourse.speakersAt.get(previous) ?? []).entries())
			offer(entity, {role: 'speaker', distance, rank, otherParagraph});
		// Its subject: a person introduced without a name ("One of the victims decided to go public. She said …"),
		// several people ("X and his counterparts Y and Z gathered"), or the first mention not after a preposition.
		const subjects: (Entity | undefined)[] = [];
		if (pronoun === 'he' || pronoun === 'she') subjects.push(discourse.unnamedSubject(previous));
		if (pronoun === 'they') {
			subjects.push(discourse.groupSubject(previous));
			// "Analysts at Jefferies were more forgiving. In a note to clients, they said …"
			const people = discourse.unnamedSubject(previous);
			if (people?.kind === 'group') subjects.push(people);
		}
		subjects.push(discourse.subjectOf(previous, Infinity, entity => agrees(pronoun, entity)));
		for (const entity of subjects) offer(entity, {role: 'subject', distance, rank: 0, otherParagraph});
		// Anyone else named in it, first named first.
		for (const [rank, other] of discourse.mentionsOf(previous).entries()) {
			if (other.kind === 'pronoun') continue;
			const entity = discourse.entityOf(other);
			count(entity);
			offer(entity, {role: 'other', distance, rank, otherParagraph});
		}
	}
	return [...best].map(([entity, seen]) => ({
		entity,
		...seen,
		mentions: counts.get(entity) ?? 0,
		named: timesNamed(discourse, entity, mention.start),
		genderAgrees: entity.gender !== undefined && (pronoun === 'he' || pronoun === 'she'),
		place: entity.kind === 'place',
	}));
}

const namings = new WeakMap<Discourse, Map<Entity, number[]>>();

/** How many times the article names `entity` before `at` (its name mentions, counted once per article). */
export function timesNamed(discourse: Discourse, entity: Entity, at: number): number {
	let starts = namings.get(discourse);
	if (!starts) {
		starts = new Map();
		for (const sentence of discourse.sentences)
			for (const mention of discourse.mentionsOf(sentence))
				if (mention.kind === 'name' && mention.entity) {
					const list = starts.get(mention.entity);
					if (list) list.push(mention.start);
					else starts.set(mention.entity, [mention.start]);
				}
		namings.set(discourse, starts);
	}
	const list = starts.get(entity) ?? [];
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (list[middle]! < at) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The candidate with the highest score; on a tie, the one found first (nearest, most telling). */
export function bestCandidate(candidates: readonly PronounCandidate[]): PronounCandidate | undefined {
	let chosen: PronounCandidate | undefined;
	let top = -Infinity;
	for (const candidate of candidates) {
		const score = scoreCandidate(candidate);
		if (score > top) {
			top = score;
			chosen = candidate;
		}
	}
	return chosen;
}

/**
 * What a pronoun refers to (he/she: a person of that gender; they/it: an organisation or group), the best-scoring of
 * its candidates, with what the pronoun tells of it. Nothing is changed.
 */
export function resolvePronoun(discourse: Discourse, mention: Mention): Resolution | undefined {
	const pronoun = mention.pronoun!;
	// "His neighbour across the street, Ruby Tate, was among those killed, he said": with a subject that is someone's
	// relation, "he" is whose relation, as "his" is.
	const first = discourse
		.mentionsOf(mention.sentence)
		.find(other => other.end <= mention.start && !other.afterPreposition && other.kind !== 'pronoun');
	const possessive = {he: 'his', she: 'her', they: 'their'}[pronoun];
	if (possessive && first?.owner === possessive) {
		const owner = resolvePronoun(discourse, {...first, kind: 'pronoun', pronoun});
		if (owner) return owner;
	}
	const chosen = bestCandidate(pronounCandidates(discourse, mention))?.entity;
	if (!chosen) return undefined;
	const person = pronoun === 'he' || pronoun === 'she';
	return {
		entity: chosen,
		...(person && !chosen.gender ? {gender: pronoun === 'he' ? 'male' : 'female'} : {}),
		// What "it" refers to and speaks is an organisation, as "she" tells a person's gender.
		...(pronoun === 'it' && chosen.kind === 'unknown' ? {kind: 'organisation'} : {}),
	};
}
