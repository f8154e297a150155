import {statSync} from 'node:fs';
import chalk from 'chalk';
import {render} from 'ink';
import type {OpenOptions} from '../command-line.js';
import {Library, listLibrary} from '../model/library.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {closest} from '../model/suggest.js';
import {App, type AppProps} from '../ui/app.js';
import {colorWanted, createTheme} from '../ui/theme.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** The speaker `--speaker NAME` means: exact name, then a unique part of a name, then a near miss. */
export function findSpeaker(briefing: Briefing, name: string, file: string): string {
	const wanted = name.trim().toLowerCase();
	const names = briefing.speakers.map(speaker => speaker.name);
	const exact = briefing.speakers.find(speaker => speaker.name.toLowerCase() === wanted || speaker.id === wanted);
	if (exact) return exact.id;
	const partial = briefing.speakers.filter(speaker => speaker.name.toLowerCase().includes(wanted));
	if (partial.length === 1) return partial[0]!.id;
	// A near miss of a whole name or of a surname ("Stoltenburg").
	const byWord = new Map(briefing.speakers.flatMap(speaker => [[speaker.name, speaker.name], [speaker.name.split(' ').at(-1)!, speaker.name]]));
	const nearWord = closest(name, [...byWord.keys()]);
	const near = nearWord === undefined ? undefined : byWord.get(nearWord);
	const hint = near ? ` (did you mean "${near}"?)` : partial.length > 1 ? ` (which one: ${partial.map(speaker => speaker.name).join(', ')}?)` : '';
	throw new UserError(`${sanitizeLine(file)}: no speaker named "${sanitizeLine(name)}"${hint}; speakers: ${names.join(', ')}`);
}

type Source = {kind: 'story'; file: string; briefing: Briefing} | {kind: 'library'; library: Library};

function openSource(target: string): Source {
	let folder = false;
	try {
		folder = statSync(target).isDirectory();
	} catch {
		// A missing path is reported by loading it as a file.
	}
	if (folder) {
		const listed = listLibrary(target);
		if (!listed.ok) throw UserError.fromProblems([listed.problem]);
		return {kind: 'library', library: new Library(target, listed.files)};
	}
	const result = loadBriefingFile(target);
	if (!result.ok) throw UserError.fromProblems(result.problems);
	return {kind: 'story', file: target, briefing: result.briefing};
}

/** `briefing [FILE|DIR]`: the dashboard (or the story picker) in a terminal; the text form anywhere else. */
export async function runOpen(options: OpenOptions): Promise<void> {
	const source = openSource(options.target);
	const speakerId = options.speaker === undefined ? undefined : source.kind === 'story' ? findSpeaker(source.briefing, options.speaker, source.file) : undefined;
	if (options.speaker !== undefined && source.kind === 'library')
		throw new UserError('briefing: --speaker needs a briefing file, not a folder', {exitCode: 2});

	if (!process.stdout.isTTY || !process.stdin.isTTY) {
		// A pipe, cron or CI: print what the dashboard would show instead of failing on raw mode.
		const {formatBriefing} = await import('./print.js');
		const {formatLibrary} = await import('../format/library.js');
		const width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
		process.stdout.write(
			source.kind === 'library'
				? formatLibrary(source.library, 'text', width)
				: formatBriefing(source.briefing, 'text', {width, ...(options.pane ? {pane: options.pane} : {})}),
		);
		return;
	}

	const theme = createTheme({level: chalk.level, color: colorWanted(process.env)});
	const initial = {...(options.pane ? {pane: options.pane} : {}), ...(speakerId ? {speakerId} : {})};
	const props: AppProps =
		source.kind === 'story'
			? {briefing: source.briefing, theme, styled: chalk.level > 0, initial}
			: {library: source.library, theme, styled: chalk.level > 0, initial};

	// Raw mode at once, before the first frame: Ink turns it on only in an effect after rendering, and a
	// key typed in between would be echoed over the frame and arrive cooked (Enter as a line feed).
	process.stdin.setRawMode(true);
	process.stdout.write(ENTER_ALTERNATE_SCREEN);
	const restore = () => {
		process.stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		process.stdin.setRawMode(false);
	};
	const instance = render(
		<App {...props} />,
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
