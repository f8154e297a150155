import nlp from 'compromise/two';

/** The lexicon data ingest ships: for each of compromise's tags, the words it gives that tag (sorted). */
export type LexiconData = {readonly source: string; readonly tags: Record<string, string[]>};

/** Builds LexiconData from compromise (a development dependency: only the generator and a test use it). */
export function lexiconData(): LexiconData {
	const lexicon = (nlp.model() as {one: {lexicon: Record<string, string | string[]>}}).one.lexicon;
	const tags: Record<string, string[]> = {};
	for (const [word, value] of Object.entries(lexicon))
		for (const tag of Array.isArray(value) ? value : [value]) {
			tags[tag] ??= [];
			tags[tag].push(word);
		}
	const sorted = Object.fromEntries(
		Object.keys(tags)
			.sort()
			.map(tag => [tag, tags[tag]!.sort()]),
	);
	const {version} = nlp as unknown as {version: string};
	return {source: `compromise ${version} (MIT licence, (c) Spencer Kelly): nlp.model().one.lexicon`, tags: sorted};
}
