import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from './paths.js';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

function newestUnder(folder: string): number {
	let newest = 0;
	for (const entry of readdirSync(folder, {withFileTypes: true})) {
		const full = path.join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** Fails loudly, rather than testing yesterday's bundle, when dist/cli.js is missing or older than source/. */
export function assertBuilt(): void {
	let built: number;
	try {
		built = statSync(CLI).mtimeMs;
	} catch {
		throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
	}
	if (built < newestUnder(path.join(ROOT, 'source')))
		throw new Error('dist/cli.js is older than source/: run `npm run build` (npm test does it first)');
}

export type CliRun = {status: number | null; stdout: string; stderr: string};

/** Runs the built CLI as a user would, with standard input a pipe (not a terminal), and waits for it. */
export function runCli(args: readonly string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): CliRun {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NO_COLOR: '1',
		// Never the user's own library (~/.local/share/briefing): a folder that is not there, unless a test names one.
		XDG_DATA_HOME: '/nonexistent/briefing-tests',
		...options.env,
	};
	if (!options.env?.['BRIEFING_DATA']) delete env['BRIEFING_DATA'];
	delete env['BRIEFING_DEBUG'];
	const run = spawnSync(process.execPath, [CLI, ...args], {
		cwd: options.cwd ?? ROOT,
		env,
		input: '',
		encoding: 'utf8',
		timeout: 20_000,
	});
	if (run.error) throw run.error;
	return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** The lines of an output, without the empty one after the last newline. */
export function lines(output: string): string[] {
	return output.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
}

/** What a stack trace leaves on stderr: "    at fn (file:1:2)" frames, or Node's internals. */
export const STACK_TRACE = /^\s+at .+|node:internal/m;
