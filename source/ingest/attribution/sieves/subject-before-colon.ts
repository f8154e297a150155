import {followsColon, type Sieve} from './sieve.js';

/** "Bolsonaro opposed Macron's statement: "…"": the subject of the clause before a colon. */
export const subjectBeforeColon: Sieve = {
	name: 'subject before a colon',
	rule: 'colon',
	find: context =>
		followsColon(context) ? context.discourse.subjectOf(context.sentence, context.quote.open) : undefined,
};
