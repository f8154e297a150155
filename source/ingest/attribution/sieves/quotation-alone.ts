import type {Sentence} from '../../text/sentences.js';
import type {Entity} from '../../types.js';
import type {Discourse} from '../discourse.js';
import {isQuotationsOnly, opensSentence, type Sieve} from './sieve.js';

/** A sentence that is only a quotation: the speaker before it goes on talking. */
export const quotationAlone: Sieve = {
	name: 'quotation alone',
	rule: 'continuation',
	find: context =>
		opensSentence(context) && isQuotationsOnly(context.sentence)
			? continuingSpeaker(context.discourse, context.sentence)
			: undefined,
};

/** Who goes on talking into a sentence: the last speaker of the sentence before, or of the paragraphs before. */
function continuingSpeaker(discourse: Discourse, sentence: Sentence): Entity | undefined {
	const previous = discourse.sentences[sentence.index - 1];
	if (previous && previous.block === sentence.block) {
		const speakers = discourse.quoteSpeakers.get(previous) ?? [];
		if (speakers.length > 0) return speakers.at(-1);
		const attributed = (discourse.attributions.get(previous) ?? []).filter(attribution => attribution.speaker).at(-1);
		if (attributed) return attributed.speaker;
		return discourse.subjectOf(
			previous,
			Infinity,
			entity => entity.kind === 'person' || entity.kind === 'organisation',
		);
	}
	if (!previous) return undefined;
	// A quotation that opens a paragraph: whoever spoke last, or was introduced, just before.
	const spoke = discourse.lastSpeakerOfBlock.get(previous.block);
	if (spoke) return spoke;
	const introduced = discourse.subjectOf(previous, Infinity, entity => entity.kind === 'person');
	if (introduced) return introduced;
	for (let block = previous.block - 1; block >= Math.max(0, previous.block - 3); block--) {
		const earlier = discourse.lastSpeakerOfBlock.get(block);
		if (earlier) return earlier;
	}
	return undefined;
}
