import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {type CliOptions, type FlagName, FLAGS, helpText, parseCommandLine} from './command-line.js';
import {UserError} from './model/problems.js';
import {sanitizeLine} from './model/sanitize.js';

/** The bundled stories: data/ beside dist/ (the bundle) or beside source/ (development). */
const BUNDLED_DATA = fileURLToPath(new URL('../data/', import.meta.url));

// A reader that goes away (`briefing print | head -n 1`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
}

async function main(): Promise<void> {
	const cli = meow(helpText(), {
		importMeta: import.meta,
		description: false,
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		booleanDefault: undefined,
		flags: Object.fromEntries(
			Object.entries(FLAGS).map(([name, flag]: [string, {type: 'string' | 'boolean'; short?: string}]) => [
				name,
				{type: flag.type, ...(flag.short ? {shortFlag: flag.short} : {})},
			]),
		) as Record<FlagName, {type: 'string' | 'boolean'}>,
	});

	if (cli.flags['help']) {
		process.stdout.write(`${cli.help.trimStart()}`);
		return;
	}
	if (cli.flags['version']) {
		process.stdout.write(`${cli.pkg.version ?? 'unknown'}\n`);
		return;
	}

	const options: CliOptions = parseCommandLine(cli.input, cli.flags, {
		bundledData: BUNDLED_DATA,
		env: process.env,
		isPath: existsSync,
	});

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
			const {runIngest} = await import('./commands/ingest.js');
			process.exitCode = await runIngest(options);
			break;
		}
		case 'open': {
			const {runOpen} = await import('./commands/open.js');
			await runOpen(options);
			break;
		}
	}
}

main().catch((error: unknown) => {
	if (error instanceof UserError) {
		process.stderr.write(`${error.message}\n`);
		if (error.exitCode === 2) process.stderr.write('Run `briefing --help` for usage.\n');
		process.exitCode = error.exitCode;
		return;
	}
	// Anything else is a bug in briefing, not the user's doing: say so briefly; the stack only on request.
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`briefing: internal error: ${sanitizeLine(message)}\n`);
	if (process.env['BRIEFING_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
	else process.stderr.write('This is a bug in briefing. Set BRIEFING_DEBUG=1 to see the details.\n');
	process.exitCode = 70;
});
