import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bundledFiles, FIXTURES, NATO_FILE, ROOT} from '../paths.js';
import {assertBuilt, lines, runCli, STACK_TRACE} from '../run-cli.js';

const INVALID = path.join(FIXTURES, 'invalid');

let folder: string;
beforeAll(() => {
	assertBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-validate-'));
});
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

describe('briefing validate, on good files', () => {
	it('the bundled folder: one "ok" line per story on stdout, exit 0', () => {
		const run = runCli(['validate', 'data']);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const ok = lines(run.stdout);
		expect(ok).toHaveLength(bundledFiles().length);
		for (const [index, file] of bundledFiles().entries())
			expect(ok[index]).toMatch(
				new RegExp(`^data/${path.basename(file)}: ok \\(\\d+ speakers, \\d+ quotes, \\d+ topics\\)$`),
			);
	});

	it('data/*.json as a shell expands it: the JSON Schema is skipped, not reported as a broken briefing', () => {
		const files = ['data/briefing.schema.json', ...bundledFiles().map(file => path.relative(ROOT, file))];
		const run = runCli(['validate', ...files]);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(lines(run.stdout)[0]).toBe('data/briefing.schema.json: skipped (a JSON Schema, not a briefing)');
		expect(lines(run.stdout)).toHaveLength(files.length);
	});

	it('one file, named as given', () => {
		const run = runCli(['validate', path.relative(ROOT, NATO_FILE)]);
		expect(run).toEqual({
			status: 0,
			stdout: 'data/nato-russia-council-2022.json: ok (8 speakers, 33 quotes, 7 topics)\n',
			stderr: '',
		});
	});

	it('a file with a UTF-8 byte order mark is fine', () => {
		const file = path.join(folder, 'bom.json');
		writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(NATO_FILE)]));
		expect(runCli(['validate', file]).status).toBe(0);
	});
});

