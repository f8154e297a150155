import {statSync} from 'node:fs';
import chalk from 'chalk';
import {render} from 'ink';
import type {OpenOptions} from '../command-line.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {Dashboard} from '../ui/dashboard.js';
import {colorWanted, createTheme} from '../ui/theme.js';
import {briefingFilesIn} from './validate.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

export async function runOpen(options: OpenOptions): Promise<void> {
	let file = options.target;
	try {
		if (statSync(file).isDirectory()) file = briefingFilesIn(file)[0] ?? file;
	} catch {
		// Loading reports a missing file.
	}
	const result = loadBriefingFile(file);
	if (!result.ok) throw UserError.fromProblems(result.problems);

	if (!process.stdout.isTTY || !process.stdin.isTTY) {
		const {runPrint} = await import('./print.js');
		await runPrint({command: 'print', file, format: 'text', ...(options.pane ? {pane: options.pane} : {})});
		return;
	}

	const theme = createTheme({level: chalk.level, color: colorWanted(process.env)});
	process.stdout.write(ENTER_ALTERNATE_SCREEN);
	const restore = () => process.stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
	const instance = render(
		<Dashboard briefing={result.briefing} theme={theme} styled={chalk.level > 0} initial={options.pane ? {pane: options.pane} : {}} />,
		// Ink throttles renders to maxFps (default 30): a key within 34 ms of the previous frame waits for
		// the end of that window. At 60 the second of two keys 10 ms apart is drawn after 31 ms, not 54
		// (npm run bench, "2nd of 2 keys"); a lone key is drawn at once either way.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	const signals = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
	for (const [signal, code] of Object.entries(signals))
		process.once(signal, () => {
			instance.unmount();
			restore();
			process.exit(code);
		});
	await instance.waitUntilExit();
	restore();
}
