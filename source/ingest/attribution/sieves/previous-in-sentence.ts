import type {Sieve} from './sieve.js';

/** A second quotation in a sentence with nothing else to go on is the first one's speaker's. */
export const previousInSentence: Sieve = {
	name: 'previous quotation of the sentence',
	rule: 'previous',
	find: ({earlier}) => earlier.at(-1)?.speaker,
};
