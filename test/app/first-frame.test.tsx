// The first frame is drawn before Ink loads (commands/open.tsx), and Ink then draws its own over it:
// the two must be the same, line for line, or the screen would change under the user at start-up.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {generateLargeBriefing} from '../../scripts/bench/generate.js';
import {firstFrameLines, type Opening} from '../../source/app/first-frame.js';
import {Library, listLibrary} from '../../source/model/library.js';
import {previewBriefingFile} from '../../source/model/load.js';
import {App} from '../../source/ui/app.js';
import {DATA} from '../helpers.js';
import {NATO, PLAIN} from '../ui/render.js';

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
		const {lastFrame} = render(
			<App
				{...opening}
				theme={PLAIN}
				styled={false}
				size={size}
				{...('briefing' in opening ? {initial: opening.initial ?? {}} : {})}
			/>,
		);
		await vi.waitFor(() => expect(lastFrame()).toBeTruthy());
		const ink = lastFrame()!
			.split('\n')
			.map(line => line.trimEnd());
		expect(firstFrameLines(opening, PLAIN, false, size)).toEqual(ink);
	});
});

describe('a large briefing, previewed', () => {
	// What open.tsx does with a large file: the first frame from the preview, then Ink's from the whole briefing.
	const folder = mkdtempSync(path.join(tmpdir(), 'briefing-first-frame-'));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));
	const file = path.join(folder, 'large.json');
	writeFileSync(
		file,
		JSON.stringify(generateLargeBriefing({quotes: 6000, speakers: 300, topics: 120, paragraphs: 1200})),
	);
	const preview = previewBriefingFile(file);
	if (!preview.ok) throw new Error('the large briefing does not load');
	const whole = preview.complete();
	if (!whole.ok) throw new Error('the large briefing does not load');

	it.each([
		[100, 30],
		[60, 20],
		[30, 8],
	])('at %ix%i the preview draws the frame Ink draws from the whole briefing', async (columns, rows) => {
		expect(preview.briefing.quotes).toEqual([]);
		const size = {columns, rows};
		const {lastFrame} = render(<App briefing={whole.briefing} initial={{}} theme={PLAIN} styled={false} size={size} />);
		await vi.waitFor(() => expect(lastFrame()).toBeTruthy());
		const ink = lastFrame()!
			.split('\n')
			.map(line => line.trimEnd());
		expect(firstFrameLines({briefing: preview.briefing, storySize: preview.size}, PLAIN, false, size)).toEqual(ink);
		if (columns >= 100) expect(ink.join('\n')).toContain('300 speakers · 6000 quotes · 120 topics');
	});
});
