import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type CliOptions, FLAGS, helpText, parseCommandLine} from '../source/command-line.js';
import {UsageError} from '../source/model/problems.js';
import {keyHelpLines} from '../source/navigation/keymap.js';
import {NATO_FILE, ROOT} from './paths.js';
import {assertBuilt, lines, runCli, STACK_TRACE} from './run-cli.js';

const BUNDLED = '/opt/briefing/data/';

function parse(
	input: string[],
	flags: Record<string, unknown> = {},
	options: {env?: NodeJS.ProcessEnv; paths?: string[]; stories?: string[]} = {},
): CliOptions {
	return parseCommandLine(input, flags, {
		bundledData: BUNDLED,
		env: options.env ?? {},
		isPath: candidate => (options.paths ?? []).includes(candidate),
		home: '/home/ann',
		hasStories: folder => (options.stories ?? []).includes(folder),
	});
}

const LIBRARY = '/home/ann/.local/share/briefing';

/** The usage error a command line causes, as the user would read it. */
function usageError(input: string[], flags: Record<string, unknown> = {}): string {
	try {
		parse(input, flags);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		expect((error as UsageError).exitCode).toBe(2);
		return (error as UsageError).message;
	}
	throw new Error(`expected a usage error for ${JSON.stringify({input, flags})}`);
}

describe('parseCommandLine: commands', () => {
	it('no arguments open the library when it has stories, else the bundled ones (saying the library is empty)', () => {
		expect(parse([])).toEqual({command: 'open', target: BUNDLED, emptyLibrary: LIBRARY});
		expect(parse([], {}, {stories: [LIBRARY]})).toEqual({command: 'open', target: LIBRARY, ownLibrary: true});
		expect(parse([], {bundled: true}, {stories: [LIBRARY]})).toEqual({command: 'open', target: BUNDLED});
		expect(parse(['print'], {bundled: true}, {stories: [LIBRARY]})).toMatchObject({file: BUNDLED});
	});

	it('the library: $BRIEFING_DATA, else $XDG_DATA_HOME/briefing, else ~/.local/share/briefing', () => {
		const library = (env: NodeJS.ProcessEnv) => (parse(['add', 'x.txt'], {}, {env}) as {library: string}).library;
		expect(library({})).toBe(LIBRARY);
		expect(library({XDG_DATA_HOME: '/data'})).toBe('/data/briefing');
		expect(library({XDG_DATA_HOME: 'relative'})).toBe(LIBRARY);
		expect(library({BRIEFING_DATA: '/stories', XDG_DATA_HOME: '/data'})).toBe('/stories');
	});

	it('a file or folder opens it; --data and $BRIEFING_DATA choose the story folder', () => {
		expect(parse(['story.json'], {}, {paths: ['story.json']})).toEqual({command: 'open', target: 'story.json'});
		expect(parse([], {data: 'mine'})).toEqual({command: 'open', target: 'mine'});
		expect(parse([], {}, {env: {BRIEFING_DATA: 'from-env'}, stories: ['from-env']})).toEqual({
			command: 'open',
			target: 'from-env',
			ownLibrary: true,
		});
		expect(parse([], {data: 'flag'}, {env: {BRIEFING_DATA: 'from-env'}})).toEqual({command: 'open', target: 'flag'});
	});

	it('--pane and --speaker choose what the dashboard opens on', () => {
		expect(parse([], {pane: 'positions'})).toMatchObject({command: 'open', target: BUNDLED, pane: 'positions'});
		expect(parse([], {pane: 'Q'})).toMatchObject({command: 'open', target: BUNDLED, pane: 'quotes'});
		expect(parse([], {speaker: 'Stoltenberg'})).toMatchObject({
			command: 'open',
			target: BUNDLED,
			pane: 'quotes',
			speaker: 'Stoltenberg',
		});
	});

	it('print takes one file, a format (by prefix too) and a width', () => {
		expect(parse(['print', 'a.json'])).toEqual({command: 'print', file: 'a.json', format: 'text'});
		expect(parse(['print', 'a.json'], {format: 'mark', width: '100', pane: 'summary'})).toEqual({
			command: 'print',
			file: 'a.json',
			format: 'markdown',
			pane: 'summary',
			width: 100,
		});
		expect(parse(['print'], {format: 'JSON'})).toEqual({command: 'print', file: BUNDLED, format: 'json'});
		expect(parse(['print'], {}, {stories: [LIBRARY]})).toEqual({command: 'print', file: LIBRARY, format: 'text'});
	});

	it('validate takes any number of files and folders', () => {
		expect(parse(['validate', 'a.json', 'data/'])).toEqual({command: 'validate', files: ['a.json', 'data/']});
	});

	it('ingest takes sources, an output, --force, --limit and --timeout', () => {
		expect(parse(['ingest', 'article.txt'], {output: 'story.json', force: true})).toEqual({
			command: 'ingest',
			inputs: ['article.txt'],
			output: 'story.json',
			force: true,
			limit: 20,
			timeoutMs: 15_000,
		});
		expect(parse(['ingest', '-', 'https://a.test/feed'], {limit: '5', timeout: '30', output: 'out'})).toEqual({
			command: 'ingest',
			inputs: ['-', 'https://a.test/feed'],
			output: 'out',
			force: false,
			limit: 5,
			timeoutMs: 30_000,
		});
	});

	it('add takes sources, --force, --limit and --timeout, and drafts into the library', () => {
		expect(parse(['add', 'https://a.test/story'], {}, {env: {BRIEFING_DATA: '/stories'}})).toEqual({
			command: 'add',
			inputs: ['https://a.test/story'],
			force: false,
			limit: 20,
			timeoutMs: 15_000,
			library: '/stories',
		});
	});
});

