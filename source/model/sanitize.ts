// Text from data files and articles is untrusted: it must never be able to drive the terminal.
// Escape sequences are removed whole (not just their ESC byte, which would leave "[31m" behind),
// then any remaining control character, and the bidirectional controls that reorder what follows.

/**
 * ESC-introduced and 8-bit (C1) sequences: CSI, OSC (BEL or ST terminated), DCS/SOS/PM/APC strings, and two-byte
 * escapes.
 */
const ESCAPE_SEQUENCE = new RegExp(
	[
		String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?`, // CSI … final byte
		String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?`, // OSC/DCS/SOS/PM/APC … terminator
		String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]?`, // other escapes (ESC c, ESC ( B, a lone ESC)
	].join('|'),
	'g',
);

/** C0 and C1 controls, DEL, and the Unicode bidi embedding/override/isolate controls and marks. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

const WHITESPACE_RUN = /[\t\n\r\v\f\u2028\u2029\u0085\u00a0 ]+/g;

/** Removes escape sequences and control characters, keeping line breaks. */
export function stripControls(text: string): string {
	return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** A character sanitizeLine would change: a control, escape or bidi character, or white space other than a space. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u00a0\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** One line of safe display text: no escapes or controls, whitespace runs folded to one space, trimmed. */
export function sanitizeLine(text: string): string {
	// Nearly all text is already clean: one test instead of four replacements (a large briefing has 50,000 strings).
	if (!UNSAFE.test(text) && !text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' ')) return text;
	// Fold whitespace first so a tab or newline between words stays a space rather than vanishing.
	return stripControls(text.replace(WHITESPACE_RUN, ' ')).replace(/ {2,}/g, ' ').trim();
}
