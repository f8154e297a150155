// Issue 14, item 1: in a terminal one or two columns wide the Positions pane computed a column of -2 cells and
// String.repeat threw, after the first frame was drawn. Nothing that depends on the terminal's size may throw: every
// view, at any size, in any state the keys can reach, gives lines; below the minimum size the frame is the too-small
// message.

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {firstFrameLines} from '../../source/app/first-frame.js';
import {Library, listLibrary} from '../../source/model/library.js';
import {type NavState, navigate, startState} from '../../source/navigation/dashboard.js';
import {BINDINGS, type Command} from '../../source/navigation/keymap.js';
import {initialPickerState, navigatePicker, type PickerState} from '../../source/navigation/picker.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {frameLines, tooSmallLines} from '../../source/view/frame-text.js';
import {createFrameViews} from '../../source/view/frame-view.js';
import {computeLayout} from '../../source/view/layout.js';
import {createPickerViews} from '../../source/view/picker-view.js';
import {paragraphLines} from '../../source/view/quotes-view.js';
import {cells} from '../../source/view/text.js';
import {DATA} from '../helpers.js';
import {NATO, PLAIN} from '../ui/render.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_240_214);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);

const model = buildDashboardModel(NATO, PLAIN);
const listed = listLibrary(DATA);
if (!listed.ok) throw new Error('the bundled data is not listed');
const library = new Library(DATA, listed.files);

const COMMANDS: readonly Command[] = BINDINGS.map(binding => binding.command).filter(command => command !== 'quit');
const TINY = [
	[1, 1],
	[2, 2],
	[1, 30],
	[2, 40],
] as const;

/** Every state a walk of `commands` passes through in the dashboard at this size, each drawn in full. */
function walkDashboard(columns: number, rows: number, commands: readonly Command[]): string[][] {
	const views = createFrameViews(model, computeLayout(columns, rows), false);
	const frames: string[][] = [];
	let state: NavState = startState(model);
	for (const command of ['none' as const, ...commands]) {
		if (command !== 'none') state = navigate(state, command, views.limits(state));
		frames.push(frameLines(views.frame(state), PLAIN));
	}
	views.warm(state); // the panes not shown, as the dashboard prepares them while nobody types
	return frames;
}

function walkPicker(columns: number, rows: number, commands: readonly Command[]): string[][] {
	const views = createPickerViews(library, computeLayout(columns, rows), PLAIN);
	const frames: string[][] = [];
	let state: PickerState = initialPickerState;
	for (const command of ['none' as const, ...commands]) {
		if (command !== 'none') state = navigatePicker(state, command, views.limits(state));
		frames.push(frameLines(views.frame(state), PLAIN));
	}
	return frames;
}

/** Into every pane, the help, a quote's paragraph and a topic's quotes. */
const TOUR: Command[] = [
	'help',
	'help',
	'pane2',
	'open',
	'down',
	'open',
	'pageDown',
	'back',
	'back',
	'pane3',
	'down',
	'open',
	'pageDown',
	'last',
	'pane1',
	'pageDown',
];

describe('views at any terminal size', () => {
	it.each(TINY)('at %ix%i every pane, the help, a paragraph and the picker are drawn without throwing', (c, r) => {
		expect(() => walkDashboard(c, r, TOUR)).not.toThrow();
		expect(() => walkPicker(c, r, ['down', 'help', 'pageDown', 'help', 'last'])).not.toThrow();
	});

	it.each(TINY)('at %ix%i the first frame is the too-small message, within the terminal', (columns, rows) => {
		const size = {columns, rows};
		for (const opening of [
			{briefing: NATO},
			{briefing: NATO, initial: {pane: 'quotes' as const}},
			{briefing: NATO, initial: {pane: 'positions' as const}},
			{library},
		]) {
			const lines = firstFrameLines(opening, PLAIN, false, size);
			expect(lines).toEqual(tooSmallLines(computeLayout(columns, rows)));
			expect(lines.length).toBeLessThan(Math.max(2, rows));
			for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(columns);
		}
	});

	it('a paragraph that wraps to more lines than a function call takes arguments is drawn', () => {
		const paragraph = 'w '.repeat(200_000).trim();
		const huge = {...NATO, paragraphs: NATO.paragraphs.map((text, index) => (index === 0 ? paragraph : text))};
		const hugeModel = buildDashboardModel(huge, PLAIN);
		const entry = hugeModel.speakers[0]!;
		const lines = paragraphLines(hugeModel, entry, {...entry.quotes[0]!, paragraph: 0}, 2);
		expect(lines.filter(line => line === 'w')).toHaveLength(200_000);
	});

	it('never throws, at random sizes and after random keys, and the frames of a big-enough terminal fit it', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 0, max: 260}),
				fc.integer({min: 0, max: 90}),
				fc.array(fc.constantFrom(...COMMANDS), {maxLength: 12}),
				(columns, rows, commands) => {
					const layout = computeLayout(columns, rows);
					for (const frames of [walkDashboard(columns, rows, commands), walkPicker(columns, rows, commands)]) {
						if (layout.tooSmall) continue;
						for (const lines of frames) {
							expect(lines.length).toBeLessThanOrEqual(layout.height);
							for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(layout.columns);
						}
					}
				},
			),
			{seed: SEED, numRuns: RUNS},
		);
	});
});
