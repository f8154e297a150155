import {homedir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {UsageError} from './model/problems.js';
import {sanitizeLine} from './model/sanitize.js';
import {closest} from './model/suggest.js';
import {userLibraryFolder} from './model/user-library.js';
import {keyHelpLines} from './navigation/keymap.js';
import {PANE_IDS, type PaneId} from './navigation/panes.js';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const COMMANDS = ['print', 'validate', 'ingest', 'add', 'search'] as const;

type Flag = {type: 'string' | 'boolean'; short?: string; commands: readonly string[]};

/** Every flag, and the commands it belongs to ('open' is the dashboard: `briefing [FILE|DIR]`). */
export const FLAGS = {
	data: {type: 'string', commands: ['open', 'print', 'search']},
	bundled: {type: 'boolean', commands: ['open', 'print', 'search']},
	pane: {type: 'string', commands: ['open', 'print']},
	speaker: {type: 'string', commands: ['open']},
	mouse: {type: 'boolean', commands: ['open']},
	format: {type: 'string', short: 'f', commands: ['print', 'search']},
	width: {type: 'string', short: 'w', commands: ['print']},
	output: {type: 'string', short: 'o', commands: ['ingest']},
	force: {type: 'boolean', commands: ['ingest', 'add']},
	merge: {type: 'boolean', commands: ['ingest']},
	stories: {type: 'boolean', commands: ['add']},
	limit: {type: 'string', commands: ['ingest', 'add']},
	timeout: {type: 'string', commands: ['ingest', 'add']},
	help: {type: 'boolean', short: 'h', commands: []},
	version: {type: 'boolean', short: 'v', commands: []},
} as const satisfies Record<string, Flag>;

export type FlagName = keyof typeof FLAGS;

export type OpenOptions = {
	command: 'open';
	/** A briefing file or a folder of them; undefined: the data folder. */
	target: string;
	/** Set when `briefing` opened the bundled stories because the user's library (this folder) has none yet. */
	emptyLibrary?: string;
	/** Set when `briefing` opened the user's library (so the picker can say where the bundled stories are). */
	ownLibrary?: true;
	pane?: PaneId;
	speaker?: string;
	/** `--mouse`: the wheel scrolls, a click selects a tab or a row. */
	mouse?: true;
};
export type PrintOptions = {command: 'print'; file: string; format: Format; pane?: PaneId; width?: number};
export type ValidateOptions = {command: 'validate'; files: string[]};
export type SearchOptions = {
	command: 'search';
	/** The words looked for, as typed. */
	query: string;
	/** A folder of briefings (or one briefing file). */
	target: string;
	format: Format;
};
export type IngestOptions = {
	command: 'ingest';
	inputs: string[];
	output?: string;
	force: boolean;
	/** A feed's newest articles to draft (default 20). */
	limit?: number;
	/** For each fetch: connecting, redirects and the whole body (default 15 s). */
	timeoutMs?: number;
	/** `--merge`: every article into one briefing of the story. */
	merge?: true;
};
export type AddOptions = Omit<IngestOptions, 'command' | 'output' | 'merge'> & {
	command: 'add';
	/** The user's library folder (see userLibraryFolder). */
	library: string;
	/** `--stories`: the articles grouped into stories, one merged briefing each, updated as more come. */
	stories?: true;
};
export type CliOptions = OpenOptions | PrintOptions | ValidateOptions | IngestOptions | AddOptions | SearchOptions;

export const DEFAULT_LIMIT = 20;
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** `briefing --help`. */
export function helpText(): string {
	const keys = keyHelpLines()
		.map(line => `	  ${line}`)
		.join('\n');
	return `
	briefing: a terminal dashboard for understanding a news story fast.

	Usage
	  $ briefing [FILE | DIR | STORY]     open the dashboard (a folder opens a story picker)
	  $ briefing                          your library's stories (the bundled ones while it is empty)
	  $ briefing print [FILE | DIR | STORY]
	                                      print a briefing (text, markdown or JSON), or a folder's stories
	  $ briefing validate FILE|DIR...     check briefing files and report every problem
	  $ briefing ingest SOURCE...         draft a briefing from a news article
	  $ briefing ingest SOURCE... --merge one briefing of several articles on one story
	  $ briefing add SOURCE...            draft into your library (see Library below)
	  $ briefing add FEED... --stories    group a feed's articles into stories, one briefing each
	  $ briefing search TEXT [DIR | FILE] the quotes that match, across a library (default: yours)

	  A SOURCE is an http(s) URL of an article or of a feed (RSS, Atom, JSON Feed), a .txt or HTML
	  file, a folder of them, a feed file, or - for text or HTML on standard input. One article
	  without -o prints its draft; several, a folder or a feed need -o DIR (created when missing).

	  STORY is the name of a story that comes with briefing, e.g. nato-russia-council-2022.

	Options
	  --data DIR            the story folder to open or print (default: your library)
	  --bundled             open or print the stories that come with briefing
	  --pane NAME           summary, quotes, positions or article: the pane to open or print
	  --speaker NAME        open the Quotes pane on this speaker
	  --mouse               the mouse in the dashboard: the wheel scrolls, a click selects a tab or row
	  -f, --format FORMAT   print or search as text (default), markdown or json
	  -w, --width N         wrap printed text at N columns (default: the terminal's width, or 80)
	  -o, --output PATH     ingest: write the draft here (a folder for several articles)
	  --force               ingest: overwrite drafts; ingest, add: draft articles already there again
	  --merge               ingest: merge the articles into one briefing (printed, or -o FILE)
	  --stories             add: group the articles into stories; a story found again is updated
	  --limit N             ingest, add: a feed's newest N articles (default 20)
	  --timeout S           ingest, add: give up on a page after S seconds (default 15)
	  -h, --help            show this help
	  -v, --version         show the version

	Library
	  $BRIEFING_DATA, else $XDG_DATA_HOME/briefing, else ~/.local/share/briefing. \`briefing add\`
	  names each story from its headline and never replaces a file (NAME-2.json); an article whose
	  URL is already there is skipped.

	Keys in the dashboard
${keys}

	When standard input or output is not a terminal (or TERM=dumb), \`briefing FILE\` prints the text form.
	NO_COLOR=1 turns colours off; sides are always named, never told apart by colour alone.

	Exit codes
	  0  success
	  1  bad input: a file is missing, unreadable or not a valid briefing; a page or feed that
	     cannot be fetched or is not an article (in a batch: any that failed)
	  2  bad usage: an unknown command, option or value
	  search, as grep: 0 found, 1 nothing found, 2 bad usage or a folder that cannot be read

	Examples
	  $ briefing
	  $ briefing nato-russia-council-2022 --pane positions
	  $ briefing print nato-russia-council-2022 --format markdown > briefing.md
	  $ briefing validate my-story.json
	  $ briefing search veto
	  $ briefing search "real risk" ~/stories -f json
	  $ briefing ingest article.txt -o my-story.json
	  $ briefing add https://example.com/news/2024/03/05/story.html
	  $ briefing add https://example.com/world/rss.xml --limit 10
	  $ briefing ingest saved-page.html feed.xml -o drafts/
	  $ briefing ingest wire.html https://example.com/news/story.html --merge -o story.json
	  $ briefing add https://example.com/world/rss.xml https://example.org/feed.xml --stories
`;
}

type Flags = Record<string, unknown>;

function wholeNumber(
	command: string,
	flag: string,
	value: unknown,
	fallback: number,
	min: number,
	max: number,
): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || number > max)
		throw new UsageError(
			`briefing ${command}: --${flag} must be a whole number from ${min} to ${max}, not "${sanitizeLine(String(value))}"`,
		);
	return number;
}

