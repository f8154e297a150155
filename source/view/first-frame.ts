import type {Library} from '../model/library.js';
import type {Briefing} from '../model/schema.js';
import {type StartAt, startState} from '../navigation/dashboard.js';
import {initialPickerState} from '../navigation/picker.js';
import {buildDashboardModel, type StorySize} from './dashboard-model.js';
import {frameLines, tooSmallLines} from './frame-text.js';
import {createFrameViews} from './frame-view.js';
import {computeLayout} from './layout.js';
import {createPickerViews} from './picker-view.js';
import type {Theme} from './theme.js';

export type Opening =
	| {readonly briefing: Briefing; readonly initial?: StartAt; readonly storySize?: StorySize}
	| {readonly library: Library; readonly hint?: string};

/**
 * The lines of the first frame the app will show: the dashboard (or the picker) as it opens, or the
 * too-small message. Computed without Ink, from the same views the components draw.
 * A preview's first frame is the Summary pane, which shows nothing of what a preview leaves out.
 */
export function firstFrameLines(
	opening: Opening,
	theme: Theme,
	styled: boolean,
	size: {columns: number; rows: number},
): string[] {
	const layout = computeLayout(size.columns, size.rows);
	if (layout.tooSmall) return tooSmallLines(layout);
	let lines: string[];
	if ('library' in opening)
		lines = frameLines(
			createPickerViews(opening.library, layout, theme, opening.hint).frame(initialPickerState),
			theme,
		);
	else {
		// A preview (a large briefing not yet checked in full) has no speakers or quotes yet, only their number.
		const built = buildDashboardModel(opening.briefing, theme);
		const model = opening.storySize ? {...built, size: opening.storySize} : built;
		lines = frameLines(createFrameViews(model, layout, styled).frame(startState(model, opening.initial)), theme);
	}
	// Ink leaves out the spaces at the end of a line; so does this, so that the frame it draws over this
	// one is the same cell for cell.
	return lines.map(line => line.replace(/ +$/, ''));
}
