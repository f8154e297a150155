import {describe, expect, it} from 'vitest';
import {comparable, relate} from '../../source/merge/match.js';

const direct = (text: string) => comparable(text, 'direct');
const relation = (a: string, b: string, kinds: [string, string] = ['direct', 'direct']) =>
	relate(comparable(a, kinds[0]), comparable(b, kinds[1])).relation;

describe('relate', () => {
	it('finds the same statement through changed punctuation, quotation marks and case', () => {
		expect(
			relation(
				'We are not closing the harbour, we are giving it back to the people who live here,',
				'we are not closing the harbour - we are giving it back to the people who live here.',
			),
		).toBe('same');
		expect(
			relation('It’s absolutely imperative to end the policy', "It's absolutely imperative to end the policy!"),
		).toBe('same');
	});

	it('finds the same statement cut short, begun later, or with words left out', () => {
		const whole = 'Inflation is still too high, and we will not stop until it is back at two percent';
		expect(relation(whole, 'Inflation is still too high,')).toBe('same');
		expect(relation(whole, 'and we will not stop until it is back at two percent.')).toBe('same');
		expect(relation(whole, 'Inflation is still too high … until it is back at two percent')).toBe('same');
		// One outlet begins earlier, the other ends later.
		expect(
			relation(
				'This is the first time a drug of this kind has changed the course of the disease',
				'the first time a drug of this kind has changed the course of the disease in so many patients',
			),
		).toBe('same');
	});

	it('says when outlets quote a statement in different words', () => {
		expect(relation('We need planes, and we need them today', 'We need planes, and we need them now')).toBe('differs');
		expect(
			relation(
				'We have secured a fund that will keep boats in our harbours while the stock recovers',
				'We have won a fund that keeps boats in our harbours while the stock comes back',
			),
		).toBe('differs');
	});

	it('keeps different statements, short phrases and reported speech apart', () => {
		expect(
			relation(
				'We will not slam the door shut on NATO’s open-door policy',
				'We are not going to agree that NATO cannot expand any further',
			),
		).toBe('unrelated');
		expect(relation('real risk', 'very real')).toBe('unrelated');
		expect(relation('real risk', 'Real risk.')).toBe('same');
		expect(
			relation('the vote was a turning point for the city', 'the vote was a turning point for the city', [
				'reported',
				'direct',
			]),
		).toBe('unrelated');
		expect(relate(direct(''), direct('anything at all')).relation).toBe('unrelated');
	});
});
