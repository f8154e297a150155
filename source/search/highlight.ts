import {foldWithOrigin, occurrences} from './fold.js';

// The matches of a search marked in lines that are already styled and fitted to the screen: the marks
// are escape codes of no width inserted around the matched characters, so the layout does not move.
// A match wrapped over two lines is found too: the lines are searched as one text, joined by spaces.

/** SGR codes and OSC strings (hyperlinks) in a styled line. */
const ESCAPE = /\u001B\[[0-9;]*m|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/y;

type Plain = {
	readonly text: string /** Index in the styled line of each plain character, and its end. */;
	readonly at: number[];
};

/** The characters a styled line shows, and where each is in it. */
function plainOf(line: string): Plain {
	let text = '';
	const at: number[] = [];
	let index = 0;
	while (index < line.length) {
		if (line.charCodeAt(index) === 0x1b) {
			ESCAPE.lastIndex = index;
			const code = ESCAPE.exec(line);
			if (code) {
				index += code[0].length;
				continue;
			}
		}
		text += line[index];
		at.push(index);
		index++;
	}
	at.push(line.length);
	return {text, at};
}

/** `line` with each range of its shown characters (start, end) between `open` and `close`. */
function markRanges(
	line: string,
	plain: Plain,
	ranges: readonly [number, number][],
	open: string,
	close: string,
): string {
	let result = '';
	let from = 0;
	for (const [start, end] of ranges) {
		if (end <= start) continue;
		const begin = plain.at[start]!;
		// The mark closes right after the last matched character, before any code that follows it.
		const last = plain.at[end - 1]! + 1;
		result += line.slice(from, begin) + open + line.slice(begin, last) + close;
		from = last;
	}
	return result + line.slice(from);
}

/** Lines searched as one text: each trimmed, folded, joined by a space; where each line starts in it. */
export type JoinedLines = {
	readonly joined: string;
	readonly pieces: readonly {
		readonly start: number;
		readonly lead: number;
		readonly length: number;
		readonly origin: readonly number[] | undefined;
	}[];
};

/** The lines (styled or not) as one folded text, for finding matches that a line break splits. */
export function joinLines(lines: readonly string[], plains: readonly Plain[] = lines.map(plainOf)): JoinedLines {
	let joined = '';
	const pieces: {start: number; lead: number; length: number; origin: readonly number[] | undefined}[] = [];
	for (const plain of plains) {
		const trimmed = plain.text.trimEnd();
		const lead = trimmed.length - trimmed.trimStart().length;
		const {folded, origin} = foldWithOrigin(trimmed.slice(lead));
		if (joined !== '') joined += ' ';
		pieces.push({start: joined.length, lead, length: folded.length, origin});
		joined += folded;
	}
	return {joined, pieces};
}

/** The line each match of `query` (folded) starts on, in order, at most `limit` of them. */
export function matchingLines(text: JoinedLines, query: string, limit: number): number[] {
	const lines: number[] = [];
	let line = 0;
	for (const [start] of occurrences(text.joined, query, limit)) {
		while (line + 1 < text.pieces.length && text.pieces[line + 1]!.start <= start) line++;
		lines.push(line);
	}
	return lines;
}

/**
 * The lines with every match of `query` (folded) marked between `open` and `close`. Lines are searched
 * as one text (each trimmed, joined by a space), so a phrase wrapped onto the next line is marked on both.
 */
export function markMatches(lines: readonly string[], query: string, open: string, close: string): string[] {
	if (query === '' || open === '') return [...lines];
	const plains = lines.map(plainOf);
	const {joined, pieces} = joinLines(lines, plains);
	const found = occurrences(joined, query);
	if (found.length === 0) return [...lines];
	return lines.map((line, index) => {
		const piece = pieces[index]!;
		const ranges: [number, number][] = [];
		for (const [start, end] of found) {
			const from = Math.max(start, piece.start) - piece.start;
			const to = Math.min(end, piece.start + piece.length) - piece.start;
			if (to <= from) continue;
			// Folded units back to characters of the line (origin has an entry for the end as well).
			const map = (unit: number) => piece.lead + (piece.origin ? piece.origin[unit]! : unit);
			ranges.push([map(from), map(to)]);
		}
		return ranges.length === 0 ? line : markRanges(line, plains[index]!, ranges, open, close);
	});
}

/** The escape codes a style puts before and after a text, found by styling a placeholder. */
export function styleCodes(style: (text: string) => string): {open: string; close: string} {
	const styled = style('\u0000');
	const at = styled.indexOf('\u0000');
	return at === -1 ? {open: '', close: ''} : {open: styled.slice(0, at), close: styled.slice(at + 1)};
}
