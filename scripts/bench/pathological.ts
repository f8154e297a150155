// Articles built to find the slow paths of ingest: one huge paragraph (a single sentence, mostly) of a
// repeated piece. Ingest's rules look around each word; any that rescans the sentence from every word
// makes these quadratic (issue 14, item 2: 320 KB of "said " took 12 s). `npm run bench:ingest` times
// them; test/ingest/ingest.fuzz.test.ts runs smaller ones for behaviour only (a valid draft), never time.

/** A repeatable stream of pseudo-random numbers in [0, 1), so every run measures the same bytes. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
		return state / 2 ** 32;
	};
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'sor', 'del', 'ba', 'ru', 'nek', 'ost', 'fa'];

/** Words that look like names: "Kalomer", "Tanvi", "Delbaru". */
function nameLike(next: () => number): string {
	let word = '';
	for (let count = 2 + Math.floor(next() * 2); count > 0; count--)
		word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
	return word[0]!.toUpperCase() + word.slice(1);
}

export type PathologicalKind = {
	readonly name: string;
	/** One piece of the paragraph; called again and again until the paragraph is long enough. */
	readonly piece: (next: () => number) => string;
};

/** The kinds of paragraph that were (or could be) slow: verbs of saying, names, titles, quotations, commas. */
export const PATHOLOGICAL_KINDS: readonly PathologicalKind[] = [
	{name: '"said " repeated', piece: () => 'said '},
	{name: 'capitalised name-like words', piece: next => `${nameLike(next)} `},
	{name: 'names and "said"', piece: next => `${nameLike(next)} ${nameLike(next)} said `},
	{name: '"Smith said " repeated', piece: () => 'Smith said '},
	{name: 'titles before names', piece: next => `Deputy Minister ${nameLike(next)} told reporters that `},
	{name: 'appositions', piece: next => `${nameLike(next)}, the minister, said `},
	{name: 'possessives', piece: next => `${nameLike(next)}'s spokesman `},
	{name: 'quotations and attributions', piece: next => `"It will work," said ${nameLike(next)}, and `},
	{name: 'unclosed quotation marks', piece: next => `"${nameLike(next)} said `},
	{name: 'according to', piece: next => `according to ${nameLike(next)} `},
	{name: 'asides in dashes and brackets', piece: next => `${nameLike(next)} - the leader - (he said) `},
	{name: 'plain words', piece: () => 'the talks went on '},
];

/** An article whose body is one paragraph of about `bytes` bytes of `kind`'s pieces. */
export function pathologicalArticle(kind: PathologicalKind, bytes: number, seed = 14): string {
	const next = random(seed);
	const pieces: string[] = [];
	let length = 0;
	while (length < bytes) {
		const piece = kind.piece(next);
		pieces.push(piece);
		length += piece.length;
	}
	return `A headline about ${kind.name}\n\n${pieces.join('').trimEnd()}.\n`;
}

/** Sentences rather than one paragraph: many short attributions by many different names (the whole article grows). */
export function manySentencesArticle(bytes: number, seed = 14): string {
	const next = random(seed);
	const paragraphs: string[] = [];
	let length = 0;
	while (length < bytes) {
		const paragraph = `"We will see," ${nameLike(next)} ${nameLike(next)} said. ${nameLike(next)} said the plan would work.`;
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}
	return `A headline about many speakers\n\n${paragraphs.join('\n\n')}\n`;
}

export type PathologicalTiming = {readonly kind: string; readonly kilobytes: number; readonly seconds: number};

/** How long `draft` takes on each kind at each size (one run each: these are seconds, not milliseconds). */
export function timePathological(
	draft: (text: string) => unknown,
	sizes: readonly number[] = [80, 160, 330, 2048],
	kinds: readonly PathologicalKind[] = PATHOLOGICAL_KINDS,
): PathologicalTiming[] {
	const timings: PathologicalTiming[] = [];
	for (const kind of kinds)
		for (const kilobytes of sizes) {
			const text = pathologicalArticle(kind, kilobytes * 1024);
			const started = performance.now();
			draft(text);
			timings.push({kind: kind.name, kilobytes, seconds: Math.round(performance.now() - started) / 1000});
		}
	for (const kilobytes of sizes) {
		const text = manySentencesArticle(kilobytes * 1024);
		const started = performance.now();
		draft(text);
		timings.push({kind: 'many short paragraphs', kilobytes, seconds: Math.round(performance.now() - started) / 1000});
	}
	return timings;
}