describe('parseCommandLine: bad usage is a UsageError (exit 2) that says what to do', () => {
	it.each([
		[
			'an unknown option, with the option it resembles',
			[],
			{forse: true},
			'briefing: unknown option --forse (did you mean --force?)',
		],
		['a swapped-letter typo', [], {hepl: true}, 'briefing: unknown option --hepl (did you mean --help?)'],
		['a camel-cased unknown option, spelled as typed', [], {dryRun: true}, 'briefing: unknown option --dry-run'],
		['an unknown short option', [], {x: true}, 'briefing: unknown option -x'],
		['an unknown upper-case short option', [], {W: '30'}, 'briefing: unknown option -W'],
		[
			'an option of another command',
			[],
			{force: true},
			'briefing: --force goes with `briefing ingest` or `briefing add`',
		],
		['--output with add', ['add', 'x.txt'], {output: 'o'}, 'briefing: --output does not go with `briefing add`'],
		[
			'a limit that is not a whole number',
			['ingest', 'feed.xml'],
			{limit: '0'},
			'briefing ingest: --limit must be a whole number from 1 to 1000, not "0"',
		],
		[
			'a timeout that is not a whole number',
			['add', 'feed.xml'],
			{timeout: '1.5'},
			'briefing add: --timeout must be a whole number from 1 to 600, not "1.5"',
		],
		['standard input twice', ['ingest', '-', '-'], {}, 'briefing ingest: standard input (-) can be read only once'],
		[
			'--bundled with a file',
			['story.json'],
			{bundled: true},
			'briefing: --bundled opens the bundled stories; it does not go with a file or folder',
		],
		[
			'an option of two other commands',
			['validate', 'a.json'],
			{format: 'json'},
			'briefing: --format does not go with `briefing validate`',
		],
		['--output without ingest', ['print'], {output: 'x'}, 'briefing: --output does not go with `briefing print`'],
		[
			'an unknown format',
			['print'],
			{format: 'yaml'},
			'briefing: --format must be one of text, markdown, json, not "yaml"',
		],
		[
			'an unknown pane',
			[],
			{pane: 'timeline'},
			'briefing: --pane must be one of summary, quotes, positions, article, not "timeline"',
		],
		[
			'a width too small',
			['print'],
			{width: '5'},
			'briefing print: --width must be a whole number from 20 to 1000, not "5"',
		],
		[
			'a width too large',
			['print'],
			{width: '5000'},
			'briefing print: --width must be a whole number from 20 to 1000, not "5000"',
		],
		[
			'a width that is not a number',
			['print'],
			{width: 'wide'},
			'briefing print: --width must be a whole number from 20 to 1000, not "wide"',
		],
		[
			'a fractional width',
			['print'],
			{width: '80.5'},
			'briefing print: --width must be a whole number from 20 to 1000, not "80.5"',
		],
		['an option without its value', ['print'], {width: ''}, 'briefing: --width needs a value'],
		['a string option given as a switch', [], {data: true}, 'briefing: --data needs a value'],
		['validate without files', ['validate'], {}, 'briefing validate: name at least one briefing file or folder'],
		[
			'ingest without input',
			['ingest'],
			{},
			'briefing ingest: name an article (a .txt or HTML file, a folder, an http(s) URL, a feed, or - for standard input)',
		],
		[
			'add without input',
			['add'],
			{},
			'briefing add: name an article (a .txt or HTML file, a folder, an http(s) URL, a feed, or - for standard input)',
		],
		['print with two files', ['print', 'a.json', 'b.json'], {}, 'briefing print: expected one file, found 2'],
		['the dashboard with two files', ['a.json', 'b.json'], {}, 'briefing: expected one file or folder, found 2'],
		['a mistyped command', ['prnt'], {}, 'briefing: unknown command "prnt" (did you mean `briefing print`?)'],
		[
			'a mistyped command with swapped letters, and its argument',
			['vaildate', 'x.json'],
			{},
			'briefing: unknown command "vaildate" (did you mean `briefing validate`?)',
		],
	])('%s', (_name, input, flags, message) => {
		expect(usageError(input, flags)).toBe(message);
	});

	it('a bundled story opens by its name from anywhere, and --bundled opens them all', () => {
		const nato = path.join(BUNDLED, 'nato-russia-council-2022.json');
		expect(parse(['nato-russia-council-2022'], {}, {paths: [nato]})).toMatchObject({command: 'open', target: nato});
		expect(parse(['print', 'nato-russia-council-2022'], {}, {paths: [nato]})).toMatchObject({file: nato});
		// A file of that name here comes first.
		expect(parse(['nato-russia-council-2022'], {}, {paths: ['nato-russia-council-2022', nato]})).toMatchObject({
			target: 'nato-russia-council-2022',
		});
		expect(parse([], {bundled: true}, {env: {BRIEFING_DATA: '/home/me/stories'}})).toMatchObject({target: BUNDLED});
		expect(parse(['print'], {bundled: true})).toMatchObject({file: BUNDLED});
		expect(usageError([], {bundled: true, data: '/x'})).toBe(
			'briefing: --bundled and --data name two folders; give one',
		);
	});

	it('a mistyped command with its arguments gets the same hint as one alone', () => {
		expect(usageError(['valdate', 'data'])).toBe(
			'briefing: unknown command "valdate" (did you mean `briefing validate`?)',
		);
		expect(usageError(['prnit', 'data/x.json', '--pane', 'quotes'])).toBe(
			'briefing: unknown command "prnit" (did you mean `briefing print`?)',
		);
	});

	it('a mistyped command alone gets the hint', () => {
		expect(usageError(['vaildate'])).toBe('briefing: unknown command "vaildate" (did you mean `briefing validate`?)');
		expect(usageError(['ingset'])).toBe('briefing: unknown command "ingset" (did you mean `briefing ingest`?)');
	});

	it('a file that happens to be named like a command is opened, not corrected', () => {
		expect(parse(['prnt'], {}, {paths: ['prnt']})).toEqual({command: 'open', target: 'prnt'});
	});

	it('never echoes control characters from the command line', () => {
		for (const message of [usageError(['print'], {format: '\x1b[31mred'}), usageError([], {'\x1b]0;x\x07': true})])
			expect(message).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
	});
});

