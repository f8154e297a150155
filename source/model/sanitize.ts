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

/**
 * C0 and C1 controls, DEL, the Unicode bidi embedding/override/isolate controls and marks, and the invisible
 * characters that hide or split text without showing: soft hyphen, zero-width space, word joiner and invisible
 * operators, the deprecated format controls, the BOM (zero-width no-break space) and interlinear annotations. The
 * zero-width joiner and non-joiner stay: emoji sequences and several scripts are written with them.
 */
const CONTROL =
	/[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * Tag characters (U+E0000 to U+E007F) spell out text that is not shown. They belong only in the flags of England,
 * Scotland and Wales (a black flag, tag letters, a cancel tag), which are kept whole.
 */
const TAGS = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F}|[\u{E0000}-\u{E007F}]/gu;

/** Half of a surrogate pair on its own (a JSON "\ud800", a file name that is not UTF-8): not a character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const WHITESPACE_RUN = /[\t\n\r\v\f\u2028\u2029\u0085\u00a0 ]+/g;

/** Removes escape sequences, control and invisible characters, keeping line breaks; a lone surrogate becomes U+FFFD. */
export function stripControls(text: string): string {
	const stripped = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
	// Stryker disable next-line ConditionalExpression,Regex: a shortcut: without surrogates these change nothing
	if (!/[\ud800-\udfff]/.test(stripped)) return stripped;
	return stripped.replace(TAGS, tag => (tag.codePointAt(0) === 0x1f3f4 ? tag : '')).replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A character sanitizeLine might change: a control, escape, bidi or invisible character, white space other than a
 * space, or any surrogate (a tag character, or a lone half).
 */
const UNSAFE =
	/[\x00-\x1f\x7f-\x9f\u00a0\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]/;

/** One line of safe display text: no escapes or controls, whitespace runs folded to one space, trimmed. */
export function sanitizeLine(text: string): string {
	// Nearly all text is already clean: one test instead of four replacements (a large briefing has 50,000 strings).
	// Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: clean text comes out as it is
	if (!UNSAFE.test(text) && !text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' ')) return text;
	// Fold whitespace first so a tab or newline between words stays a space rather than vanishing.
	return stripControls(text.replace(WHITESPACE_RUN, ' ')).replace(/ {2,}/g, ' ').trim();
}
