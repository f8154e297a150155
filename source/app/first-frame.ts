import type {Theme} from '../view/theme.js';
import type {Size} from './session.js';
import {type Opening, Session} from './session.js';
import {shownLines} from './terminal-screen.js';

export type {Opening} from './session.js';

/**
 * The lines of the first frame the app will show: the dashboard (or the picker) as it opens, or the
 * too-small message. Computed without Ink, from the same views the components draw.
 * A preview's first frame is the Summary pane, which shows nothing of what a preview leaves out.
 */
export function firstFrameLines(opening: Opening, theme: Theme, styled: boolean, size: Size): string[] {
	return shownLines(new Session(opening, {theme, styled, size}).shown(), theme);
}
