import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	loadSearchEngine,
	QuoteIndex,
	readSearchable,
	StoryIndex,
	termRanges,
} from '../../source/search/library-index.js';
import {DATA} from '../helpers.js';

// MiniSearch is loaded on first use in the program; here, once for every test.
await loadSearchEngine();

const files = readdirSync(DATA)
	.filter(name => name.endsWith('.json') && !name.endsWith('.schema.json'))
	.map(name => path.join(DATA, name));

describe('the picker’s story index', () => {
	const index = new StoryIndex(files);
	index.indexAll();
	const headline = (at: number) => readSearchable(files[at]!)!.headline;

	test('finds a story by a word of its headline, and by the start of one', () => {
		expect(index.find('hagia').map(headline)).toEqual([expect.stringContaining('Hagia Sophia')]);
		expect(index.find('hag').map(headline)[0]).toContain('Hagia Sophia');
	});

	test('by its speakers and quotes, with a typo forgiven, best first', () => {
		expect(index.find('stoltenbreg').map(headline)).toEqual([expect.stringContaining('NATO-Russia')]);
		expect(index.find('non-starters').map(headline)[0]).toContain('NATO-Russia');
		// Erdoğan is in three stories; the one with him in its headline comes first.
		const erdogan = index.find('erdogan').map(headline);
		expect(erdogan.length).toBeGreaterThanOrEqual(3);
		expect(erdogan[0]).toContain('Erdogan proposes');
	});

	test('every word must match', () => {
		expect(index.find('hagia zqxjv')).toEqual([]);
	});

	test('is read a few stories at a time', () => {
		const partial = new StoryIndex(files);
		expect(partial.indexed).toBe(0);
		while (partial.indexSome(0.01)) expect(partial.indexed).toBeLessThan(files.length);
		expect(partial.complete).toBe(true);
	});
});

describe('briefing search’s quote index', () => {
	const index = new QuoteIndex();
	for (const file of files) index.add(readSearchable(file)!);

	test('finds the quote, its story and speaker, and which words matched', () => {
		const [hit] = index.find('veto');
		expect(hit?.speaker?.name).toBe('Jens Stoltenberg');
		expect(hit?.story.headline).toContain('NATO-Russia');
		expect(termRanges(hit!.quote.text, hit!.terms).map(([start, end]) => hit!.quote.text.slice(start, end))).toEqual([
			'veto',
		]);
	});

	test('nothing for a word no story has', () => {
		expect(index.find('zqxjv')).toEqual([]);
	});

	test('marks words at their start only, accents folded', () => {
		expect(termRanges('Erdoğan met the erdogans', ['erdogan'])).toEqual([
			[0, 7],
			[16, 23],
		]);
		expect(termRanges('a preveto veto', ['veto'])).toEqual([[10, 14]]);
	});
});

describe('reading a file for search', () => {
	test('a file that is not a briefing is not read', () => {
		expect(readSearchable(path.join(DATA, 'briefing.schema.json'))).toBeUndefined();
		expect(readSearchable(path.join(DATA, 'no-such-file.json'))).toBeUndefined();
	});
});
