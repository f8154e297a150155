import {parseArgs} from 'node:util';
import {UsageError} from './model/problems.js';
import {sanitizeLine} from './model/sanitize.js';
import {closest} from './model/suggest.js';
import {keyHelpLines} from './navigation/keymap.js';
import {PANE_IDS, type PaneId} from './navigation/panes.js';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const COMMANDS = ['print', 'validate', 'ingest'] as const;

type Flag = {type: 'string' | 'boolean'; short?: string; commands: readonly string[]};

/** Every flag, and the commands it belongs to ('open' is the dashboard: `briefing [FILE|DIR]`). */
export const FLAGS = {
	data: {type: 'string', commands: ['open', 'print']},
	pane: {type: 'string', commands: ['open', 'print']},
	speaker: {type: 'string', commands: ['open']},
	format: {type: 'string', short: 'f', commands: ['print']},
	width: {type: 'string', short: 'w', commands: ['print']},
	output: {type: 'string', short: 'o', commands: ['ingest']},
	force: {type: 'boolean', commands: ['ingest']},
	help: {type: 'boolean', short: 'h', commands: []},
	version: {type: 'boolean', short: 'v', commands: []},
} as const satisfies Record<string, Flag>;

export type FlagName = keyof typeof FLAGS;

export type OpenOptions = {
	command: 'open';
	/** A briefing file or a folder of them; undefined: the data folder. */
	target: string;
	pane?: PaneId;
	speaker?: string;
};
export type PrintOptions = {command: 'print'; file: string; format: Format; pane?: PaneId; width?: number};
export type ValidateOptions = {command: 'validate'; files: string[]};
export type IngestOptions = {command: 'ingest'; inputs: string[]; output?: string; force: boolean};
export type CliOptions = OpenOptions | PrintOptions | ValidateOptions | IngestOptions;

/** `briefing --help`. */
export function helpText(): string {
	const keys = keyHelpLines()
		.map(line => `	  ${line}`)
		.join('\n');
	return `
	briefing: a terminal dashboard for understanding a news story fast.

	Usage
	  $ briefing [FILE | DIR]             open the dashboard (a folder opens a story picker)
	  $ briefing print [FILE]             print a briefing (text, markdown or JSON)
	  $ briefing validate FILE|DIR...     check briefing files and report every problem
	  $ briefing ingest ARTICLE.txt|-     draft a briefing from the text of a news article
	  $ briefing ingest DIR -o OUTDIR     draft one briefing per *.txt in a folder

	Options
	  --data DIR            the story folder (default: $BRIEFING_DATA, else the bundled stories)
	  --pane NAME           summary, quotes or positions: the pane to open or print
	  --speaker NAME        open the Quotes pane on this speaker
	  -f, --format FORMAT   print as text (default), markdown or json
	  -w, --width N         wrap printed text at N columns (default: the terminal's width, or 80)
	  -o, --output PATH     ingest: write the draft here (a folder for a folder of articles)
	  --force               ingest: overwrite an existing output file
	  -h, --help            show this help
	  -v, --version         show the version

	Keys in the dashboard
${keys}

	When standard input or output is not a terminal (or TERM=dumb), \`briefing FILE\` prints the text form.
	NO_COLOR=1 turns colours off; sides are always named, never told apart by colour alone.

	Exit codes
	  0  success
	  1  bad input: a file is missing, unreadable or not a valid briefing
	  2  bad usage: an unknown command, option or value

	Examples
	  $ briefing
	  $ briefing data/nato-russia-council-2022.json --pane positions
	  $ briefing print data/nato-russia-council-2022.json --format markdown > briefing.md
	  $ briefing validate my-story.json
	  $ briefing ingest article.txt -o my-story.json
`;
}

type Flags = Record<string, unknown>;

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
	context: {bundledData: string; env: NodeJS.ProcessEnv; isPath?: (path: string) => boolean},
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

	const dataDir = (flags['data'] as string | undefined) ?? context.env['BRIEFING_DATA'] ?? context.bundledData;
	const pane = choice('pane', flags['pane'], PANE_IDS);

	switch (command) {
		case 'open': {
			if (args.length > 1) throw new UsageError(`briefing: expected one file or folder, found ${args.length}`);
			const target = args[0];
			if (target !== undefined && context.isPath && !context.isPath(target)) {
				const hint = closest(target, COMMANDS);
				if (hint)
					throw new UsageError(
						`briefing: unknown command "${sanitizeLine(target)}" (did you mean \`briefing ${hint}\`?)`,
					);
			}
			const speaker = flags['speaker'] as string | undefined;
			return {
				command,
				target: target ?? dataDir,
				...(speaker !== undefined ? {pane: pane ?? 'quotes', speaker} : pane ? {pane} : {}),
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
			return {command, file: args[0] ?? dataDir, format, ...(pane ? {pane} : {}), ...(width ? {width} : {})};
		}
		case 'validate': {
			if (args.length === 0) throw new UsageError('briefing validate: name at least one briefing file or folder');
			return {command, files: [...args]};
		}
		case 'ingest': {
			if (args.length !== 1)
				throw new UsageError('briefing ingest: name one article file, a folder, or - for standard input');
			const output = flags['output'] as string | undefined;
			return {command, inputs: [...args], ...(output ? {output} : {}), force: Boolean(flags['force'])};
		}
	}
}
