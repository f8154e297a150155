import type {Sieve} from './sieve.js';

/** No cue: the sentence's subject, if it is not a place ("Smith, visibly moved: "…""). A weak rule. */
export const sentenceSubject: Sieve = {
	name: 'sentence subject',
	rule: 'subject',
	find: ({discourse, sentence}) => discourse.subjectOf(sentence, Infinity, entity => entity.kind !== 'place'),
};
