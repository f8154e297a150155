// Mutation testing (npm run mutate): StrykerJS makes small changes to the sources (a flipped comparison, a
// dropped branch, an emptied string) and runs the tests that reach each one; a change no test notices is a
// rule no test specifies. Not part of CI: it takes minutes. Incremental: a rerun tests only the mutants whose
// code or tests changed since the last run (reports/stryker-incremental.json, git-ignored).
//
// One file while working:  npm run mutate -- --mutate source/navigation/dashboard.ts
// Equivalent mutants (a change with no observable effect) are marked where they are, with
// `// Stryker disable next-line <mutator>: why`, so the reason sits beside the code.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	// Only the tests that run the sources in-process (not those of the built bundle or of real terminals).
	vitest: {configFile: 'vitest.mutate.config.ts', related: true},
	coverageAnalysis: 'perTest',
	mutate: [
		'source/model/**/*.ts',
		'source/navigation/**/*.ts',
		'source/view/**/*.ts',
		// Ingest's stages that find quotations, speech cues and speakers: the files of today and the stage
		// folders they are moving into.
		'source/ingest/{quotes,reported,speakers,attribution,entities}.ts',
		'source/ingest/{quotes,cues,attribution,mentions,entities,coreference}/**/*.ts',
	],
	// A static mutant (in a module-level constant: the key table, the word lists) is reached by every test as the
	// module loads, so each would rerun the whole suite: they are left out, and counted as ignored.
	ignoreStatic: true,
	// No type checker runs (vitest strips the types): only the sources need their type checks turned off.
	disableTypeChecks: 'source/**/*.{ts,tsx}',
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	tempDirName: '.stryker-tmp',
	ignorePatterns: ['dist', 'coverage', 'bench/results', 'reports'],
	// Two cores, shared: one or two test runners.
	concurrency: 2,
	timeoutMS: 10_000,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: {fileName: 'reports/mutation/index.html'},
	jsonReporter: {fileName: 'reports/mutation/mutation.json'},
	clearTextReporter: {allowColor: false, logTests: false, reportTests: false, reportMutants: false},
	thresholds: {high: 80, low: 75, break: null},
};
