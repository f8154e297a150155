// esbuild plugins that take work out of the bundle's start-up and key presses, each measured with
// `npm run bench` (figures in the commit that added it). Each one checks that what it changes is
// still there, and fails the build otherwise, so a dependency update cannot make it silently stop applying.
import {readFile} from 'node:fs/promises';

/**
 * yoga-layout (Ink's layout engine) inlines its WebAssembly as a data: URL, and its Emscripten loader
 * fetch()es that URL whenever a global fetch exists, as in Node 18+. The first fetch() loads Node's
 * fetch implementation (undici) just to decode base64. Without fetch the loader decodes it itself.
 */
export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const patched = source.replaceAll('typeof fetch', 'typeof undefined');
			if (patched === source) throw new Error(`${path}: no "typeof fetch" to patch; check yoga-layout's loader`);
			return {contents: patched, loader: 'js'};
		});
	},
};
