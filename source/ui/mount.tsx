import {render} from 'ink';
import type {Session} from '../app/session.js';
import {App} from './app.js';

/** Starts Ink drawing a session; `done` resolves when it has ended, `stop` unmounts it (for signals). */
export function mount(
	session: Session,
	where: {readonly stdout?: NodeJS.WriteStream; readonly debug?: boolean} = {},
): {done: Promise<unknown>; stop: () => void} {
	const instance = render(
		<App session={session} />,
		// Ink throttles renders to maxFps (default 30): a key within 34 ms of the previous frame waits for
		// the end of that window. At 60 the second of two keys 10 ms apart is drawn after 31 ms, not 54
		// (npm run bench, "2nd of 2 keys"); a lone key is drawn at once either way.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60, ...where},
	);
	return {done: instance.waitUntilExit(), stop: () => instance.unmount()};
}
