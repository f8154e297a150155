import {render} from 'ink';
import {App, type AppProps} from './app.js';

/** Starts the Ink app; resolves when it has ended. `stop` unmounts it (for signals). */
export function mount(props: AppProps): {done: Promise<unknown>; stop: () => void} {
	const instance = render(
		<App {...props} />,
		// Ink throttles renders to maxFps (default 30): a key within 34 ms of the previous frame waits for
		// the end of that window. At 60 the second of two keys 10 ms apart is drawn after 31 ms, not 54
		// (npm run bench, "2nd of 2 keys"); a lone key is drawn at once either way.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	return {done: instance.waitUntilExit(), stop: () => instance.unmount()};
}