/** Other names people type for a choice. */
const ALIASES: Record<string, string> = {md: 'markdown', txt: 'text', plain: 'text'};

function choice<T extends string>(flag: string, value: unknown, choices: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	const typed = String(value).toLowerCase();
	const text = ALIASES[typed] ?? typed;
	const match =
		choices.find(candidate => candidate === text) ??
		choices.find(candidate => candidate.startsWith(text) && text.length > 0);
	if (!match)
		throw new UsageError(
			`briefing: --${flag} must be one of ${choices.join(', ')}, not "${sanitizeLine(String(value))}"`,
		);
	return match;
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
}

/**
 * Splits the arguments into positionals and flags (node's parseArgs: the flag table's types and short
 * forms; unknown flags are kept, under the name typed, for parseCommandLine to report).
 */
export function tokenize(argv: readonly string[]): {input: string[]; flags: Record<string, unknown>} {
	const options = Object.fromEntries(
		Object.entries(FLAGS).map(([name, flag]: [string, Flag]) => [
			name,
			{type: flag.type, ...(flag.short ? {short: flag.short} : {})},
		]),
	);
	const {values, positionals} = parseArgs({args: [...argv], options, strict: false, allowPositionals: true});
	return {input: positionals, flags: {...values}};
}

/** Turns the arguments and flags into one command's options; bad usage throws a UsageError (exit 2). */
export function parseCommandLine(
	input: readonly string[],
	flags: Flags,
	context: {
		bundledData: string;
		env: NodeJS.ProcessEnv;
		isPath?: (path: string) => boolean;
		/** The home folder, for the library's default place (~/.local/share/briefing). */
		home?: string;
		/** Whether a folder has stories: the user's library opens when it has, the bundled stories when not. */
		hasStories?: (folder: string) => boolean;
	},
): CliOptions {
	const [first, ...rest] = input;
	const command: CliOptions['command'] = (COMMANDS as readonly string[]).includes(first ?? '')
		? (first as CliOptions['command'])
		: 'open';
	const args = command === 'open' ? input : rest;

	for (const [name, value] of Object.entries(flags)) {
		if (value === undefined) continue;
		const flag = (FLAGS as Record<string, Flag>)[name];
		if (!flag) {
			const known = Object.keys(FLAGS);
			// `-x` and `--x` both arrive as "x"; a one-letter option is far more likely the short form.
			const spelled = name.length === 1 ? `-${name}` : `--${kebab(name)}`;
			const hint = closest(kebab(name), known);
			throw new UsageError(
				`briefing: unknown option ${sanitizeLine(spelled)}${hint ? ` (did you mean --${hint}?)` : ''}`,
			);
		}
		if (flag.commands.length > 0 && !flag.commands.includes(command))
			throw new UsageError(
				command === 'open'
					? `briefing: --${name} goes with ${flag.commands.map(other => `\`briefing ${other}\``).join(' or ')}`
					: `briefing: --${name} does not go with \`briefing ${command}\``,
			);
		if (flag.type === 'string' && (typeof value !== 'string' || value === ''))
			throw new UsageError(`briefing: --${name} needs a value`);
	}

	if (flags['bundled'] && flags['data'] !== undefined)
		throw new UsageError('briefing: --bundled and --data name two folders; give one');
	// Without a file or --data: the user's library when it has stories, else the bundled ones (with a word on adding).
	const library = userLibraryFolder(context.env, context.home ?? homedir());
	const ownStories = context.hasStories?.(library) ?? false;
	const dataDir =
		(flags['data'] as string | undefined) ?? (flags['bundled'] || !ownStories ? context.bundledData : library);
	const defaultOpened =
		flags['data'] !== undefined || flags['bundled']
			? {}
			: ownStories
				? {ownLibrary: true as const}
				: {emptyLibrary: library};
	// A bundled story can be named by its id from anywhere: `briefing nato-russia-council-2022`.
	const story = (target: string | undefined): string | undefined => {
		if (target === undefined || !context.isPath || context.isPath(target) || !/^[\w.-]+$/.test(target)) return target;
		const bundled = path.join(context.bundledData, `${target.replace(/\.json$/, '')}.json`);
		return context.isPath(bundled) ? bundled : target;
	};
	const pane = choice('pane', flags['pane'], PANE_IDS);

	switch (command) {
		case 'open': {
			const target = story(args[0]);
			// A mistyped command ("briefing valdate data") is not a file: say which command was meant.
			if (target !== undefined && context.isPath && !context.isPath(target)) {
				const hint = closest(target, COMMANDS);
				if (hint)
					throw new UsageError(
						`briefing: unknown command "${sanitizeLine(target)}" (did you mean \`briefing ${hint}\`?)`,
					);
			}
			if (args.length > 1) throw new UsageError(`briefing: expected one file or folder, found ${args.length}`);
			const speaker = flags['speaker'] as string | undefined;
			if (target !== undefined && flags['bundled'])
				throw new UsageError('briefing: --bundled opens the bundled stories; it does not go with a file or folder');
			return {
				command,
				target: target ?? dataDir,
				...(target === undefined ? defaultOpened : {}),
				...(speaker !== undefined ? {pane: pane ?? 'quotes', speaker} : pane ? {pane} : {}),
				...(flags['mouse'] ? {mouse: true as const} : {}),
			};
		}
		case 'print': {
			if (args.length > 1) throw new UsageError(`briefing print: expected one file, found ${args.length}`);
			const format = choice('format', flags['format'], FORMATS) ?? 'text';
			const widthFlag = flags['width'] as string | undefined;
			let width: number | undefined;
			if (widthFlag !== undefined) {
				width = Number(widthFlag);
				if (!Number.isInteger(width) || width < 20 || width > 1000)
					throw new UsageError(
						`briefing print: --width must be a whole number from 20 to 1000, not "${sanitizeLine(widthFlag)}"`,
					);
			}
			return {command, file: story(args[0]) ?? dataDir, format, ...(pane ? {pane} : {}), ...(width ? {width} : {})};
		}
		case 'search': {
			if (args.length === 0 || (args[0] ?? '').trim() === '')
				throw new UsageError('briefing search: name what to look for, e.g. `briefing search veto`');
			if (args.length > 2)
				throw new UsageError(
					`briefing search: expected the words and at most one folder, found ${args.length} arguments (put several words in quotes)`,
				);
			const format = choice('format', flags['format'], FORMATS) ?? 'text';
			return {command, query: args[0]!, target: story(args[1]) ?? dataDir, format};
		}
		case 'validate': {
			if (args.length === 0) throw new UsageError('briefing validate: name at least one briefing file or folder');
			return {command, files: [...args]};
		}
		case 'ingest':
		case 'add': {
			if (args.length === 0)
				throw new UsageError(
					`briefing ${command}: name an article (a .txt or HTML file, a folder, an http(s) URL, a feed, or - for standard input)`,
				);
			if (args.filter(arg => arg === '-').length > 1)
				throw new UsageError(`briefing ${command}: standard input (-) can be read only once`);
			const common = {
				inputs: [...args],
				force: Boolean(flags['force']),
				limit: wholeNumber(command, 'limit', flags['limit'], DEFAULT_LIMIT, 1, 1000),
				timeoutMs: wholeNumber(command, 'timeout', flags['timeout'], DEFAULT_TIMEOUT_SECONDS, 1, 600) * 1000,
			};
			if (command === 'add')
				return {
					command,
					...common,
					library: userLibraryFolder(context.env, context.home ?? homedir()),
					...(flags['stories'] ? {stories: true as const} : {}),
				};
			const output = flags['output'] as string | undefined;
			if (flags['merge'] && output !== undefined && /[\\/]$/.test(output))
				throw new UsageError(
					`briefing ingest --merge: writes one briefing, so -o names a file, not a folder ("${sanitizeLine(output)}")`,
				);
			return {command, ...common, ...(output ? {output} : {}), ...(flags['merge'] ? {merge: true as const} : {})};
		}
	}
}
