// esbuild plugins that take work out of the bundle's start-up and key presses, each measured with
// `npm run bench` (figures in the commit that added it). Each one checks that what it changes is
// still there, and fails the build otherwise, so a dependency update cannot make it silently stop applying.
import {readFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {pathToFileURL} from 'node:url';

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

// Characters that take one terminal cell each and never join a neighbour into one grapheme cluster:
// printable ASCII and Latin-1 (not the soft hyphen), Latin Extended, IPA and spacing modifiers, Greek
// and Cyrillic letters (not their combining marks), general punctuation (dashes, curly quotes, bullets,
// …; not the zero-width and bidi controls), arrows, ≈, box drawing, block elements, and ✓ ✗. Checked against
// string-width for each character at build time; that no two of them form one cluster was checked
// once over all pairs with Intl.Segmenter.
const NARROW = String.raw`^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2248\u2500-\u259f\u2713\u2717]*$`;

/**
 * string-width measures every line Ink draws (several times a frame) and every line the views fit.
 * Its exact path runs Intl.Segmenter and Unicode-property regexes for each grapheme, and its own fast
 * path covers only pure ASCII, which the dashboard's lines never are (scrollbars, curly quotes, ·, …).
 * This wraps each string-width in the bundle: text made only of NARROW characters (after removing
 * escape sequences, as string-width does) is as wide as it is long; anything else goes to string-width.
 */
export const stringWidthNarrow = {
	name: 'string-width-narrow',
	setup(build) {
		// string-width 7 (inside Ink's own wrap-ansi) counts some of these, such as ©, as two cells: only
		// copies that agree on every NARROW character are wrapped; the build fails if none is.
		const agrees = new Map();
		build.onResolve({filter: /^string-width$/}, async args => {
			if (args.pluginData?.unwrapped) return undefined;
			const real = await build.resolve('string-width', {
				resolveDir: args.resolveDir,
				kind: args.kind,
				pluginData: {unwrapped: true},
			});
			if (real.errors.length > 0) return {errors: real.errors};
			if (!agrees.has(real.path)) agrees.set(real.path, await narrowAgrees(real.path));
			return agrees.get(real.path) ? {path: real.path, namespace: 'string-width-narrow'} : {path: real.path};
		});
		build.onLoad({filter: /.*/, namespace: 'string-width-narrow'}, async ({path}) => {
			const directory = dirname(path);
			const stripAnsi = await build.resolve('strip-ansi', {resolveDir: directory, kind: 'import-statement'});
			if (stripAnsi.errors.length > 0) return {errors: stripAnsi.errors};
			return {
				resolveDir: directory,
				contents: `import stringWidth from ${JSON.stringify(path)};
import stripAnsi from ${JSON.stringify(stripAnsi.path)};
const NARROW = /${NARROW}/;
export default function width(text, options) {
	if (typeof text !== 'string' || options?.ambiguousIsNarrow === false) return stringWidth(text, options);
	const plain = !options?.countAnsiEscapeCodes && (text.includes('\\u001B') || text.includes('\\u009B')) ? stripAnsi(text) : text;
	return NARROW.test(plain) ? plain.length : stringWidth(text, options);
}
`,
			};
		});
		build.onEnd(result => {
			if (result.errors.length === 0 && ![...agrees.values()].includes(true))
				result.errors.push({
					text: 'string-width-narrow: no string-width in the bundle agrees with NARROW; check scripts/build-plugins.mjs',
				});
		});
	},
};

/** Whether the string-width at `path` gives every NARROW character a width of 1. */
async function narrowAgrees(path) {
	const {default: stringWidth} = await import(pathToFileURL(path).href);
	const narrow = new RegExp(NARROW);
	for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
		const character = String.fromCodePoint(codePoint);
		if (narrow.test(character) && stringWidth(character) !== 1) return false;
	}
	return true;
}

