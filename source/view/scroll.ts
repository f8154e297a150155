/** A window of `height` lines from `lines`, starting at `scroll` (clamped). */
export function windowOf<T>(lines: readonly T[], scroll: number, height: number): {visible: T[]; start: number} {
	const start = Math.max(0, Math.min(scroll, lines.length - height));
	return {visible: lines.slice(start, start + height), start};
}

/** The first item of a `visible`-item window that keeps `selected` near its middle. */
export function centredStart(selected: number, count: number, visible: number): number {
	// Stryker disable next-line ConditionalExpression,EqualityOperator: the clamp below gives 0 there as well
	if (count <= visible) return 0;
	return Math.max(0, Math.min(selected - Math.floor(visible / 2), count - visible));
}

/** One character per visible line: a track with a thumb showing which part of `total` lines is in view. */
export function scrollbar(total: number, start: number, height: number, paint: (text: string) => string): string[] {
	if (total <= height || height <= 0) return Array.from({length: height}, () => ' ');
	const thumb = Math.max(1, Math.round((height * height) / total));
	const top = Math.min(height - thumb, Math.round((start / (total - height)) * (height - thumb)));
	return Array.from({length: height}, (_, index) => (index >= top && index < top + thumb ? '┃' : paint('│')));
}

/** "12–24 of 40": the lines in view, for the footer. */
export function rangeLabel(start: number, height: number, total: number): string {
	if (total === 0) return '';
	return `${start + 1}–${Math.min(total, start + height)} of ${total}`;
}
