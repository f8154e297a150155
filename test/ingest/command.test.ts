import {execFile} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {promisify} from 'node:util';
import stringWidth from 'string-width';
import {beforeEach, describe, expect, it} from 'vitest';
import {manySentencesArticle} from '../../scripts/bench/pathological.js';
import {ARTICLE_TIME_LIMIT_MS, type IngestIo, MAX_ARTICLE_BYTES, runIngest} from '../../source/commands/ingest.js';
import {loadBriefingFile} from '../../source/model/load.js';
import {UserError} from '../../source/model/problems.js';

const SEED = path.resolve('test/fixtures/seed/nato-russia-council.txt');
const run = promisify(execFile);

type Captured = IngestIo & {out: string; err: string};

function io(stdin = '', tty = false): Captured {
	const captured = {out: '', err: ''} as Captured;
	return Object.assign(captured, {
		stdout: {write: (text: string) => (captured.out += text)},
		stderr: {write: (text: string) => (captured.err += text), isTTY: tty, columns: 80},
		stdin: Readable.from([Buffer.from(stdin)]),
	});
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error('expected a UserError');
}

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-ingest-'));
});

describe('briefing ingest FILE', () => {
	it('writes a valid draft briefing to stdout', async () => {
		const captured = io();
		expect(await runIngest({command: 'ingest', inputs: [SEED], force: false}, captured)).toBe(0);
		const briefing = JSON.parse(captured.out);
		expect(briefing.draft).toBe(true);
		expect(briefing.speakers.map((speaker: {name: string}) => speaker.name)).toContain('Jens Stoltenberg');
	});

	it('reads standard input with -', async () => {
		const captured = io('Ministers meet\n\n"We are ready," Foreign Minister Anna Berg said.\n');
		expect(await runIngest({command: 'ingest', inputs: ['-'], force: false}, captured)).toBe(0);
		expect(JSON.parse(captured.out).quotes[0].text).toBe('We are ready,');
	});

	it('writes -o atomically, refuses to overwrite, and overwrites with --force', async () => {
		const target = path.join(folder, 'draft.json');
		expect(await runIngest({command: 'ingest', inputs: [SEED], output: target, force: false}, io())).toBe(0);
		expect(loadBriefingFile(target).ok).toBe(true);
		writeFileSync(target, 'keep me');
		const refused = await failure(runIngest({command: 'ingest', inputs: [SEED], output: target, force: false}, io()));
		expect(refused.message).toMatch(/already exists \(use --force/);
		expect(readFileSync(target, 'utf8')).toBe('keep me');
		expect(await runIngest({command: 'ingest', inputs: [SEED], output: target, force: true}, io())).toBe(0);
		expect(loadBriefingFile(target).ok).toBe(true);
		expect(readdirSync(folder)).toEqual(['draft.json']); // no temporary file left behind
	});

	it('explains a missing output folder (exit 1)', async () => {
		const error = await failure(
			runIngest({command: 'ingest', inputs: [SEED], output: path.join(folder, 'nope', 'x.json'), force: false}, io()),
		);
		expect(error.exitCode).toBe(1);
		expect(error.message).toMatch(/no such folder/);
	});

	it('rejects empty, binary and oversized files with a message (exit 1)', async () => {
		const empty = path.join(folder, 'empty.txt');
		writeFileSync(empty, '');
		expect((await failure(runIngest({command: 'ingest', inputs: [empty], force: false}, io()))).message).toMatch(
			/is empty/,
		);
		const binary = path.join(folder, 'binary.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 9]));
		expect((await failure(runIngest({command: 'ingest', inputs: [binary], force: false}, io()))).message).toMatch(
			/binary|UTF/,
		);
		const huge = path.join(folder, 'huge.txt');
		writeFileSync(huge, 'a'.repeat(MAX_ARTICLE_BYTES + 1));
		const error = await failure(runIngest({command: 'ingest', inputs: [huge], force: false}, io()));
		expect(error.message).toMatch(/too large/);
		expect(error.exitCode).toBe(1);
	});

	it('gives up on an article past its time budget with a message naming it (exit 1)', async () => {
		const file = path.join(folder, 'slow.txt');
		writeFileSync(file, manySentencesArticle(100 * 1024));
		let clock = 0;
		const captured = Object.assign(io(), {clock: () => (clock += 100)});
		const error = await failure(runIngest({command: 'ingest', inputs: [file], force: false}, captured));
		expect(error.exitCode).toBe(1);
		expect(error.message).toBe(`${file}: gave up after 10 s (the article is too unusual to draft in time)`);
		expect(captured.out).toBe('');
	});

	it('gives a valid draft with a warning when there are no quotations', async () => {
		const captured = io('Weather\n\nIt rained all day in the capital, and the river rose by two metres.\n');
		expect(await runIngest({command: 'ingest', inputs: ['-'], force: false}, captured)).toBe(0);
		expect(captured.err).toMatch(/no quotations found/);
		expect(JSON.parse(captured.out).quotes).toEqual([]);
	});
});

describe('briefing ingest DIR -o OUTDIR', () => {
	it('drafts every *.txt, reports a bad file and goes on, and sums up', async () => {
		const articles = path.join(folder, 'articles');
		const out = path.join(folder, 'out');
		mkdirSync(articles);
		mkdirSync(out);
		writeFileSync(path.join(articles, 'a.txt'), readFileSync(SEED));
		writeFileSync(path.join(articles, 'b.txt'), '');
		writeFileSync(path.join(articles, 'c.txt'), 'Talks\n\n"Yes," she said.\n');
		writeFileSync(path.join(articles, 'notes.md'), 'ignored');
		const captured = io();
		expect(await runIngest({command: 'ingest', inputs: [articles], output: out, force: false}, captured)).toBe(1);
		expect(readdirSync(out).sort()).toEqual(['a.json', 'c.json']);
		expect(captured.err).toMatch(/b\.txt: is empty/);
		expect(captured.err).toMatch(/drafted 2 of 3 articles into .*; 1 failed \(above\)/);
		expect(captured.err).not.toMatch(/\u001b\[/); // no progress bar when not a terminal
	});

	it('gives up on an article past its time budget with a message naming it, and goes on with the next', async () => {
		const articles = path.join(folder, 'articles');
		const out = path.join(folder, 'out');
		mkdirSync(articles);
		mkdirSync(out);
		// Thousands of paragraphs: ingest checks its budget between them, and this clock moves 0.1 s each time.
		writeFileSync(path.join(articles, 'a-slow.txt'), manySentencesArticle(100 * 1024));
		writeFileSync(path.join(articles, 'b-fine.txt'), 'Talks\n\n"Yes," she said.\n');
		let clock = 0;
		const captured = Object.assign(io(), {clock: () => (clock += 100), timeLimitMs: ARTICLE_TIME_LIMIT_MS});
		expect(await runIngest({command: 'ingest', inputs: [articles], output: out, force: false}, captured)).toBe(1);
		expect(readdirSync(out)).toEqual(['b-fine.json']);
		expect(captured.err).toContain(
			`${path.join(articles, 'a-slow.txt')}: gave up after 10 s (the article is too unusual to draft in time)`,
		);
		expect(captured.err).toMatch(/drafted 1 of 2 articles/);
	});

	it('shows a progress bar on a terminal', async () => {
		const articles = path.join(folder, 'articles');
		const out = path.join(folder, 'out');
		mkdirSync(articles);
		mkdirSync(out);
		writeFileSync(path.join(articles, 'a.txt'), readFileSync(SEED));
		const captured = io('', true);
		expect(await runIngest({command: 'ingest', inputs: [articles], output: out, force: false}, captured)).toBe(0);
		expect(captured.err).toMatch(/\[#*\.*\] 0\/1 a\.txt/);
	});

	it('measures the progress line in terminal cells: wide names are cut, not wrapped or split', async () => {
		const articles = path.join(folder, 'articles');
		const out = path.join(folder, 'out');
		mkdirSync(articles);
		// 232 bytes: the draft's temporary name must not go over the file system's 255.
		const name = `${'北京記者会見'.repeat(12)}😀😀😀.txt`;
		writeFileSync(path.join(articles, name), readFileSync(SEED));
		const captured = io('', true);
		expect(await runIngest({command: 'ingest', inputs: [articles], output: out, force: false}, captured)).toBe(0);
		const drawn = captured.err.split(/\r\u001b\[2K/).filter(line => line.startsWith('['));
		expect(drawn.length).toBeGreaterThan(0);
		for (const line of drawn) expect(stringWidth(line)).toBeLessThanOrEqual(79);
		expect(captured.err).not.toContain('\ufffd');
	});

	it('says it is waiting when standard input is a terminal', async () => {
		const captured = io('Ministers meet\n\n"We are ready," Foreign Minister Anna Berg said.\n');
		Object.assign(captured.stdin, {isTTY: true});
		expect(await runIngest({command: 'ingest', inputs: ['-'], force: false}, captured)).toBe(0);
		expect(captured.err).toMatch(/^reading the article from standard input; end with Ctrl\+D\n/);
	});

	it('needs -o (usage, exit 2), and creates the output folder when it is missing (issue 13)', async () => {
		const usage = await failure(runIngest({command: 'ingest', inputs: [folder], force: false}, io()));
		expect(usage.exitCode).toBe(2);
		writeFileSync(path.join(folder, 'a.txt'), readFileSync(SEED));
		const out = path.join(folder, 'new', 'drafts');
		expect(await runIngest({command: 'ingest', inputs: [folder], output: out, force: false}, io())).toBe(0);
		expect(readdirSync(out)).toEqual(['a.json']);
	});

	it('gives case twins different names, and names the article a problem is in (issue 14)', async () => {
		const articles = path.join(folder, 'articles');
		mkdirSync(articles);
		writeFileSync(path.join(articles, 'x.txt'), readFileSync(SEED));
		writeFileSync(path.join(articles, 'x.TXT'), 'Talks\n\n"Yes," she said.\n');
		writeFileSync(path.join(articles, 'y.txt'), '\n\n\n   \n\u001b[31m\n');
		const captured = io();
		const out = path.join(folder, 'out');
		expect(await runIngest({command: 'ingest', inputs: [articles], output: out, force: false}, captured)).toBe(1);
		expect(readdirSync(out).sort()).toEqual(['x-2.json', 'x.json']);
		expect(captured.err).not.toMatch(/already exists/);
		expect(captured.err).toMatch(/drafted 2 of 3 articles/);
		for (const line of captured.err.trim().split('\n').slice(0, -1)) expect(line).toMatch(/y\.txt: /);
	});

	it('reports an output that is a file, not a folder (exit 1)', async () => {
		const file = path.join(folder, 'out.json');
		writeFileSync(file, '{}');
		const error = await failure(runIngest({command: 'ingest', inputs: [folder], output: file, force: false}, io()));
		expect(error.exitCode).toBe(1);
		expect(error.message).toMatch(/is not a folder/);
	});

	it.skipIf(process.getuid?.() === 0)('reports an unwritable output folder', async () => {
		const out = path.join(folder, 'locked');
		mkdirSync(out);
		chmodSync(out, 0o500);
		writeFileSync(path.join(folder, 'a.txt'), readFileSync(SEED));
		const error = await failure(runIngest({command: 'ingest', inputs: [folder], output: out, force: false}, io()));
		expect(error.message).toMatch(/permission denied/);
	});
});

describe('the CLI', () => {
	const cli = ['node_modules/.bin/tsx', 'source/cli.tsx'] as const;

	it('prints a clear message and no stack trace for bad input', async () => {
		const empty = path.join(folder, 'empty.txt');
		writeFileSync(empty, '\n\n');
		const result = await run(cli[0], [cli[1], 'ingest', empty]).catch((error: {code: number; stderr: string}) => error);
		expect('code' in result ? result.code : 0).toBe(1);
		expect(result.stderr).toMatch(/empty\.txt: is empty/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('writes a draft that `briefing validate` accepts', async () => {
		const target = path.join(folder, 'seed.json');
		await run(cli[0], [cli[1], 'ingest', SEED, '-o', target]);
		expect(existsSync(target)).toBe(true);
		const validated = await run(cli[0], [cli[1], 'validate', target]);
		expect(validated.stdout).toMatch(/ok \(/);
	});
});
