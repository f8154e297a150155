import {defineConfig} from 'vitest/config';

// The tests `npm run mutate` runs against each mutant: those that state what the sources do, in-process. Left
// out: the tests of the built bundle (dist/ is not rebuilt for a mutant, so they could never see one), of real
// terminals, the network and Ink components (slow, and the views they draw have pure tests of their own), and
// the properties (*.fuzz, key-count: they promise that nothing throws, not what a rule does, and take minutes).
export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		exclude: [
			'test/**/*.fuzz.test.ts',
			'test/e2e/**',
			'test/web/**',
			'test/ui/**',
			'test/scripts/**',
			'test/commands/**',
			'test/command-line.test.ts',
			'test/standard-streams.test.ts',
			'test/readme.test.ts',
			'test/ingest/command.test.ts',
			'test/model/file-names.test.ts',
			'test/model/fifo-swap.test.ts',
			'test/model/key-count.test.ts',
		],
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
