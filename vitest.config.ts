import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// The end-to-end tests drive real terminals; give them room on a loaded 2-core machine.
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
