// Issue "Hostile and broken input": a folder of 1,000 briefings of which 100 are broken opens the
// 900 and lists the 100 with their errors, in a real terminal and in print.

import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {CLI, ROOT, start, stopAll} from './pty.js';

const base = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/minimal-briefing.json'), 'utf8')) as Record<
	string,
	unknown
>;
const folder = mkdtempSync(path.join(tmpdir(), 'briefing-1000-'));

/** Ten kinds of broken file, each used ten times. */
const BREAKAGES: Array<(text: string) => string> = [
	text => text.slice(0, Math.floor(text.length / 2)),
	() => '',
	text => text.replace('"schemaVersion": 1', '"schemaVersion": 99'),
	text => text.replace(/"speakerId": "[^"]+"/, '"speakerId": "nobody"'),
	text => `\uFEFF${text}`.replace('{', '[{'),
	() => 'null',
	text => text.replace('"headline"', '"headlin"'),
	() => '\u0000\u0001binary',
	text => text.replace(/,\s*"paragraphs"/, ',, "paragraphs"'),
	text => text.replace('"kind": "direct"', '"kind": "quote"'),
];

for (let index = 0; index < 1000; index++) {
	const name = `story-${String(index).padStart(4, '0')}.json`;
	const story = {...base, id: `story-${index}`, headline: `Story number ${index}`};
	const text = JSON.stringify(story, null, 2);
	const broken = index % 10 === 3;
	writeFileSync(path.join(folder, name), broken ? BREAKAGES[Math.floor(index / 10) % 10]!(text) : text);
}

afterEach(stopAll);
afterAll(() => rmSync(folder, {recursive: true, force: true}));

describe('a folder of 1,000 briefings, 100 of them broken', () => {
	test('print lists the 900 that load and the 100 that do not, each with its error', () => {
		const result = spawnSync(process.execPath, [CLI, 'print', folder, '--format', 'json'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(result.status).toBe(0);
		const entries = JSON.parse(result.stdout) as Array<{
			file: string;
			ok: boolean;
			problems?: string[];
			headline?: string;
		}>;
		expect(entries).toHaveLength(1000);
		const broken = entries.filter(entry => !entry.ok);
		expect(broken).toHaveLength(100);
		for (const entry of broken) {
			expect(path.basename(entry.file)).toMatch(/^story-\d\d\d3\.json$/);
			expect(entry.problems?.length).toBeGreaterThan(0);
			for (const problem of entry.problems ?? []) expect(problem).toMatch(/\S/);
		}
		expect(entries.filter(entry => entry.ok).map(entry => entry.headline)).toContain('Story number 999');
	});

	test('the picker lists them, refuses a broken one with its error, and opens the others', {
		timeout: 60_000,
	}, async () => {
		const session = await start([folder], {columns: 100, rows: 30, ready: 'Stories · 1000 in'});
		// All state the same date: by name, so story-0003 is the fourth: broken, shown with its problem.
		await session.waitFor('✗ broken story-0003.json');
		session.press('j', 'j', 'j', 'Enter');
		await session.waitFor('cannot open story-0003.json: `briefing validate');
		// Files that state no date at all (empty, null, binary) come last.
		session.press('G');
		await session.waitFor('story 1000 of 1000');
		await session.waitFor('✗ broken story-0973.json');
		// The first story opens, and Esc comes back to the list.
		session.press('g', 'Enter');
		await session.waitFor('[1 Summary]');
		await session.waitFor('Story number 0');
		session.press('Escape');
		await session.waitFor('Stories · 1000 in');
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
	});
});
