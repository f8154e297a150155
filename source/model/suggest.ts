/** The number of single-character edits from a to b, a swap of two neighbours counting as one ("hepl" → "help"). */
export function editDistance(a: string, b: string): number {
	// Levenshtein plus transpositions (optimal string alignment): swapped letters are the commonest typo.
	// Stryker disable next-line ArrayDeclaration: the row before the first is never read (a swap needs i > 1)
	let beforePrevious: number[] = [];
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			// At i or j = 1, a[i - 2] or b[j - 2] is undefined and the comparisons fail anyway: the bounds say why.
			// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: see above
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** The candidate a mistyped word most likely meant ("did you mean …?"), if any is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const lower = word.toLowerCase();
	// Stryker disable next-line all: a shortcut; the loop below finds an exact match too, at distance 0
	const exact = candidates.find(candidate => candidate.toLowerCase() === lower);
	// Stryker disable next-line ConditionalExpression: as above
	if (exact) return exact;
	let best: string | undefined;
	let bestDistance = Math.min(2, Math.floor(word.length / 3));
	for (const candidate of candidates) {
		// The distance is at least the difference in length: skip the O(n·m) work for a pasted paragraph of a key.
		if (Math.abs(lower.length - candidate.length) > bestDistance) continue;
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance <= bestDistance) {
			best = candidate;
			bestDistance = distance - 1;
		}
	}
	return best;
}

/**
 * The `count` candidates nearest to `word`, nearest first: by their edit distance to it, whole or word by word ("Grushko"
 * is near "Alexander Grushko"); a candidate that contains the word is nearest of all.
 */
export function nearest(word: string, candidates: readonly string[], count: number): string[] {
	const lower = word.trim().toLowerCase();
	const distance = (candidate: string) => {
		const name = candidate.toLowerCase();
		if (lower && name.includes(lower)) return -1;
		return Math.min(editDistance(lower, name), ...name.split(/\s+/).map(part => editDistance(lower, part)));
	};
	// Stryker disable ArithmeticOperator: sort is stable, so the index below only restates the order given
	return candidates
		.map((candidate, index) => ({candidate, index, distance: distance(candidate)}))
		.sort((a, b) => a.distance - b.distance || a.index - b.index)
		.slice(0, count)
		.map(entry => entry.candidate);
	// Stryker restore ArithmeticOperator
}
