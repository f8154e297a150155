// The first frame is drawn before Ink loads (commands/open.tsx), and Ink then draws its own over it:
// the two must be the same, line for line, or the screen would change under the user at start-up.

import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {Library, listLibrary} from '../../source/model/library.js';
import {App} from '../../source/ui/app.js';
import {firstFrameLines, type Opening} from '../../source/ui/first-frame.js';
import {DATA} from '../helpers.js';
import {NATO, PLAIN} from './render.js';

afterEach(cleanup);

const listed = listLibrary(DATA);
if (!listed.ok) throw new Error('bundled data not listed');
const library = new Library(DATA, listed.files);

const openings: Array<[string, Opening]> = [
	['the Summary pane', {briefing: NATO}],
	['the Quotes pane', {briefing: NATO, initial: {pane: 'quotes'}}],
	['the Quotes pane on a speaker', {briefing: NATO, initial: {pane: 'quotes', speakerId: 'grushko'}}],
	['the Positions pane', {briefing: NATO, initial: {pane: 'positions'}}],
	['the story picker', {library}],
];

describe.each([
	[100, 30],
	[100, 20],
	[60, 20],
	[40, 10],
	[30, 8],
])('at %ix%i', (columns, rows) => {
	it.each(openings)('the first frame drawn without Ink is the frame Ink draws: %s', async (_name, opening) => {
		const size = {columns, rows};
		const {lastFrame} = render(<App {...opening} theme={PLAIN} styled={false} size={size} {...('briefing' in opening ? {initial: opening.initial ?? {}} : {})} />);
		await vi.waitFor(() => expect(lastFrame()).toBeTruthy());
		const ink = lastFrame()!.split('\n').map(line => line.trimEnd());
		expect(firstFrameLines(opening, PLAIN, false, size)).toEqual(ink);
	});
});
