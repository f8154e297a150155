// The first screen a person sees, started the way people start it: below earlier output (a shell
// prompt, `npm start`'s lines), not at the top of an empty terminal. The first frame must be the same,
// cell for cell, as the same screen drawn again later, with nothing of the earlier output left on it.

import {afterEach, describe, expect, test} from 'vitest';
import {frameText, type Screen, type Session, start, stopAll} from './pty.js';

afterEach(stopAll);

const SIZES = [
	[100, 30],
	[200, 60],
	[80, 24],
] as const;

const MARK = 'earlier-output';

/** A screenful of a shell's earlier output, long lines included, so the cursor starts low and far right. */
function earlierOutput(columns: number, rows: number): string[] {
	return Array.from({length: rows - 3}, (_, index) => `${MARK} ${index} ${'x'.repeat(columns - 30)}`);
}

const footerShown = (shown: Screen) => shown.some(line => line.includes('q quit'));

/** Waits for the first complete frame of a program started below a screenful of earlier output. */
async function startBelowOutput(args: string[], columns: number, rows: number): Promise<[Session, Screen]> {
	const session = await start(args, {columns, rows, earlierOutput: earlierOutput(columns, rows), ready: footerShown});
	return [session, await session.waitFor(footerShown)];
}

describe('the first screen, started below earlier output', () => {
	for (const [columns, rows] of SIZES) {
		test(`a story at ${columns}x${rows} is drawn exactly as when it is drawn again`, async () => {
			const [session, first] = await startBelowOutput(['data/nato-russia-council-2022.json'], columns, rows);
			expect(frameText(first)).not.toContain(MARK);
			// Help over the Summary and closed again: the Summary pane drawn a second time.
			const help = (shown: Screen) => shown.some(line => /^ Keys(\s|$)/.test(line));
			session.press('?');
			await session.waitFor(help);
			session.press('?');
			const again = await session.waitFor(shown => footerShown(shown) && !help(shown));
			expect(frameText(first)).toBe(frameText(again));
			expect(first[0]).toContain('NATO-Russia talks at impasse');
			expect(first.filter(line => line.includes('q quit'))).toHaveLength(1);
		});

		test(`the story picker at ${columns}x${rows} is drawn exactly as when it is drawn again`, async () => {
			const [session, first] = await startBelowOutput(['data'], columns, rows);
			expect(frameText(first)).not.toContain(MARK);
			session.press('j');
			await session.waitFor(/story 2 of/);
			session.press('k');
			const again = await session.waitFor(/story 1 of/);
			expect(frameText(first)).toBe(frameText(again));
			expect(first.filter(line => line.includes('q quit'))).toHaveLength(1);
		});
	}
});

describe('answering at once', () => {
	test('keys pressed as the first frame shows are answered at once, and Ink carries on from where they led', async () => {
		const session = await start(['data/nato-russia-council-2022.json'], {columns: 100, rows: 30, ready: footerShown});
		session.press('2', 'j');
		await session.waitFor('speaker 2 of 8');
		// Before Ink has loaded the program draws its frames itself, clearing each line's end (ESC[K).
		expect(session.raw()).toContain('\u001B[K');
		// Once nobody has typed for a moment Ink takes over, from the same place.
		await new Promise(resolve => setTimeout(resolve, 3000));
		const before = session.raw().length;
		session.press('j');
		const shown = await session.waitFor('speaker 3 of 8');
		expect(frameText(shown)).toContain('[2 Quotes]');
		expect(session.raw().slice(before)).not.toContain('\u001B[K');
		session.press('q');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
	});
});
