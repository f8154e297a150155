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
			session.press('?');
			await session.waitFor('Press ? or Esc to close help.');
			session.press('?');
			const again = await session.waitFor(shown => footerShown(shown) && !shown.some(line => line.includes('close help')));
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
