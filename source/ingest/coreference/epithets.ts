import type {Discourse} from '../attribution/discourse.js';
import {affiliationOfEntity} from '../entities/entities.js';
import {countryOf, fitsEpithet} from '../mentions/mentions.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity, Epithet} from '../types.js';

/**
 * "the Dutchman", "the Poland international", "the 31-year-old": the person named most recently before `at` (in this
 * sentence or the ten before it) whom nothing known contradicts: nationality, gender and age agree where known.
 */
export function epithetReferent(
	discourse: Discourse,
	epithet: Epithet,
	sentence: Sentence,
	at: number,
): Entity | undefined {
	// "said the 26-year-old, who had lost to Sorensen in May": whoever the rest of the sentence names is someone else.
	const others = new Set(
		discourse
			.mentionsOf(sentence)
			.flatMap(mention => (mention.start > at && mention.kind === 'name' && mention.entity ? [mention.entity] : [])),
	);
	let nearest: Entity | undefined;
	for (let index = sentence.index; index >= Math.max(0, sentence.index - 10); index--) {
		const earlier = discourse.sentences[index]!;
		if (earlier.block < 0 && sentence.block >= 0) break;
		const mentions = discourse.mentionsOf(earlier);
		for (let position = mentions.length - 1; position >= 0; position--) {
			const mention = mentions[position]!;
			if (mention.start >= at || mention.kind !== 'name') continue;
			const entity = mention.entity;
			// A person, or a name known only by a surname who has spoken ("Wilk … said").
			const person =
				entity?.kind === 'person' || (entity?.kind === 'unknown' && (entity.spoke || entity.role !== undefined));
			if (!person || others.has(entity) || !fitsEpithet(epithet, entity)) continue;
			// "the Australian": someone known to be Australian comes before a nearer person whose country is not known.
			if (!epithet.country || countryOf(affiliationOfEntity(entity)) === epithet.country) return entity;
			nearest ??= entity;
		}
	}
	return nearest;
}
