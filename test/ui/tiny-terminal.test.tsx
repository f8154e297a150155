// Issue 14, item 1: `briefing STORY` in a 1x1, 2x2, 1x30 or 2x40 terminal drew its first frame, then threw
// (RangeError: Invalid count value: -2) while preparing the Positions pane. The app at those sizes shows the
// too-small message, and keys that would open the help, a paragraph or a topic's quotes change nothing on screen.

import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {Library, listLibrary} from '../../source/model/library.js';
import {App, type AppProps} from '../../source/ui/app.js';
import {tooSmallLines} from '../../source/view/frame-text.js';
import {DATA} from '../helpers.js';
import {KEY, NATO, PLAIN} from './render.js';

afterEach(cleanup);

const listed = listLibrary(DATA);
if (!listed.ok) throw new Error('the bundled data is not listed');
const library = new Library(DATA, listed.files);

const openings: Array<[string, Partial<AppProps>]> = [
	['the Summary pane', {briefing: NATO, initial: {}}],
	['the Quotes pane', {briefing: NATO, initial: {pane: 'quotes'}}],
	['the Positions pane', {briefing: NATO, initial: {pane: 'positions'}}],
	['the story picker', {library}],
];

/** Help, every pane, a quote's paragraph, a topic's quotes; in the picker, a story opened. */
const KEYS = ['?', '?', '2', KEY.enter, KEY.down, KEY.enter, ' ', '3', KEY.down, KEY.enter, 'G', '1', ' ', KEY.escape];

const settle = () => new Promise(resolve => setTimeout(resolve, 15));

describe.each([
	[1, 1],
	[2, 2],
	[1, 30],
	[2, 40],
])('in a %ix%i terminal', (columns, rows) => {
	it.each(openings)('%s shows that the terminal is too small, whatever keys are pressed', async (_name, opening) => {
		const size = {columns, rows};
		const expected = tooSmallLines(size).join('\n');
		const {lastFrame, stdin} = render(<App {...(opening as AppProps)} theme={PLAIN} styled={false} size={size} />);
		await vi.waitFor(() => expect(lastFrame()).toBe(expected));
		await settle(); // the dashboard prepares the other panes just after its first frame
		for (const key of KEYS) {
			stdin.write(key);
			await settle();
			expect(lastFrame()).toBe(expected);
		}
	});
});
