import type {Sieve} from './sieve.js';

/** A quotation that goes on from one left open in the paragraph before (no closing mark there) has its speaker. */
export const continuedQuotation: Sieve = {
	name: 'continued quotation',
	rule: 'continuation',
	find: ({quote, previousOpen}) => (quote.continues ? previousOpen : undefined),
};
