// Rendering the dashboard with ink-testing-library (its stdout is 100 columns wide, so narrower
// layouts are set with Dashboard's `size`), waiting for frames rather than for time.

import {render} from 'ink-testing-library';
import {expect, vi} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import type {Briefing} from '../../source/model/schema.js';
import {App, type OwnSessionProps} from '../../source/ui/app.js';
import {createTheme, type Theme} from '../../source/view/theme.js';

export const NATO: Briefing = (() => {
	const result = loadBriefingFile(new URL('../../data/nato-russia-council-2022.json', import.meta.url).pathname);
	if (!result.ok) throw new Error('the bundled briefing does not load');
	return result.briefing;
})();

/** Plain text: no escape codes at all, so frames can be compared as text. */
export const PLAIN: Theme = createTheme({level: 0, color: false});

/** The escape sequences of arrow and other keys, as a terminal sends them. */
export const KEY = {
	right: '\u001B[C',
	left: '\u001B[D',
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
};

export type Rendered = ReturnType<typeof render> & {
	/** The last frame, once it shows `text` (or satisfies `check`). */
	frame(check: string | ((frame: string) => void)): Promise<string>;
	/** Writes keys one at a time, each once the dashboard listens. */
	press(...keys: string[]): void;
};

/** Renders the dashboard and waits for its first frame and for it to listen to keys. */
export async function renderDashboard(
	props: Partial<OwnSessionProps> & {size: OwnSessionProps['size']},
): Promise<Rendered> {
	const instance = render(<App briefing={NATO} theme={PLAIN} styled={false} {...props} />);
	// Ink starts reading keys in an effect after the first frame: a key written before is lost.
	await vi.waitFor(() => {
		expect(instance.lastFrame()).toBeTruthy();
		expect(instance.stdin.listenerCount('readable')).toBeGreaterThan(0);
	});
	return {
		...instance,
		async frame(check) {
			let frame = '';
			await vi.waitFor(() => {
				frame = instance.lastFrame() ?? '';
				if (typeof check === 'string') expect(frame).toContain(check);
				else check(frame);
			});
			return frame;
		},
		press(...keys) {
			for (const key of keys) instance.stdin.write(key);
		},
	};
}
