// Summaries of samples: the bench reports medians and 95th percentiles, never means alone.

export type Summary = {
	readonly n: number;
	readonly median: number;
	readonly p95: number;
	readonly min: number;
	readonly max: number;
	readonly mean: number;
};

/** The value at quantile `q` (0..1) of sorted samples, by linear interpolation between closest ranks. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	const position = (sorted.length - 1) * q;
	const low = Math.floor(position);
	const high = Math.ceil(position);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** Median, 95th percentile, extremes and mean of the samples. */
export function summarize(samples: readonly number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		n: sorted.length,
		median: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		min: sorted[0] ?? Number.NaN,
		max: sorted.at(-1) ?? Number.NaN,
		mean: sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1),
	};
}
