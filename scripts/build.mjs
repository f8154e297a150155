// Bundles source/cli.tsx into dist/ with esbuild: one minified ESM entry plus lazily loaded chunks.
// A bundle starts in well under half the time of the unbundled sources (fewer files to resolve and parse).

import {readFileSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {inkOutputCaches, lazyStartupCosts, stringWidthNarrow, yogaWithoutFetch} from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const {version} = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
rmSync(`${root}/dist`, {recursive: true, force: true});

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'linked',
	logLevel: 'warning',
	jsx: 'automatic',
	// Prefer ESM builds: jsonc-parser's UMD main loads its parts with a dynamic require.
	mainFields: ['module', 'main'],
	// The version for the User-Agent of fetches (source/web/version.ts), without reading package.json at run time.
	define: {
		'process.env.NODE_ENV': '"production"',
		'process.env.DEV': '"false"',
		'process.env.BRIEFING_BUILT_VERSION': JSON.stringify(version),
	},
	// Ink imports react-devtools-core only when DEV is set; the stub keeps it out of the bundle.
	alias: {'react-devtools-core': './scripts/react-devtools-stub.js'},
	plugins: [yogaWithoutFetch, stringWidthNarrow, inkOutputCaches, lazyStartupCosts],
	banner: {
		// Bundled CommonJS dependencies call require(); give the ESM bundle one.
		// V8 doubles its young generation (to 2 x 16 MiB) when a program allocates fast, as Ink does on
		// every frame; a growth factor of 1 keeps it at its starting size. V8 reads this flag each time it
		// would grow the space, so setting it at run time takes effect. Peak RSS after a session
		// (npm run bench): bundled briefing ~97 -> ~80 MiB, large ~150 -> ~107 MiB; start-up, key
		// latency and `validate` throughput unchanged or faster (fewer pages touched).
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __briefingRequire} from 'node:module';const require=__briefingRequire(import.meta.url);",
			"import {setFlagsFromString as __briefingV8Flags} from 'node:v8';__briefingV8Flags('--semi-space-growth-factor=1');",
		].join('\n'),
	},
});
