import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterAll, describe, expect, it} from 'vitest';
import {generateLargeBriefing} from '../../scripts/bench/generate.js';
import {bundled, CLI, NATO_FILE} from '../helpers.js';

// The built CLI, run as a child with pipes for stdout and stdin: no terminal, as in a script or cron.
function briefing(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: ''}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-print-'));
copyFileSync(NATO_FILE, path.join(folder, 'nato.json'));
writeFileSync(path.join(folder, 'broken.json'), '{"schemaVersion": 1,');
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const widest = (text: string) => Math.max(...text.split('\n').map(line => stringWidth(line)));

describe('briefing print', () => {
	const nato = bundled();

	it('prints text wrapped to 80 columns when stdout is not a terminal', () => {
		const {code, stdout, stderr} = briefing('print', NATO_FILE);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout.split('\n')[0]).toBe(nato.headline);
		expect(widest(stdout)).toBeLessThanOrEqual(80);
	});

	it('--pane article prints the whole article, paragraph by paragraph, in every format', () => {
		const text = briefing('print', NATO_FILE, '--pane', 'article');
		expect(text.code).toBe(0);
		const squashed = text.stdout.replace(/\s+/g, ' ');
		for (const [index, paragraph] of nato.paragraphs.entries()) {
			expect(squashed).toContain(`¶ ${index + 1} of ${nato.paragraphs.length}`);
			expect(squashed).toContain(paragraph.replace(/\s+/g, ' '));
		}
		expect(text.stdout).not.toContain('SUMMARY');
		const json = JSON.parse(briefing('print', NATO_FILE, '--pane', 'article', '-f', 'json').stdout);
		expect(json.paragraphs).toEqual(nato.paragraphs);
		expect(briefing('print', NATO_FILE, '--pane', 'article', '-f', 'markdown').stdout).toContain('## Article');
	});

	it('wraps to --width', () => {
		const {stdout} = briefing('print', NATO_FILE, '--width', '50');
		expect(widest(stdout)).toBeLessThanOrEqual(50);
		expect(widest(stdout)).toBeGreaterThan(40);
	});

	it('prints markdown', () => {
		const {code, stdout} = briefing('print', NATO_FILE, '--format', 'markdown');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^# NATO-Russia talks/);
		expect(stdout).toMatch(/^> “/m);
		expect(briefing('print', NATO_FILE, '-f', 'md').stdout).toBe(stdout);
	});

	it('prints the validated briefing as JSON, or one pane of it', () => {
		const {stdout} = briefing('print', NATO_FILE, '-f', 'json');
		expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(nato)));
		const quotes = JSON.parse(briefing('print', NATO_FILE, '-f', 'json', '--pane', 'quotes').stdout);
		expect(Object.keys(quotes)).toEqual(['id', 'headline', 'sides', 'speakers', 'quotes']);
	});

	it('prints one pane', () => {
		const {stdout} = briefing('print', NATO_FILE, '--pane', 'positions');
		expect(stdout).toContain('POSITIONS');
		expect(stdout).not.toContain('QUOTES');
	});

	it('lists a folder of stories, a broken one marked with its problem', () => {
		const {code, stdout} = briefing('print', folder);
		expect(code).toBe(0);
		expect(stdout).toContain('2 stories in');
		expect(stdout).toContain(nato.headline);
		expect(stdout).toMatch(/✗ broken: broken\.json\n {2}line 1, column 21: invalid JSON/);
		const json = JSON.parse(briefing('print', folder, '-f', 'json').stdout);
		// Newest first: the broken file, which states no date, last.
		expect(json.map((entry: {ok: boolean}) => entry.ok)).toEqual([true, false]);
	});

	it('ends quietly when the reader goes away (| head -n 1)', () => {
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" print "${NATO_FILE}" | head -n 1`], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`${nato.headline}\n`);
		expect(result.stderr).toBe('');
	});

	it('fails with exit 1 and one line naming a missing file', () => {
		const {code, stdout, stderr} = briefing('print', 'no-such.json');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('no-such.json: no such file\n');
	});
});

describe('briefing FILE without a terminal', () => {
	it('prints the text form instead of failing on raw mode', () => {
		const {code, stdout, stderr} = briefing(NATO_FILE);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toContain('SUMMARY');
		expect(stdout).toContain('POSITIONS');
	});

	it('prints just the pane named by --pane', () => {
		const {stdout} = briefing(NATO_FILE, '--pane', 'quotes');
		expect(stdout).toContain('QUOTES');
		expect(stdout).not.toContain('SUMMARY');
	});

	it('lists the stories of a folder, and of the bundled data with no argument', () => {
		expect(briefing(folder).stdout).toContain('2 stories in');
		const bundledList = briefing();
		expect(bundledList.code).toBe(0);
		expect(bundledList.stdout).toMatch(/^\d+ stories in /);
		expect(bundledList.stdout).toContain('NATO-Russia talks at impasse');
	});

	it('takes the story folder from --data and BRIEFING_DATA', () => {
		expect(briefing('--data', folder).stdout).toContain('2 stories in');
		const fromEnv = spawnSync(process.execPath, [CLI], {
			encoding: 'utf8',
			env: {...process.env, BRIEFING_DATA: folder},
		});
		expect(fromEnv.stdout).toContain('2 stories in');
	});

	it('checks --speaker against the briefing', () => {
		expect(briefing(NATO_FILE, '--speaker', 'Stoltenberg').code).toBe(0);
		const unknown = briefing(NATO_FILE, '--speaker', 'Stoltenburg');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('no speaker named "Stoltenburg"');
		expect(unknown.stderr).toContain('did you mean');
		expect(briefing(folder, '--speaker', 'Stoltenberg').code).toBe(2);
	});

	it('an unknown --speaker among many lists the nearest few, not all of them (issue 14, item 11)', () => {
		const many = path.join(folder, 'many-speakers.json');
		const generated = generateLargeBriefing({quotes: 300, speakers: 64, topics: 5, paragraphs: 20});
		writeFileSync(many, JSON.stringify(generated));
		const target = generated.speakers.find(speaker => !speaker.organisation)!.name;
		const typo = `${target.slice(0, -2)}xq`;
		const {code, stderr} = briefing(many, '--speaker', 'Nobody Atall');
		expect(code).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(`nearest: `);
		expect(stderr).toContain(`(of 64 speakers; \`briefing print ${many} --pane quotes\` lists them all)`);
		const listed = /nearest: (.*) \(of/.exec(stderr)![1]!.split(', ');
		expect(listed).toHaveLength(8);
		const near = briefing(many, '--speaker', typo);
		expect(/nearest: ([^,]*)/.exec(near.stderr)?.[1] ?? /did you mean "([^"]*)"/.exec(near.stderr)?.[1]).toBe(target);
	});
});
