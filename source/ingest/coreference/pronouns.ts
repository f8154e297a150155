import type {Discourse} from '../attribution/discourse.js';
import type {Entity, Mention} from '../types.js';

// Pronouns: he and she go to the nearest person of that gender in subject position, in this sentence or the eight
// before it, speakers first; they and it to the nearest organisation or group.

/** he/she: the nearest person of that gender in subject position; they/it: the nearest organisation or group. */
export function resolvePronoun(discourse: Discourse, mention: Mention): Entity | undefined {
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
	const chosen = findAntecedent(discourse, mention, fits);
	if (chosen && wantsPerson && !chosen.gender) chosen.gender = pronoun === 'he' ? 'male' : 'female';
	// What "it" refers to and speaks is an organisation, as "she" tells a person's gender.
	if (chosen && pronoun === 'it' && chosen.kind === 'unknown') chosen.kind = 'organisation';
	return chosen;
}

function findAntecedent(
	discourse: Discourse,
	mention: Mention,
	fits: (entity: Entity | undefined) => entity is Entity,
): Entity | undefined {
	const sentence = mention.sentence;
	// Same sentence: the nearest subject-like mention before the pronoun.
	const earlier = discourse
		.mentionsOf(sentence)
		.filter(other => other.end <= mention.start && !other.afterPreposition && other.kind !== 'pronoun');
	// "His neighbour across the street, Ruby Tate, was among those killed, he said": with a subject that is someone's
	// relation, "he" is whose relation, as "his" is.
	const possessive = {he: 'his', she: 'her', they: 'their'}[mention.pronoun!];
	if (possessive && earlier[0]?.owner === possessive) {
		const owner = resolvePronoun(discourse, {...earlier[0], kind: 'pronoun', pronoun: mention.pronoun!});
		if (owner) return owner;
	}
	for (const other of earlier.reverse()) {
		const entity = discourse.entityOf(other);
		if (fits(entity)) return entity;
	}
	// Earlier sentences: their speakers, then their subject, then anyone else named in them.
	for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 8); index--) {
		const previous = discourse.sentences[index]!;
		if (previous.block < 0 && sentence.block >= 0) break;
		// The speaker who spoke last in that sentence, by position: in "Duda said "…" while Brudziński wrote …", Brudziński.
		for (const {entity} of discourse.speakersAt.get(previous) ?? []) if (fits(entity)) return entity;
		// "One of the victims decided to go public. She said …": a person introduced without a name.
		if (mention.pronoun === 'he' || mention.pronoun === 'she') {
			const unnamed = discourse.unnamedSubject(previous);
			if (fits(unnamed)) return unnamed;
		}
		if (mention.pronoun === 'they') {
			const group = discourse.groupSubject(previous);
			if (group) return group;
			// "Analysts at Jefferies were more forgiving. In a note to clients, they said …"
			const people = discourse.unnamedSubject(previous);
			if (people?.kind === 'group') return people;
		}
		const subject = discourse.subjectOf(previous, Infinity, entity => fits(entity));
		if (subject) return subject;
		for (const other of discourse.mentionsOf(previous)) {
			if (other.kind === 'pronoun') continue;
			const entity = discourse.entityOf(other);
			if (fits(entity)) return entity;
		}
	}
	return undefined;
}