/**
 * Ink turns each line of each frame into an array of styled characters (tokenizing its escape
 * sequences) and measures each character, with caches that last one frame: a new Output, with new
 * caches, is made for every render. From one frame to the next most lines are the same (the header,
 * the tabs, most of a list), so this keeps the caches across frames, cleared whenever they grow past
 * a few frames' worth. Ink only reads what they hold, so sharing them changes no output.
 */
export const inkOutputCaches = {
	name: 'ink-output-caches',
	setup(build) {
		build.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const classStart = 'export default class Output {';
			const perRender = 'caches = new OutputCaches();';
			if (!source.includes(classStart) || !source.includes(perRender))
				throw new Error(`${path}: Ink's Output no longer makes "${perRender}"; check the ink-output-caches plugin`);
			const shared = `const sharedCaches = new OutputCaches();
function keptCaches() {
	if (sharedCaches.styledChars.size > 512 || sharedCaches.widths.size > 4096) {
		sharedCaches.styledChars.clear();
		sharedCaches.widths.clear();
		sharedCaches.blockWidths.clear();
	}
	return sharedCaches;
}
`;
			return {
				contents: source.replace(classStart, shared + classStart).replace(perRender, 'caches = keptCaches();'),
				loader: 'js',
			};
		});
	},
};

/**
 * Made when their module loads, two objects cost a fifth of the dashboard's start-up: the first
 * Intl.Segmenter (ICU's break-iterator data, ~8 ms) and string-width's /^\p{RGI_Emoji}$/v (~12 ms to
 * compile). Most frames never need either: text made of one-cell characters is measured without them
 * (string-width-narrow above, and wrap-ansi's and string-width's own ASCII paths). This makes each one
 * when it is first used. Every replacement is checked, so a dependency update that changes the line
 * fails the build instead of silently undoing it.
 */
const LAZY = [
	{
		file: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
		replace: [
			['const segmenter = new Intl.Segmenter();', lazySegmenter('segmenter', '')],
			[
				'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
				"let rgiEmojiCompiled;\nconst rgiEmojiRegex = {test: text => (rgiEmojiCompiled ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text)};",
			],
		],
	},
	{
		file: /[\\/]node_modules[\\/]wrap-ansi[\\/]index\.js$/,
		replace: [['const segmenter = new Intl.Segmenter();', lazySegmenter('segmenter', '')]],
	},
	{
		file: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
		replace: [
			[
				'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
				lazySegmenter('segmenter', "undefined, {granularity: 'grapheme'}"),
			],
		],
	},
	{
		file: /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
		replace: [
			[
				"const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
				lazySegmenter('GRAPHEME_SEGMENTER', "undefined, {granularity: 'grapheme'}"),
			],
		],
	},
];

/** A stand-in for `const NAME = new Intl.Segmenter(ARGS)` that makes the segmenter at its first `segment()`. */
function lazySegmenter(name, args) {
	return `let ${name}Made;\nconst ${name} = {segment: text => (${name}Made ??= new Intl.Segmenter(${args})).segment(text)};`;
}

export const lazyStartupCosts = {
	name: 'lazy-startup-costs',
	setup(build) {
		// Several copies of a package may be bundled (Ink has its own string-width): each is patched
		// where it has the line, and the build fails if some line was found in no copy at all.
		const applied = new Set();
		for (const {file, replace} of LAZY)
			build.onLoad({filter: file}, async ({path}) => {
				let source = await readFile(path, 'utf8');
				for (const [from, to] of replace) {
					if (!source.includes(from)) continue;
					source = source.replace(from, () => to);
					applied.add(from);
				}
				return {contents: source, loader: 'js'};
			});
		build.onEnd(result => {
			if (result.errors.length > 0) return;
			for (const {replace} of LAZY)
				for (const [from] of replace)
					if (!applied.has(from))
						result.errors.push({text: `lazy-startup-costs: no bundled file has "${from}"; check the plugin`});
		});
	},
};
