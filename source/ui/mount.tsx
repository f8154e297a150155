import {render, useStdout} from 'ink';
import {useEffect} from 'react';
import type {Session} from '../app/session.js';
import {App} from './app.js';

/**
 * Starts Ink drawing a session; `done` resolves when it has ended, `stop` unmounts it (for signals),
 * `redraw` draws its whole frame again from where the cursor is (after a stop and continue, the
 * alternate screen comes back empty).
 */
export function mount(
	session: Session,
	where: {readonly stdout?: NodeJS.WriteStream; readonly debug?: boolean} = {},
): {done: Promise<unknown>; stop: () => void; redraw: () => void} {
	let redraw = () => {};
	const instance = render(
		<>
			<App session={session} />
			<Redraw
				ready={write => {
					redraw = write;
				}}
			/>
		</>,
		// Ink throttles renders to maxFps (default 30): a key within 34 ms of the previous frame waits for
		// the end of that window. At 60 the second of two keys 10 ms apart is drawn after 31 ms, not 54
		// (npm run bench, "2nd of 2 keys"); a lone key is drawn at once either way.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60, ...where},
	);
	return {done: instance.waitUntilExit(), stop: () => instance.unmount(), redraw: () => redraw()};
}

/** Ink's own way to write around its frame, with nothing to write: it forgets what it drew and draws it all again. */
function Redraw({ready}: {readonly ready: (redraw: () => void) => void}) {
	const {write} = useStdout();
	useEffect(() => ready(() => write('')), [ready, write]);
	return null;
}
