import {isUtf8} from 'node:buffer';

// File names are bytes, not text: one that is not UTF-8 ("f\xe9.json", written on a Latin-1 system) comes back
// from a folder listing with its byte replaced by U+FFFD, a name no file has. Such a name is kept as a string
// all the same, each byte that is not UTF-8 standing for itself as a lone surrogate (U+DC80 to U+DCFF, what
// Python calls surrogateescape): it can be opened again exactly (fileSystemPath), shown sanitised (the lone
// surrogate is shown as U+FFFD), and compared and sorted like any other name.

const ESCAPED_BYTE = /[\udc80-\udcff]/;

/** The length of the UTF-8 sequence starting at `index`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, index: number): number {
	const first = bytes[index]!;
	const continues = (offset: number) => ((bytes[index + offset] ?? 0) & 0xc0) === 0x80;
	if (first < 0x80) return 1;
	if (first >= 0xc2 && first <= 0xdf) return continues(1) ? 2 : 0;
	if (first >= 0xe0 && first <= 0xef) {
		const second = bytes[index + 1] ?? 0;
		// Not overlong (E0 80..9F), not a surrogate (ED A0..BF).
		if ((first === 0xe0 && second < 0xa0) || (first === 0xed && second > 0x9f)) return 0;
		return continues(1) && continues(2) ? 3 : 0;
	}
	if (first >= 0xf0 && first <= 0xf4) {
		const second = bytes[index + 1] ?? 0;
		if ((first === 0xf0 && second < 0x90) || (first === 0xf4 && second > 0x8f)) return 0;
		return continues(1) && continues(2) && continues(3) ? 4 : 0;
	}
	return 0;
}

/** A file name's bytes as a string: UTF-8 as itself, any other byte as the lone surrogate that stands for it. */
export function decodeFileName(bytes: Uint8Array): string {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// Stryker disable next-line ConditionalExpression: a shortcut; the loop below decodes UTF-8 the same
	if (isUtf8(buffer)) return buffer.toString('utf8');
	let name = '';
	for (let index = 0; index < buffer.length; ) {
		const length = sequenceLength(buffer, index);
		if (length === 0) {
			name += String.fromCharCode(0xdc00 + buffer[index]!);
			index++;
		} else {
			name += buffer.toString('utf8', index, index + length);
			index += length;
		}
	}
	return name;
}

/** What to open for a name from decodeFileName (or any path): the original bytes when it stands for some. */
export function fileSystemPath(name: string): string | Buffer {
	if (!ESCAPED_BYTE.test(name)) return name;
	const parts: Buffer[] = [];
	let run = '';
	for (const character of name) {
		const code = character.charCodeAt(0);
		// A pair's first half is a high surrogate (D800..DBFF): the length test only says so.
		// Stryker disable next-line ConditionalExpression: see above
		if (character.length === 1 && code >= 0xdc80 && code <= 0xdcff) {
			// Stryker disable next-line ConditionalExpression,StringLiteral: an empty run adds no bytes; utf8 is the default
			if (run) parts.push(Buffer.from(run, 'utf8'));
			run = '';
			// Stryker disable next-line ArithmeticOperator: a byte is kept modulo 256, and code + 0xdc00 ≡ code - 0xdc00
			parts.push(Buffer.from([code - 0xdc00]));
		} else run += character;
	}
	// Stryker disable next-line ConditionalExpression,StringLiteral: as above
	if (run) parts.push(Buffer.from(run, 'utf8'));
	return Buffer.concat(parts);
}
