import {slug} from '../ingest/draft/sides.js';
import {fold} from '../search/fold.js';

// Words as merging compares them: folded (case, accents, typographic quotes), apostrophes dropped
// ("It’s" and "Its" are one word), everything that is not a letter or digit a gap between words.

/** The words of a text, folded for comparison. */
export function wordsOf(text: string): string[] {
	const folded = fold(text).replace(/['`]/g, '');
	const words = folded.split(/[^\p{L}\p{N}]+/u);
	return words.filter(word => word.length > 0);
}

/** A URL-like id from text: "Jens Stoltenberg" → "jens-stoltenberg", as ingest's ids are made (the same function). */
export const slugOf = slug;

/** An id not in `taken` (which it joins): `base`, else base-2, base-3 … */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
