// Text compared the way a person searching means it: case-insensitive, accents folded ("erdogan" finds
// "Erdoğan"), typographic quotes and dashes as their plain forms ("Russia's" finds "Russia’s"). Every
// search of briefing folds both sides with this, the dashboard's, the picker's and `briefing search`'s.

/** Quotes and dashes folded to the ASCII a keyboard types. */
const PUNCTUATION: Readonly<Record<string, string>> = {
	'‘': "'",
	'’': "'",
	'‛': "'",
	'“': '"',
	'”': '"',
	'„': '"',
	'–': '-',
	'—': '-',
	'‐': '-',
	'‑': '-',
};

const ASCII = /^[\u0000-\u007f]*$/;
const MARKS = /\p{M}/gu;
const FOLDED_PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'g');

/**
 * One character folded: lower case, then without accents (ß and the like stay as they are); a character that is
 * only a mark (a combining accent on its own) folds to nothing.
 */
function foldCharacter(character: string): string {
	const punctuation = PUNCTUATION[character];
	if (punctuation !== undefined) return punctuation;
	return character.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** `text` folded for comparison: as `foldCharacter` does it to each character, but on the whole text at once. */
export function fold(text: string): string {
	if (ASCII.test(text)) return text.toLowerCase();
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(MARKS, '')
		.replace(FOLDED_PUNCTUATION, character => PUNCTUATION[character]!);
}

/** What a typed query is looked for as: folded, its white space runs as one space, trimmed. */
export function foldQuery(query: string): string {
	return fold(query).replace(/\s+/g, ' ').trim();
}

/**
 * `text` folded, with where each folded code unit came from in `text` (`origin[i]` for unit i, and one
 * more entry for the end), so that a match in the folded text can be marked in the original.
 */
export function foldWithOrigin(text: string): {folded: string; origin: readonly number[] | undefined} {
	// Nearly all text is ASCII: folded unit i comes from unit i, and no table is needed.
	if (ASCII.test(text)) return {folded: text.toLowerCase(), origin: undefined};
	let folded = '';
	const origin: number[] = [];
	let index = 0;
	for (const character of text) {
		const piece = foldCharacter(character);
		for (let unit = 0; unit < piece.length; unit++) origin.push(index);
		folded += piece;
		index += character.length;
	}
	origin.push(index);
	return {folded, origin};
}

/** Where `query` (folded) occurs in `folded`, as [start, end) in folded units, at most `limit` of them. */
export function occurrences(folded: string, query: string, limit = Number.POSITIVE_INFINITY): [number, number][] {
	const found: [number, number][] = [];
	if (query === '') return found;
	for (let at = folded.indexOf(query); at !== -1 && found.length < limit; at = folded.indexOf(query, at + query.length))
		found.push([at, at + query.length]);
	return found;
}

/** Whether `text` holds `query` (already folded with foldQuery). */
export function includesFolded(text: string, query: string): boolean {
	return query !== '' && fold(text).includes(query);
}
