import {frameLines, tooSmallLines} from '../view/frame-text.js';
import type {Theme} from '../view/theme.js';
import type {Shown} from './session.js';

// Drawing a session's frames straight onto the terminal, for the moments before Ink has loaded: the
// lines are the ones Ink draws from the same views, so Ink can take over without a visible change.

const CURSOR_HOME = '\u001B[H';
const ERASE_TO_LINE_END = '\u001B[K';
const ERASE_BELOW = '\u001B[J';
/** Synchronized output (mode 2026): terminals that know it show the frame at once; others ignore it. */
const BEGIN_UPDATE = '\u001B[?2026h';
const END_UPDATE = '\u001B[?2026l';

/** The lines of what is shown, as Ink draws them: without the spaces at the end of each line. */
export function shownLines(shown: Shown, theme: Theme): string[] {
	const lines = shown.kind === 'tooSmall' ? tooSmallLines(shown.size) : frameLines(shown.view, theme);
	return lines.map(line => line.replace(/ +$/, ''));
}

const CLEAR_SCREEN = '\u001B[2J';

/**
 * The bytes that draw `lines` over the whole screen from its top-left corner, and leave the cursor
 * there: where Ink, which writes from wherever the cursor is, starts its first frame. After a resize
 * the screen is cleared first: a terminal may keep what was drawn beyond a narrower width, and show
 * it again when it widens.
 */
export function screenBytes(lines: readonly string[], clear = false): string {
	const body = lines.join(`${ERASE_TO_LINE_END}\n`);
	return `${BEGIN_UPDATE}${clear ? CLEAR_SCREEN : ''}${CURSOR_HOME}${body}${ERASE_TO_LINE_END}${ERASE_BELOW}${CURSOR_HOME}${END_UPDATE}`;
}
