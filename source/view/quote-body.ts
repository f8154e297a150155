import type {Quote} from '../model/schema.js';
import type {Theme} from './theme.js';

// How a quote's words read: quoted words in marks, reported speech in the reporter's words (italic), and a mixed
// quote (a reported clause carrying quoted words) as the reporter's words around the speaker's, which keep the
// marks the clause has and are set apart. Without any styles the marks alone tell the quoted words apart.

/** A piece of a mixed quote's text: the reporter's words, or the speaker's words with their quotation marks. */
export type QuotePart = {readonly text: string; readonly quoted: boolean};

const CLOSES: Readonly<Record<string, string>> = {'"': '"”', '“': '”"', '‘': '’', "'": "'"};

/** Whether a single mark at `at` opens a quotation rather than standing in a word (an apostrophe: "Russia's"). */
function opensSingle(text: string, at: number): boolean {
	const before = text[at - 1];
	const after = text[at + 1];
	return (before === undefined || /[\s([{—–/-]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** Where the quotation opened at `open` ends (after its closing mark), or the end of the text when it is left open. */
function closing(text: string, open: number): number {
	const marks = CLOSES[text[open]!]!;
	const single = marks === '’' || marks === "'";
	for (let at = open + 1; at < text.length; at++) {
		if (!marks.includes(text[at]!)) continue;
		// A single mark closes before a non-letter; before a letter it is an apostrophe ("don’t").
		if (single && /\p{L}/u.test(text[at + 1] ?? '')) continue;
		return at + 1;
	}
	return text.length;
}

/**
 * The reporter's and the speaker's words of a mixed quote, in order: every quotation (double marks, straight or
 * curly; single marks that open a word) with its marks is a quoted part; marks nested in a quotation stay in it.
 */
export function quotedParts(text: string): QuotePart[] {
	const parts: QuotePart[] = [];
	let from = 0;
	for (let at = 0; at < text.length; at++) {
		const mark = text[at]!;
		const opens = mark === '"' || mark === '“' || ((mark === '‘' || mark === "'") && opensSingle(text, at));
		if (!opens) continue;
		const end = closing(text, at);
		if (at > from) parts.push({text: text.slice(from, at), quoted: false});
		parts.push({text: text.slice(at, end), quoted: true});
		from = end;
		at = end - 1;
	}
	if (from < text.length) parts.push({text: text.slice(from), quoted: false});
	return parts;
}

/** A mixed quote's text with the speaker's words set apart (`theme.quoted`), the reporter's painted by `rest`. */
export function markQuotedWords(theme: Theme, text: string, rest = (words: string) => words): string {
	return quotedParts(text)
		.map(part => (part.quoted ? theme.quoted(part.text) : rest(part.text)))
		.join('');
}

/** A quote's words as lists show them: “direct or partial”, reported in italics, mixed with its quoted words set apart. */
export function quoteBody(theme: Theme, quote: Quote): string {
	switch (quote.kind) {
		case 'reported':
			return theme.italic(quote.text);
		case 'mixed':
			return markQuotedWords(theme, quote.text, theme.italic);
		default:
			return `“${quote.text}”`;
	}
}
