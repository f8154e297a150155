// An article as ingest sees it: one normalised text, a headline and paragraphs located by offsets,
// so every quotation found later can be pointed at exactly.

/** A headline or paragraph: [start, end) in the article's normalised text. index -1 is the headline. */
export type Block = {readonly index: number; readonly start: number; readonly end: number; readonly text: string};

export type Article = {
	/** The whole text after normalisation: no BOM, LF line ends, NBSP as a space. Offsets point into it. */
	readonly text: string;
	readonly headline: Block;
	readonly paragraphs: readonly Block[];
	/** From a trailing "Source: …" line, which is then not a paragraph. */
	readonly sourceName?: string;
};

/** Same length in, same length out, so offsets survive: NBSP and other spaces become plain spaces. */
function normaliseSpaces(text: string): string {
	return text.replace(/[\u00a0\u2007\u202f\u2009\u200a\t]/g, ' ');
}

/** A block whose lines are all of similar, typewriter width was wrapped by hand: its lines are one paragraph. */
function isHardWrapped(lines: readonly string[]): boolean {
	if (lines.length < 2) return false;
	const widths = lines.slice(0, -1).map(line => line.trim().length);
	return widths.every(width => width >= 40 && width <= 100) && lines.at(-1)!.trim().length <= 100;
}

const SOURCE_LINE = /^(?:source|sources)\s*:\s*(.{2,120})$/i;

/**
 * Splits an article into headline and paragraphs: blank lines separate paragraphs; so do single newlines unless
 * hard-wrapped.
 */
export function parseArticle(raw: string): Article {
	const text = normaliseSpaces(raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
	const blocks: {start: number; end: number}[] = [];
	// Blank-line separated blocks, then lines within a block unless the block is hard-wrapped.
	const blockPattern = /[^\n]+(?:\n[ ]*[^\s][^\n]*)*/g;
	for (const match of text.matchAll(blockPattern)) {
		const start = match.index;
		const lines = match[0].split('\n');
		if (isHardWrapped(lines) && blocks.length > 0) {
			blocks.push({start, end: start + match[0].length});
			continue;
		}
		let offset = start;
		for (const line of lines) {
			blocks.push({start: offset, end: offset + line.length});
			offset += line.length + 1;
		}
	}
	const trimmed = blocks
		.map(({start, end}) => {
			const slice = text.slice(start, end);
			const lead = slice.length - slice.trimStart().length;
			const tail = slice.length - slice.trimEnd().length;
			return {start: start + lead, end: end - tail};
		})
		.filter(({start, end}) => end > start);

	let sourceName: string | undefined;
	const last = trimmed.at(-1);
	if (last && trimmed.length > 1) {
		const match = SOURCE_LINE.exec(text.slice(last.start, last.end));
		if (match) {
			sourceName = match[1]!.trim().replace(/[.]$/, '');
			trimmed.pop();
		}
	}

	const [first, ...rest] = trimmed;
	const block = (index: number, span: {start: number; end: number}): Block => ({
		index,
		start: span.start,
		end: span.end,
		text: text.slice(span.start, span.end),
	});
	return {
		text,
		headline: first ? block(-1, first) : {index: -1, start: 0, end: 0, text: ''},
		paragraphs: rest.map((span, index) => block(index, span)),
		...(sourceName ? {sourceName} : {}),
	};
}
