// The format's additions for merged briefings (issue 19): `sources`, `paragraphSources` and each quote's `sources`.
// Optional: every older file loads as before; where given, every reference must resolve.

import {describe, expect, it} from 'vitest';
import {mergeBriefings} from '../../source/merge/merge.js';
import {Briefing} from '../../source/model/schema.js';
import {bundled} from '../helpers.js';
import {draftOf} from '../merge/multi-source.js';

const merged = mergeBriefings(
	['rates-wire.txt', 'rates-courier.txt'].map(file => ({briefing: draftOf(file)})),
).briefing;

const problems = (value: unknown) => {
	const result = Briefing.safeParse(value);
	return result.success ? [] : result.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`);
};

describe('sources in the format', () => {
	it('a merged briefing loads; a one-article briefing has none of the new fields and loads as before', () => {
		expect(problems(merged)).toEqual([]);
		const single = bundled();
		expect(single.sources).toBeUndefined();
		expect(single.quotes.every(quote => quote.sources === undefined)).toBe(true);
	});

	it('reports a paragraph list of the wrong length, an unknown article and a paragraph out of range', () => {
		const quote = merged.quotes[0]!;
		const broken = {
			...merged,
			paragraphSources: [...merged.paragraphSources!.slice(1)],
			quotes: [{...quote, sources: [{source: 's9'}, {source: 's1', paragraph: 500}]}, ...merged.quotes.slice(1)],
		};
		expect(problems(broken)).toEqual([
			`paragraphSources: expected one article id per paragraph (${merged.paragraphs.length}), found ${merged.paragraphs.length - 1}`,
			'quotes.0.sources.0.source: expected the id of an article in "sources" (one of "s1", "s2"), found "s9"',
			`quotes.0.sources.1.paragraph: expected a paragraph index from 0 to ${merged.paragraphs.length - 1}, found 500`,
		]);
		const {sources: _, ...withoutSources} = merged;
		expect(problems(withoutSources)[0]).toContain('expected "sources" beside "paragraphSources"');
	});
});
