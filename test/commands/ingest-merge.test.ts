// `briefing ingest SOURCE... --merge [-o FILE]`, as a user runs it: the built CLI on the multi-source set.

import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {ARTICLES} from '../merge/multi-source.js';
import {assertBuilt, runCli, STACK_TRACE} from '../run-cli.js';

const article = (name: string) => path.join(ARTICLES, name);
const WILDFIRE = ['wildfire-wire.txt', 'wildfire-courier.txt', 'wildfire-review.txt'].map(article);

beforeAll(assertBuilt);

describe('briefing ingest --merge', () => {
	it('prints one briefing of the articles, listing them as its sources', () => {
		const run = runCli(['ingest', ...WILDFIRE, '--merge']);
		expect(run.status).toBe(0);
		const briefing = JSON.parse(run.stdout);
		expect(briefing.sources.map((source: {outlet: string}) => source.outlet)).toEqual([
			'Meridian Wire',
			'The Evening Courier',
			'Harbour Review',
		]);
		expect(briefing.speakers.map((speaker: {name: string}) => speaker.name)).toEqual([
			'Daniel Moreno',
			'Ana Costa',
			'Joaquim Leal',
			'Ines Faria',
		]);
		expect(run.stderr).toMatch(
			/^merged 3 articles from 3 outlets \(\d+ quotations and reported statements, 4 speakers, \d+ reported by more than one article, 1 quoted differently\)$/m,
		);
	});

	it('writes -o FILE, which loads and prints with the outlets compared', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'briefing-merge-'));
		const target = path.join(folder, 'wildfire.json');
		const run = runCli(['ingest', ...WILDFIRE, '--merge', '-o', target]);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain(`${target}: merged 3 articles`);
		expect(loadBriefingFile(target).ok).toBe(true);
		const printed = runCli(['print', target, '-w', '200']);
		expect(printed.status).toBe(0);
		expect(printed.stdout).toContain('What each outlet adds');
		expect(printed.stdout).toMatch(
			/The Evening Courier: \d of its \d quotes are in no other article; the only one to quote Joaquim Leal\./,
		);
		expect(printed.stdout).toContain(
			'≠ The Evening Courier quotes it differently: “We need planes, and we need them now,”',
		);
		expect(printed.stdout).toMatch(
			/By outlet: Meridian Wire \d+ \(\d+%\) · The Evening Courier \d+ \(\d+%\) · Harbour Review/,
		);
		// Written again only with --force.
		expect(runCli(['ingest', ...WILDFIRE, '--merge', '-o', target]).status).toBe(1);
		expect(runCli(['ingest', ...WILDFIRE, '--merge', '-o', target, '--force']).status).toBe(0);
	});

	it('merges the same article given twice once', () => {
		const run = runCli(['ingest', WILDFIRE[0]!, WILDFIRE[0]!, '--merge']);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('the same article as');
		const once = JSON.parse(runCli(['ingest', WILDFIRE[0]!]).stdout);
		expect(JSON.parse(run.stdout).quotes).toHaveLength(once.quotes.length);
	});

	it('says in one line what is wrong with the command, exit 2', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'briefing-merge-'));
		for (const [args, message] of [
			[[WILDFIRE[0]!, '--merge'], 'briefing ingest --merge: name two or more articles of one story'],
			[[...WILDFIRE, '--merge', '-o', folder], 'so -o names a file, not a folder'],
			[[...WILDFIRE, '--merge', '-o', 'drafts/'], 'so -o names a file, not a folder'],
		] as const) {
			const run = runCli(['ingest', ...args]);
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stderr.split('\n')[0]).toContain(message);
			expect(run.stderr).not.toMatch(STACK_TRACE);
		}
		expect(runCli(['add', WILDFIRE[0]!, '--merge']).stderr).toContain('--merge does not go with `briefing add`');
		expect(runCli(['ingest', WILDFIRE[0]!, '--stories']).stderr).toContain(
			'--stories does not go with `briefing ingest`',
		);
	});

	it('merges the rest when an article fails, exit 1', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'briefing-merge-'));
		const empty = path.join(folder, 'empty.txt');
		writeFileSync(empty, '');
		const target = path.join(folder, 'out.json');
		const run = runCli(['ingest', ...WILDFIRE.slice(0, 2), empty, '--merge', '-o', target]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('empty.txt');
		expect(JSON.parse(readFileSync(target, 'utf8')).sources).toHaveLength(2);
		expect(run.stderr).not.toMatch(STACK_TRACE);
	});
});
