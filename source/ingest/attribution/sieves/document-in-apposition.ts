import {gapBetween} from '../../mentions/mentions.js';
import {DOCUMENT_NOUNS} from '../../vocabulary.js';
import type {Sieve} from './sieve.js';

/** "Carter's reply, "on my way, save me a seat", was sent …": words in apposition to someone's document are theirs. */
export const documentInApposition: Sieve = {
	name: 'document in apposition',
	rule: 'verb',
	find: ({discourse, sentence, quote}) => {
		const tokens = sentence.tokens;
		let last = -1;
		for (let index = 0; index < tokens.length && tokens[index]!.end <= quote.open; index++) last = index;
		const noun = tokens[last];
		if (
			!noun ||
			!DOCUMENT_NOUNS.has(noun.key) ||
			!/^,\s*$/.test(sentence.masked.slice(noun.end - sentence.start, quote.open - sentence.start))
		)
			return undefined;
		const owner = discourse.mentionEndingAt(sentence, last - 1);
		return owner?.possessive && gapBetween(sentence, tokens[last - 1], noun) === ' '
			? discourse.entityOf(owner)
			: undefined;
	},
};
