// Issue 14, item 6: `validate x.json` while x.json was replaced by a FIFO hung in 7 of 60 runs: the file was checked
// by name (a regular file), then read by name (by then the FIFO, which blocks until someone writes). Here the swap
// happens at the worst moment every time: a check by name still sees the regular file the path named before.

import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {readTextFile} from '../../source/model/text-file.js';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-fifo-swap-'));
const regular = path.join(folder, 'before-the-swap.json');
const swapped = path.join(folder, 'swapped.json');
writeFileSync(regular, '{"swapped": false}');

vi.mock('node:fs', async original => {
	const fs = await original<typeof import('node:fs')>();
	const statSync = ((file: Parameters<typeof fs.statSync>[0], ...rest: unknown[]) =>
		String(file).endsWith('swapped.json')
			? fs.statSync(String(file).replace('swapped.json', 'before-the-swap.json'))
			: (fs.statSync as (...args: unknown[]) => unknown)(file, ...rest)) as typeof fs.statSync;
	return {...fs, statSync, default: {...fs, statSync}};
});

let writer: ChildProcess | undefined;
afterAll(() => {
	writer?.kill('SIGKILL');
	rmSync(folder, {recursive: true, force: true});
});

const hasMkfifo = (() => {
	try {
		execFileSync('mkfifo', [path.join(folder, 'probe')]);
		return true;
	} catch {
		return false;
	}
})();

describe.skipIf(!hasMkfifo)('a file swapped for a FIFO between its check and its read', () => {
	it('is refused as not a regular file, not read (or waited on)', () => {
		execFileSync('mkfifo', [swapped]);
		// Someone who writes to the FIFO once it is open to read, so that a blocking read returns instead of hanging.
		writer = spawn('sh', ['-c', 'printf \'{"swapped": true}\' > "$0"', swapped], {stdio: 'ignore'});
		const read = readTextFile(swapped, {maxBytes: 1024, what: 'a JSON briefing'});
		expect(read).toEqual({
			ok: false,
			problem: {file: swapped, message: 'is not a regular file, expected a JSON briefing'},
		});
	});
});
