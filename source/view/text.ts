import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// Columns are measured in terminal cells (string-width: CJK and emoji take two, combining marks none),
// never in string length, so borders and columns stay aligned whatever the text.

/** The number of terminal columns a string takes (escape sequences count for nothing). */
export function cells(text: string): number {
	return stringWidth(text);
}

/**
 * Adds `more` to the end of `lines`. Not `lines.push(...more)`: a call takes at most about 100,000 arguments, and a
 * long paragraph wrapped to a narrow terminal makes more lines than that.
 */
export function append(lines: string[], more: readonly string[]): void {
	for (const line of more) lines.push(line);
}

/** Wraps text to lines of at most `width` cells, breaking words only when one is longer than a line. */
export function wrap(text: string, width: number): string[] {
	if (width <= 0) return [];
	if (text === '') return [''];
	return wrapAnsi(text, width, {hard: true, trim: true}).split('\n');
}

/** A web address, without the punctuation that usually follows one in a sentence. */
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’”]/g;

/**
 * Wraps text that may hold web addresses, which are never broken across lines: one too long for a line
 * is shortened with … (`whole`: kept whole, on a line longer than `width`, for print). `link` may turn
 * each address into a hyperlink (OSC 8) whose text is what is shown and whose target is the whole
 * address; `style` styles the whole text (after the addresses are found, so styles cannot hide them).
 */
export function wrapWithUrls(
	text: string,
	width: number,
	options: {whole?: boolean; link?: (url: string, shown: string) => string; style?: (text: string) => string} = {},
): string[] {
	if (width <= 0) return [];
	const {whole = false, link = (_url: string, shown: string) => shown, style = (plain: string) => plain} = options;
	const marked = text.replace(URL, (url: string, offset: number) => {
		if (whole) return link(url, url);
		// The address and what is stuck to it ("(", ")." …) must fit on one line together.
		const before = /\S*$/.exec(text.slice(0, offset))![0];
		const after = /^\S*/.exec(text.slice(offset + url.length))![0];
		return link(url, truncate(url, width - cells(before) - cells(after)));
	});
	if (!whole) return wrap(style(marked), width);
	// Kept whole: only words longer than a line that are not addresses are broken.
	return wrapAnsi(style(marked), width, {hard: false, trim: true}).split('\n');
}

/** Wraps text with the first line after `first` and the rest after `rest` (both the same width). */
export function hangingWrap(text: string, width: number, first: string, rest = ' '.repeat(cells(first))): string[] {
	const inner = width - cells(first);
	if (inner <= 0) return [truncate(first, width)];
	return wrap(text, inner).map((line, index) => (index === 0 ? first : rest) + line);
}

/** Cuts text to at most `width` cells, ending with … when anything was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (cells(text) <= width) return text;
	// cli-truncate keeps a wide character (CJK, emoji) that straddles the cut, one cell too many: cut shorter until it
	// fits.
	for (let target = width; target > 0; target--) {
		const cut = cliTruncate(text, target, {position: 'end', truncationCharacter: '…'});
		if (cells(cut) <= width) return cut;
	}
	return '';
}

/**
 * Plain text (no escape codes) cut to at most `width` cells, ending with … when anything was cut: measured
 * character by character, which is cheaper than `truncate` (no escape codes to keep) for a line drawn often.
 */
export function truncatePlain(text: string, width: number): string {
	if (cells(text) <= width) return text;
	if (width <= 0) return '';
	let cut = '';
	let used = 0;
	for (const character of text) {
		const size = cells(character);
		if (used + size > width - 1) break;
		cut += character;
		used += size;
	}
	return `${cut.trimEnd()}…`;
}

/** Exactly `width` cells: cut with … or padded with spaces on the right. */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - cells(cut)));
}

/** Padded with spaces on the left to `width` cells (cut when longer). */
export function fitRight(text: string, width: number): string {
	const cut = truncate(text, width);
	return ' '.repeat(Math.max(0, width - cells(cut))) + cut;
}

/** Places `right` at the right edge of a `width`-cell line, giving `left` what is left. */
export function spread(left: string, right: string, width: number): string {
	const rightWidth = cells(right);
	if (rightWidth + 1 >= width) return fit(left, width);
	return `${fit(left, width - rightWidth - 1)} ${right}`;
}

/** A number and what it counts, singular for one: "1 topic", "8 speakers", "0 quotes". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : plural}`;
}
