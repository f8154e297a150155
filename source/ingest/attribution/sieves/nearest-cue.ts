import {opensSentence, type Sieve} from './sieve.js';

/**
 * The speaker of the nearest cue of the sentence that names one: the cue after a quotation that opens the sentence
 * (""…," she said"), else the cue before it ("She said: "…"").
 */
export const nearestCue: Sieve = {
	name: 'nearest cue',
	rule: 'verb',
	find: context => {
		const {quote, cues} = context;
		const withSpeaker = cues.filter(cue => cue.speaker);
		const before = withSpeaker.filter(cue => cue.position < quote.open).at(-1);
		const after = withSpeaker.find(cue => cue.position >= quote.close);
		return (opensSentence(context) ? (after ?? before) : (before ?? after))?.speaker;
	},
};
