import {Chalk, type ChalkInstance} from 'chalk';
import type {Agreement, QuoteKind, Side} from '../model/schema.js';

// One place for how things look. Colour only ever repeats what words or symbols already say:
// with NO_COLOR (or a terminal without colour) every side, kind and agreement is still labelled.

type ColorName =
	| 'cyan'
	| 'red'
	| 'yellow'
	| 'green'
	| 'magenta'
	| 'blue'
	| 'gray'
	| 'cyanBright'
	| 'magentaBright'
	| 'blueBright';

/**
 * The sides' colours: none of them is a colour that says agree, partial or disagree (green, yellow,
 * red) or unclear (gray), so a side's name never looks like a verdict.
 */
export const PARTY_COLORS: readonly ColorName[] = [
	'cyan',
	'magenta',
	'blue',
	'cyanBright',
	'magentaBright',
	'blueBright',
];
/** Fill patterns for the share-of-voice bar, so sides differ without colour too. */
const PATTERNS = ['█', '▓', '▒', '░', '▚', '▞'] as const;

export type SideStyle = {
	readonly id: string;
	readonly name: string;
	readonly observer: boolean;
	readonly pattern: string;
	/** The side's text in its colour. */
	paint(text: string): string;
};

export type Theme = {
	readonly color: boolean;
	bold(text: string): string;
	dim(text: string): string;
	italic(text: string): string;
	inverse(text: string): string;
	/** A short label such as DRAFT: in inverse video, or in brackets where there are no styles. */
	tag(text: string): string;
	/** A quiet label such as "draft": dim, or in brackets where there are no styles. */
	mark(text: string): string;
	accent(text: string): string;
	/** The quoted words inside a paragraph. */
	highlight(text: string): string;
	/** The speaker's own words inside a mixed quote (a reported clause); they keep their quotation marks. */
	quoted(text: string): string;
	/** A match of a search: inverse video, which keeps the colours of what it marks (nothing without styles). */
	match(text: string): string;
	/** A quote in the article, in its side's colour (`paint`); bold where there is no colour. */
	inArticle(paint: (text: string) => string, text: string): string;
	/** `shown` as a hyperlink to `url` (OSC 8) where the terminal supports them; else `shown` as it is. */
	link(url: string, shown: string): string;
	agreement(agreement: Agreement): {symbol: string; label: string; paint(text: string): string};
	kind(kind: QuoteKind): string;
	sides(sides: readonly Side[]): ReadonlyMap<string, SideStyle>;
};

const AGREEMENT: Record<Agreement, {symbol: string; label: string; color: ColorName | undefined}> = {
	agree: {symbol: '✓', label: 'agree', color: 'green'},
	partial: {symbol: '≈', label: 'partial', color: 'yellow'},
	disagree: {symbol: '✗', label: 'disagree', color: 'red'},
	// Uncoloured: gray is the observers' colour, and "unclear" is no verdict to colour.
	unclear: {symbol: '?', label: 'unclear', color: undefined},
};

/** `NO_COLOR` (any non-empty value, per no-color.org) turns colour off; styles such as bold stay. */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
	return !env['NO_COLOR'];
}

/**
 * A theme for a terminal that supports `level` (chalk's 0–3: 0 means no escape codes at all).
 * With `color` false, text is styled (bold, inverse) but never coloured.
 */
export function createTheme(options: {level: 0 | 1 | 2 | 3; color: boolean; hyperlinks?: boolean}): Theme {
	const chalk: ChalkInstance = new Chalk({level: options.level});
	const styles = options.level > 0;
	const color = styles && options.color;
	const paint = (name: ColorName) => (text: string) => (color ? chalk[name](text) : text);

	return {
		color,
		bold: text => chalk.bold(text),
		dim: text => chalk.dim(text),
		italic: text => chalk.italic(text),
		inverse: text => chalk.inverse(text),
		tag: text => (styles ? chalk.inverse(` ${text} `) : `[${text}]`),
		mark: text => (styles ? chalk.dim(text) : `[${text}]`),
		accent: text => (color ? chalk.cyan.bold(text) : chalk.bold(text)),
		// Without any styles at all, brackets keep the quoted words visible.
		highlight: text => (color ? chalk.black.bgYellow(text) : styles ? chalk.inverse(text) : `[${text}]`),
		// Bold and upright beside the reporter's italics; without styles their quotation marks set them apart.
		quoted: text => chalk.bold(text),
		match: text => (styles ? chalk.inverse(text) : text),
		inArticle: (paint, text) => (color ? paint(text) : styles ? chalk.bold(text) : text),
		// Only web addresses become links (the sanitised text holds no control characters to end the sequence).
		link: (url, shown) =>
			options.hyperlinks && /^https?:\/\/[^\s]+$/.test(url)
				? `\u001B]8;;${url}\u001B\\${shown}\u001B]8;;\u001B\\`
				: shown,
		agreement: agreement => {
			const {symbol, label, color: name} = AGREEMENT[agreement];
			return {symbol, label, paint: name ? paint(name) : (text: string) => text};
		},
		kind: kind => chalk.dim(kind),
		sides: sides => {
			const map = new Map<string, SideStyle>();
			let party = 0;
			sides.forEach((side, index) => {
				const observer = side.kind === 'observer';
				const name: ColorName = observer ? 'gray' : PARTY_COLORS[party++ % PARTY_COLORS.length]!;
				map.set(side.id, {
					id: side.id,
					name: side.name,
					observer,
					pattern: PATTERNS[index % PATTERNS.length]!,
					paint: paint(name),
				});
			});
			return map;
		},
	};
}
