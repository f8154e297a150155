import {existsSync} from 'node:fs';
import {homedir} from 'node:os';
import {fileURLToPath} from 'node:url';
import {type CliOptions, helpText, parseCommandLine, tokenize} from './command-line.js';
import {UserError} from './model/problems.js';
import {sanitizeLine} from './model/sanitize.js';
import {hasStories} from './model/user-library.js';
import {guardStandardStreams} from './standard-streams.js';

/** The bundled stories: data/ beside dist/ (the bundle) or beside source/ (development). */
const BUNDLED_DATA = fileURLToPath(new URL('../data/', import.meta.url));

// A reader that goes away (`briefing print | head -n 1`) is not an error; a full disk is one line and exit 1.
// Output lost to a closed standard output is an error where the output is the point (print, a draft); a check's
// report (validate) may be thrown away on purpose, its exit status being the answer.
let outputIsTheProduct = false;
guardStandardStreams({closedOutputMatters: () => outputIsTheProduct});

async function main(): Promise<void> {
	const {input, flags} = tokenize(process.argv.slice(2));

	if (flags['help'] || flags['version']) {
		// meow formats the help and reads the version from package.json. It is loaded only here: its
		// package-reading dependencies cost about 50 ms at start-up, a fifth of the dashboard's budget,
		// and node's own parseArgs splits the arguments just as well (npm run bench).
		const {default: meow} = await import('meow');
		const cli = meow(helpText(), {
			importMeta: import.meta,
			description: false,
			autoHelp: false,
			autoVersion: false,
			argv: [],
		});
		process.stdout.write(flags['help'] ? cli.help.trimStart() : `${cli.pkg.version ?? 'unknown'}\n`);
		return;
	}

	const options: CliOptions = parseCommandLine(input, flags, {
		bundledData: BUNDLED_DATA,
		env: process.env,
		isPath: existsSync,
		home: homedir(),
		hasStories,
	});
	outputIsTheProduct =
		options.command === 'print' ||
		options.command === 'open' ||
		options.command === 'search' ||
		(options.command === 'ingest' && options.output === undefined);

	switch (options.command) {
		case 'validate': {
			const {runValidate} = await import('./commands/validate.js');
			process.exitCode = runValidate(options);
			break;
		}
		case 'print': {
			const {runPrint} = await import('./commands/print.js');
			await runPrint(options);
			break;
		}
		case 'ingest': {
			if (options.merge) {
				const {runMerge} = await import('./commands/ingest-merge.js');
				process.exitCode = await runMerge(options);
				break;
			}
			const {runIngest} = await import('./commands/ingest.js');
			process.exitCode = await runIngest(options);
			break;
		}
		case 'add': {
			if (options.stories) {
				const {runAddStories} = await import('./commands/add-stories.js');
				process.exitCode = await runAddStories(options);
				break;
			}
			const {runAdd} = await import('./commands/add.js');
			process.exitCode = await runAdd(options);
			break;
		}
		case 'search': {
			const {runSearch} = await import('./commands/open.js');
			process.exitCode = await runSearch(options);
			break;
		}
		case 'open': {
			const {runOpen} = await import('./commands/open.js');
			await runOpen(options);
			break;
		}
	}
}

/** A bug in briefing, not the user's doing: said briefly; the stack only on request. */
function reportInternalError(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`briefing: internal error: ${sanitizeLine(message)}\n`);
	if (process.env['BRIEFING_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
	else process.stderr.write('This is a bug in briefing. Set BRIEFING_DEBUG=1 to see the details.\n');
}

// Thrown outside main's promise (a timer, an event): the same message, not Node's screen of minified source.
process.on('uncaughtException', error => {
	reportInternalError(error);
	process.exit(70);
});

main().catch((error: unknown) => {
	if (error instanceof UserError) {
		process.stderr.write(`${error.message}\n`);
		if (error.exitCode === 2) process.stderr.write('Run `briefing --help` for usage.\n');
		process.exitCode = error.exitCode;
		return;
	}
	reportInternalError(error);
	process.exitCode = 70;
});