describe('briefing validate, on bad files', () => {
	it('a JSON file that is no briefing at all (package.json) is one line saying so, not one per field', () => {
		const run = runCli(['validate', 'package.json']);
		expect(run.status).toBe(1);
		expect(lines(run.stderr)).toEqual([
			'package.json:1:1: not a briefing: expected an object with "schemaVersion", "headline" and "quotes"; its keys are "name", "version", "description", "license", …',
		]);
	});

	it('one line per problem on stderr, each naming the file, line and column; exit 1', () => {
		const file = path.relative(ROOT, path.join(INVALID, 'several-problems.json'));
		const run = runCli(['validate', file]);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([
			`${file}:1:1: headline: missing, expected a string: the headline`,
			`${file}:9:3: source.published: expected a date as YYYY-MM-DD, found "5 March 2024"`,
			`${file}:74:4: quotes[1].kind: expected "direct", "partial", "mixed" or "reported", found "indirect"`,
			`${file}:105:2: headlin: unknown key, did you mean "headline"?`,
		]);
	});

	it('ids that point nowhere', () => {
		const file = path.relative(ROOT, path.join(INVALID, 'dangling-ids.json'));
		expect(lines(runCli(['validate', file]).stderr)).toEqual([
			`${file}:73:4: quotes[1].speakerId: expected the id of a speaker (one of "mayor", "chair"), found "berg"`,
			`${file}:90:7: topics[0].positions[0].quoteIds[1]: expected the id of a quote (one of "q-mayor-need", "q-chair-cost"), found "q-mayor-cost"`,
		]);
	});

	it('a folder: every problem line names its file, then a count', () => {
		const run = runCli(['validate', INVALID]);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		const errors = lines(run.stderr);
		expect(errors.at(-1)).toBe('3 of 3 files have problems');
		const problems = errors.slice(0, -1);
		expect(problems.length).toBeGreaterThanOrEqual(3);
		for (const line of problems)
			expect(line).toMatch(new RegExp(`^${INVALID}/(several-problems|dangling-ids|trailing-comma)\\.json:\\d+:\\d+: `));
		expect(problems).toContain(
			`${INVALID}/trailing-comma.json:22:59: invalid JSON: a comma after the last item is not allowed in JSON`,
		);
	});

	it('good and bad together: ok lines on stdout, problems on stderr, exit 1', () => {
		const bad = path.join(INVALID, 'dangling-ids.json');
		const run = runCli(['validate', NATO_FILE, bad]);
		expect(run.status).toBe(1);
		expect(lines(run.stdout)).toEqual([`${NATO_FILE}: ok (8 speakers, 33 quotes, 7 topics)`]);
		expect(lines(run.stderr).at(-1)).toBe('1 of 2 files have problems');
	});

	it('files that are not briefings at all: one line each, naming the file', () => {
		const broken = path.join(folder, 'broken');
		mkdirSync(broken);
		const files: Record<string, string | Buffer> = {
			'empty.json': '',
			'blank.json': '  \n',
			'array.json': '[]',
			'binary.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
			'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]),
			'latin1.json': Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
			'comment.json': '{\n\t// note\n}',
		};
		for (const [name, content] of Object.entries(files)) writeFileSync(path.join(broken, name), content);
		mkdirSync(path.join(broken, 'not-a-story.json')); // a sub-folder is not a story: skipped
		const run = runCli(['validate', broken]);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([
			`${broken}/array.json: expected a JSON object with a briefing, found an empty list`,
			`${broken}/binary.json: is a binary file (a NUL byte at byte 4), expected a JSON briefing`,
			`${broken}/blank.json: is empty (only white space), expected a JSON briefing`,
			`${broken}/comment.json:2:2: invalid JSON: comments are not allowed in JSON`,
			`${broken}/empty.json: is empty, expected a JSON briefing`,
			`${broken}/latin1.json:1:3: is not valid UTF-8: save it as UTF-8 and try again`,
			`${broken}/utf16.json: is UTF-16 encoded, expected UTF-8: save it as UTF-8 and try again`,
			'7 of 7 files have problems',
		]);
	});

	it('a missing file', () => {
		const run = runCli(['validate', 'no-such-story.json']);
		expect(run).toEqual({status: 1, stdout: '', stderr: 'no-such-story.json: no such file\n'});
	});

	it('a folder without briefings', () => {
		const empty = path.join(folder, 'empty-folder');
		mkdirSync(empty);
		copyFileSync(path.join(ROOT, 'data', 'briefing.schema.json'), path.join(empty, 'briefing.schema.json'));
		expect(runCli(['validate', empty])).toEqual({
			status: 1,
			stdout: '',
			stderr: `${empty}: no briefing files (*.json) in this folder\n`,
		});
	});

	it('a file name with escape sequences is printed clean', () => {
		const file = path.join(folder, 'evil\x1b[2J\x1b]0;owned\x07.json');
		writeFileSync(file, '[]');
		const run = runCli(['validate', file]);
		expect(run.status).toBe(1);
		expect(run.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
		expect(run.stderr).toContain('evil.json: expected a JSON object with a briefing');
	});

	it('without files is bad usage: exit 2', () => {
		const run = runCli(['validate']);
		expect(run.status).toBe(2);
		expect(lines(run.stderr)).toEqual([
			'briefing validate: name at least one briefing file or folder',
			'Run `briefing --help` for usage.',
		]);
	});

	it('never shows a stack trace', () => {
		const deep = path.join(folder, 'deep.json');
		writeFileSync(deep, '['.repeat(200_000));
		const hostile = path.join(folder, 'proto.json');
		writeFileSync(hostile, '{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}');
		for (const args of [
			['validate', INVALID],
			['validate', deep, hostile],
			['validate', '/dev/null'],
			['validate', NATO_FILE, 'x/y/z'],
		]) {
			const run = runCli(args);
			expect(run.status, args.join(' ')).toBe(1);
			expect(run.stderr).not.toMatch(STACK_TRACE);
			expect(run.stderr).not.toContain('internal error');
		}
	});
});