describe('the help text', () => {
	const help = helpText();

	it('lists every command, every option and every key', () => {
		for (const command of ['briefing print', 'briefing validate', 'briefing ingest', 'briefing add'])
			expect(help).toContain(command);
		for (const [name, flag] of Object.entries(FLAGS)) {
			expect(help).toContain(`--${name}`);
			if ('short' in flag) expect(help).toContain(`-${flag.short}, --${name}`);
		}
		for (const line of keyHelpLines()) expect(help).toContain(line);
	});
});

describe('the built CLI', () => {
	beforeAll(() => {
		assertBuilt();
	});

	it.each([['--help'], ['-h'], ['validate', '--help']])('%s prints the help and exits 0', (...args) => {
		const run = runCli(args);
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		for (const part of ['Usage', 'Options', 'Keys in the dashboard', 'Exit codes', 'Examples'])
			expect(run.stdout).toContain(part);
		for (const part of [
			'briefing validate FILE|DIR...',
			'--format FORMAT',
			'--width N',
			'--force',
			'0  success',
			'1  bad input',
			'2  bad usage',
		])
			expect(run.stdout).toContain(part);
		expect(run.stdout).toContain(keyHelpLines()[0]);
		expect(run.stdout).toContain('$ briefing validate my-story.json');
	});

	it.each([['--version'], ['-v']])('%s prints the version and exits 0', flag => {
		const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};
		expect(runCli([flag])).toEqual({status: 0, stdout: `${version}\n`, stderr: ''});
	});

	it('--help and --version belong to every command: the same help, the version, exit 0', () => {
		const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};
		const help = runCli(['--help']).stdout;
		expect(help).toContain('Usage');
		for (const command of [['print'], ['validate', 'a.json'], ['ingest', 'a.txt'], ['add'], ['search', 'veto']]) {
			expect(runCli([...command, '--help'])).toEqual({status: 0, stdout: help, stderr: ''});
			expect(runCli([...command, '--version'])).toEqual({status: 0, stdout: `${version}\n`, stderr: ''});
		}
	});

	it.each([
		['an unknown option', ['--forse'], 'briefing: unknown option --forse (did you mean --force?)'],
		['an unknown short option', ['-x'], 'briefing: unknown option -x'],
		['an unknown command', ['prnt'], 'briefing: unknown command "prnt" (did you mean `briefing print`?)'],
		[
			'an option with the wrong command',
			['--force'],
			'briefing: --force goes with `briefing ingest` or `briefing add`',
		],
		[
			'an option with another wrong command',
			['validate', 'data', '--force'],
			'briefing: --force does not go with `briefing validate`',
		],
		[
			'an unknown format',
			['print', NATO_FILE, '--format', 'yaml'],
			'briefing: --format must be one of text, markdown, json, not "yaml"',
		],
		[
			'a width too small',
			['print', NATO_FILE, '--width', '5'],
			'briefing print: --width must be a whole number from 20 to 1000, not "5"',
		],
		['a missing value', ['print', NATO_FILE, '--width'], 'briefing: --width needs a value'],
	])('%s exits 2 with one line of what went wrong and where to look', (_name, args, message) => {
		const run = runCli(args);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([message, 'Run `briefing --help` for usage.']);
	});

	it('never shows a stack trace for bad usage', () => {
		for (const args of [
			['--nope'],
			['print', '--format'],
			['validate'],
			['ingest'],
			['a', 'b', 'c'],
			['--pane', 'x'],
		]) {
			const run = runCli(args);
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stderr).not.toMatch(STACK_TRACE);
		}
	});
});
