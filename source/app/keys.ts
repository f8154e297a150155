import type {KeyState} from '../navigation/keymap.js';

// Key presses from the terminal's raw input, reported as Ink's useInput reports them (`input` and a
// `key` object), so that the one key table reads them the same whether Ink has loaded or not. Only
// what a keyboard sends is decoded; other sequences (mouse reports, focus events, replies to queries)
// are dropped, never taken for typed text.

export type KeyPress = readonly [input: string, key: KeyState];

/** A mouse report (`--mouse`): a press or release of a button, or a turn of the wheel, at a cell (from 0). */
export type MouseEvent = {
	readonly kind: 'press' | 'release' | 'wheelUp' | 'wheelDown';
	/** 0 left, 1 middle, 2 right (presses and releases). */
	readonly button: number;
	readonly column: number;
	readonly row: number;
};

/** An SGR mouse report: ESC [ < button ; column ; row, then M (press, wheel) or m (release); from 1. */
const SGR_MOUSE = /^\u001B\[<(\d+);(\d+);(\d+)([Mm])$/;

/** The mouse event a complete sequence reports, if it is one (motion reports are none of ours: dropped). */
function mouseReport(sequence: string): MouseEvent | undefined {
	const report = SGR_MOUSE.exec(sequence);
	if (!report) return undefined;
	const code = Number(report[1]);
	const column = Number(report[2]) - 1;
	const row = Number(report[3]) - 1;
	if (code & 32) return undefined;
	if (code & 64) return {kind: code & 1 ? 'wheelDown' : 'wheelUp', button: 0, column, row};
	return {kind: report[4] === 'm' ? 'release' : 'press', button: code & 3, column, row};
}

const ESC = '\u001B';

/** The final byte of a cursor-key or keypad sequence (`ESC [ A`, `ESC O A`, `ESC [ 1 ; 5 A`). */
const LETTER_KEYS: Readonly<Record<string, keyof KeyState>> = {
	A: 'upArrow',
	B: 'downArrow',
	C: 'rightArrow',
	D: 'leftArrow',
	H: 'home',
	F: 'end',
};

/** The number of a `ESC [ n ~` sequence. */
const TILDE_KEYS: Readonly<Record<string, keyof KeyState>> = {
	'1': 'home',
	'7': 'home',
	'4': 'end',
	'8': 'end',
	'3': 'delete',
	'5': 'pageUp',
	'6': 'pageDown',
};

/** xterm's modifier parameter (1 + shift·1 + alt·2 + ctrl·4) as key flags. */
function modifiers(parameter: string | undefined): KeyState {
	const value = Number(parameter ?? '1') - 1;
	if (!(value > 0)) return {};
	return {
		...(value & 1 ? {shift: true} : {}),
		...(value & 2 ? {meta: true} : {}),
		...(value & 4 ? {ctrl: true} : {}),
	};
}

/** The key a complete escape sequence stands for, or undefined when it is not a key. */
function escapeSequence(sequence: string): KeyPress | undefined {
	const csi = /^\u001B\[([\d;]*)([A-Za-z~])$/.exec(sequence);
	if (csi) {
		const [, parameters = '', final = ''] = csi;
		const parts = parameters.split(';');
		if (final === '~') {
			const name = TILDE_KEYS[parts[0] ?? ''];
			return name ? ['', {[name]: true, ...modifiers(parts[1])}] : undefined;
		}
		if (final === 'Z') return ['', {tab: true, shift: true}];
		const name = LETTER_KEYS[final];
		return name ? ['', {[name]: true, ...modifiers(parts[1])}] : undefined;
	}
	const ss3 = /^\u001BO([A-Za-z])$/.exec(sequence);
	if (ss3) {
		const name = LETTER_KEYS[ss3[1]!];
		return name ? ['', {[name]: true}] : undefined;
	}
	return undefined;
}

/** A single character as a key press: controls as their keys, anything else as typed text. */
function character(char: string, meta: boolean): KeyPress {
	const alt = meta ? {meta: true} : {};
	switch (char) {
		case '\r':
			return ['', {return: true, ...alt}];
		case '\t':
			return ['', {tab: true, ...alt}];
		case '\u007F':
			// Ink names the DEL that most terminals send for Backspace `delete`.
			return ['', {delete: true, ...alt}];
		case '\b':
			return ['', {backspace: true, ...alt}];
		case ESC:
			return ['', {escape: true, meta: true}];
		default:
			break;
	}
	const code = char.codePointAt(0)!;
	// Ctrl+A … Ctrl+Z arrive as 1 … 26: reported as the letter with ctrl.
	if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), {ctrl: true, ...alt}];
	if (code < 32) return ['', {ctrl: true, ...alt}];
	return [char, {...alt, ...(/^[A-Z]$/.test(char) ? {shift: true} : {})}];
}

/**
 * Splits the terminal's input into key presses. An escape at the end of a chunk may begin a sequence
 * whose rest is still on its way: it is held until the next chunk, or until `flush()`.
 */
export class KeyDecoder {
	private pending = '';
	private readonly onMouse: ((event: MouseEvent) => void) | undefined;

	/** `onMouse` is told of mouse reports (which are never keys); without it they are dropped like other reports. */
	constructor(onMouse?: (event: MouseEvent) => void) {
		this.onMouse = onMouse;
	}

	/** The key presses in a chunk of input (with whatever was held from the chunk before). */
	push(chunk: string): KeyPress[] {
		const text = this.pending + chunk;
		this.pending = '';
		const presses: KeyPress[] = [];
		let index = 0;
		while (index < text.length) {
			const char = text[index]!;
			if (char !== ESC) {
				const point = String.fromCodePoint(text.codePointAt(index)!);
				presses.push(character(point, false));
				index += point.length;
				continue;
			}
			const next = text[index + 1];
			if (next === undefined) {
				this.pending = ESC;
				break;
			}
			if (next === '[' || next === 'O') {
				// A CSI or SS3 sequence runs to its final byte (0x40–0x7E); parameters are 0x20–0x3F.
				let end = index + 2;
				if (next === '[') while (end < text.length && /[\u0020-\u003F]/.test(text[end]!)) end++;
				if (end >= text.length) {
					this.pending = text.slice(index);
					break;
				}
				const sequence = text.slice(index, end + 1);
				const press = escapeSequence(sequence);
				if (press) presses.push(press);
				else if (this.onMouse) {
					const event = mouseReport(sequence);
					if (event) this.onMouse(event);
				}
				index = end + 1;
				continue;
			}
			if (next === ESC) {
				presses.push(character(ESC, false));
				index += 1;
				continue;
			}
			// Alt (Meta) with a key: ESC followed by it.
			const point = String.fromCodePoint(text.codePointAt(index + 1)!);
			presses.push(character(point, true));
			index += 1 + point.length;
		}
		return presses;
	}

	/** Whether an escape is held, waiting to see whether a sequence follows. */
	get holding(): boolean {
		return this.pending !== '';
	}

	/** What is held, as the keys it is on its own: a lone Esc (or an unfinished sequence, dropped). */
	flush(): KeyPress[] {
		const held = this.pending;
		this.pending = '';
		return held === ESC ? [character(ESC, false)] : [];
	}
}
