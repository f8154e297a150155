// JSON for pipes and files that cannot drive a terminal it is shown on (`briefing print -f json | less`, `cat`).
// JSON.stringify escapes only C0 controls, quotes and backslashes: DEL, C1 controls (U+009B is a CSI to many
// terminals), bidirectional and other format characters (U+202E reverses what follows, zero-width and tag
// characters hide text) and the line and paragraph separators are written raw. Here they are escapes, which every
// JSON reader turns back into the same characters.

/**
 * Characters that are written as \u escapes: DEL and C1 controls, format characters, separators, lone surrogates.
 * (JSON.stringify has escaped C0 controls in strings already; outside them, its newlines and indents are layout.)
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

function unicodeEscapes(character: string): string {
	let escaped = '';
	for (let index = 0; index < character.length; index++)
		escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
	return escaped;
}

/** `JSON.stringify(value, null, indent)` and a newline, with every character that could act on a terminal escaped. */
export function safeJson(value: unknown, indent: number | string = 2): string {
	// Outside strings JSON is ASCII punctuation, digits and the literals: anything matched is inside a string.
	return `${JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, unicodeEscapes)}\n`;
}
