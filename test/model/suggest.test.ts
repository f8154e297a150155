import {describe, expect, it} from 'vitest';
import {closest, editDistance} from '../../source/model/suggest.js';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['speaker', 'speakerId', 2],
		['hepl', 'help', 1],
		['wdith', 'width', 1],
		['ca', 'abc', 3],
	])('%s → %s is %d', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('closest', () => {
	const KEYS = ['headline', 'standfirst', 'summary', 'speakers', 'speakerId', 'paragraphs', 'published'];

	it.each([
		['headlin', 'headline'],
		['HEADLINE', 'headline'],
		['Published', 'published'],
		['sumary', 'summary'],
		['speakr', 'speakers'],
		['paragraph', 'paragraphs'],
		['standfrist', 'standfirst'],
	])('%s → %s', (word, expected) => {
		expect(closest(word, KEYS)).toBe(expected);
	});

	it('prefers the nearest of several close candidates', () => {
		expect(closest('speaker', KEYS)).toBe('speakers');
		expect(closest('speaker', ['id', 'speakerId', 'text', 'kind', 'context', 'paragraph'])).toBe('speakerId');
	});

	it('suggests nothing when nothing is close', () => {
		expect(closest('colour', KEYS)).toBeUndefined();
		expect(closest('x', ['y'])).toBeUndefined();
		expect(closest('anything', [])).toBeUndefined();
	});

	it('allows fewer edits in short words, so a short typo does not match everything', () => {
		expect(closest('id', ['if'])).toBeUndefined();
		expect(closest('prnt', ['print', 'validate', 'ingest'])).toBe('print');
	});

	it('answers for a word of megabytes (a paragraph pasted as a key)', () => {
		expect(closest('k'.repeat(5_000_000), KEYS)).toBeUndefined();
	});
});
