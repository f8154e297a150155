import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {Library, listLibrary} from '../../source/model/library.js';
import {App} from '../../source/ui/app.js';
import {createTheme} from '../../source/view/theme.js';
import {DATA, NATO_FILE} from '../helpers.js';

const theme = createTheme({level: 0, color: false});
const ARROW_DOWN = '\u001B[B';
const ARROW_UP = '\u001B[A';
const ENTER = '\r';
const ESCAPE = '\u001B';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-picker-'));
copyFileSync(NATO_FILE, path.join(folder, 'b-nato.json'));
copyFileSync(path.join(DATA, 'g7-amazon-fires-2019.json'), path.join(folder, 'c-g7.json'));
writeFileSync(path.join(folder, 'a-broken.json'), '{"schemaVersion": 1, "id": "x"}');
afterAll(() => rmSync(folder, {recursive: true, force: true}));
afterEach(cleanup);

function library(): Library {
	const listed = listLibrary(folder);
	if (!listed.ok) throw new Error('not listed');
	return new Library(folder, listed.files);
}

/** Waits for the first frame and for Ink to listen to keys (a key written before is lost), then writes the keys. */
async function press(
	stdin: {write(data: string): void; listenerCount(event: string): number},
	lastFrame: () => string | undefined,
	...keys: string[]
) {
	await vi.waitFor(() => {
		expect(lastFrame()).toBeTruthy();
		expect(stdin.listenerCount('readable')).toBeGreaterThan(0);
	});
	for (const key of keys) stdin.write(key);
}

describe('the story picker', () => {
	it('lists every story with source, date, counts and sides, and a broken file with its error', async () => {
		const {lastFrame} = render(
			<App library={library()} theme={theme} styled={false} size={{columns: 100, rows: 24}} />,
		);
		await vi.waitFor(() => expect(lastFrame()).toContain('Stories · 3 in'));
		const frame = lastFrame()!;
		expect(frame).toContain('✗ broken a-broken.json');
		expect(frame).toMatch(/missing, expected a string: the headline/);
		expect(frame).toContain('NATO-Russia talks at impasse');
		expect(frame).toContain('Al Jazeera · 12 Jan 2022 · 8 speakers · 33 quotes · NATO and the US v Russia');
		expect(frame).toContain('World leaders call to address Amazon rainforest fires at G7');
		expect(frame).toContain('story 1 of 3');
	});

	it('refuses to open a broken story and says why', async () => {
		const {lastFrame, stdin} = render(
			<App library={library()} theme={theme} styled={false} size={{columns: 100, rows: 24}} />,
		);
		// Newest first: the broken file, which states no date, is last.
		await press(stdin, lastFrame, 'G', ENTER);
		await vi.waitFor(() => expect(lastFrame()).toContain('cannot open a-broken.json: `briefing validate '));
		expect(lastFrame()).toContain('Stories · 3 in');
	});

	it('opens a story with Enter and comes back with Esc, keeping the selection', async () => {
		const {lastFrame, stdin} = render(
			<App library={library()} theme={theme} styled={false} size={{columns: 100, rows: 24}} />,
		);
		await press(stdin, lastFrame, ARROW_DOWN, ENTER);
		await vi.waitFor(() => expect(lastFrame()).toContain('[1 Summary]'));
		expect(lastFrame()).toContain('World leaders call to address Amazon rainforest fires');
		await press(stdin, lastFrame, ESCAPE);
		await vi.waitFor(() => expect(lastFrame()).toContain('Stories · 3 in'));
		expect(lastFrame()).toContain('story 2 of 3');
		await press(stdin, lastFrame, ARROW_UP, ENTER);
		await vi.waitFor(() => expect(lastFrame()).toContain('NATO-Russia talks at impasse'));
		expect(lastFrame()).toContain('[1 Summary]');
	});

	it('goes back with Esc only from the top level of a story', async () => {
		const {lastFrame, stdin} = render(
			<App library={library()} theme={theme} styled={false} size={{columns: 100, rows: 24}} />,
		);
		await press(stdin, lastFrame, ARROW_DOWN, ENTER, '2', ENTER);
		await vi.waitFor(() => expect(lastFrame()).toContain('quote 1 of'));
		await press(stdin, lastFrame, ESCAPE);
		await vi.waitFor(() => expect(lastFrame()).toContain('speaker 1 of'));
		await press(stdin, lastFrame, ESCAPE);
		await vi.waitFor(() => expect(lastFrame()).toContain('Stories · 3 in'));
	});

	it('acts on every key typed before the screen has caught up', async () => {
		const {lastFrame, stdin} = render(
			<App library={library()} theme={theme} styled={false} size={{columns: 100, rows: 24}} />,
		);
		await press(stdin, lastFrame);
		// Separate writes in one go, before React draws any of them: Enter opens the second story.
		for (const key of [ARROW_DOWN, ENTER]) stdin.write(key);
		await vi.waitFor(() => expect(lastFrame()).toContain('[1 Summary]'));
		expect(lastFrame()).toContain('World leaders call to address Amazon rainforest fires');
		// Esc right after Enter closes the quote list it opened, not the story.
		for (const key of ['2', ENTER, ESCAPE]) stdin.write(key);
		await vi.waitFor(() => expect(lastFrame()).toContain('speaker 1 of'));
		expect(lastFrame()).not.toContain('Stories · 3 in');
	});
});
