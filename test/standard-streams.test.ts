// Issue 14, item 3: a write error on standard output other than EPIPE (`>/dev/full`, a full disk) crashed with a
// screen of minified source and a stack trace; output to a closed standard output (`>&-`) vanished with exit 0.

import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, openSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DATA, NATO_FILE} from './helpers.js';
import {FIXTURES} from './paths.js';
import {assertBuilt, CLI, STACK_TRACE} from './run-cli.js';

beforeAll(assertBuilt);

const SEED = path.join(FIXTURES, 'seed', 'nato-russia-council.txt');
const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'};
delete env['BRIEFING_DEBUG'];

describe.skipIf(!existsSync('/dev/full'))('standard output on a full device', () => {
	let full: number;
	beforeAll(() => {
		full = openSync('/dev/full', 'w');
	});
	afterAll(() => closeSync(full));

	it.each([
		['print', ['print', NATO_FILE]],
		['print --format json', ['print', NATO_FILE, '-f', 'json']],
		['print DIR', ['print', DATA]],
		['validate', ['validate', DATA]],
		['the dashboard outside a terminal', [NATO_FILE]],
		['--help', ['--help']],
		['ingest to standard output', ['ingest', SEED]],
	])('%s: one line, "cannot write output: no space left on device", exit 1', (_name, args) => {
		const run = spawnSync(process.execPath, [CLI, ...args], {stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env});
		expect(run.stderr).toBe('briefing: cannot write output: no space left on device\n');
		expect(run.stderr).not.toMatch(STACK_TRACE);
		expect(run.status).toBe(1);
	});
});

describe.skipIf(!existsSync('/proc/self/fdinfo'))('a closed standard output (Linux)', () => {
	const closed = (args: string[]) =>
		spawnSync('sh', ['-c', '"$0" "$@" >&-', process.execPath, CLI, ...args], {encoding: 'utf8', env});

	it.each([
		['print', ['print', NATO_FILE]],
		['the text form of a story', [NATO_FILE]],
	])('%s says the output was lost and exits 1', (_name, args) => {
		const run = closed(args);
		expect(run.stderr).toBe('briefing: cannot write output: standard output is closed (nothing would be shown)\n');
		expect(run.status).toBe(1);
	});

	it('validate, whose answer is its exit status, may have its report thrown away by a program (stdio ignore)', () => {
		const run = spawnSync(process.execPath, [CLI, 'validate', NATO_FILE], {stdio: ['ignore', 'ignore', 'pipe'], env});
		expect(run.stderr.toString()).toBe('');
		expect(run.status).toBe(0);
	});

	it('a command that writes nothing there is not stopped', () => {
		const run = closed(['validate', 'no-such-file.json']);
		expect(run.stderr).toMatch(/^no-such-file\.json: no such file\n$/);
		expect(run.status).toBe(1);
	});

	it('output thrown away on purpose (>/dev/null) is not an error', () => {
		const run = spawnSync('sh', ['-c', '"$0" "$@" >/dev/null', process.execPath, CLI, 'print', NATO_FILE], {
			encoding: 'utf8',
			env,
		});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});
