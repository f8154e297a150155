import {statSync} from 'node:fs';
import chalk from 'chalk';
import type {OpenOptions} from '../command-line.js';
import {Library, listLibrary} from '../model/library.js';
import {type LoadResult, previewBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {closest} from '../model/suggest.js';
import type {StorySize} from '../view/dashboard-model.js';
import {firstFrameLines} from '../view/first-frame.js';
import {colorWanted, createTheme} from '../view/theme.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';
const CURSOR_HOME = '\u001B[H';
/** Synchronized output (mode 2026): terminals that know it show the frame at once; others ignore it. */
const BEGIN_UPDATE = '\u001B[?2026h';
const END_UPDATE = '\u001B[?2026l';

/** The speaker `--speaker NAME` means: exact name, then a unique part of a name, then a near miss. */
export function findSpeaker(briefing: Briefing, name: string, file: string): string {
	const wanted = name.trim().toLowerCase();
	const names = briefing.speakers.map(speaker => speaker.name);
	const exact = briefing.speakers.find(speaker => speaker.name.toLowerCase() === wanted || speaker.id === wanted);
	if (exact) return exact.id;
	const partial = briefing.speakers.filter(speaker => speaker.name.toLowerCase().includes(wanted));
	if (partial.length === 1) return partial[0]!.id;
	// A near miss of a whole name or of a surname ("Stoltenburg").
	const byWord = new Map(
		briefing.speakers.flatMap(speaker => [
			[speaker.name, speaker.name],
			[speaker.name.split(' ').at(-1)!, speaker.name],
		]),
	);
	const nearWord = closest(name, [...byWord.keys()]);
	const near = nearWord === undefined ? undefined : byWord.get(nearWord);
	const hint = near
		? ` (did you mean "${near}"?)`
		: partial.length > 1
			? ` (which one: ${partial.map(speaker => speaker.name).join(', ')}?)`
			: '';
	throw new UserError(
		`${sanitizeLine(file)}: no speaker named "${sanitizeLine(name)}"${hint}; speakers: ${names.join(', ')}`,
	);
}

type Source =
	| {kind: 'story'; file: string; briefing: Briefing; size: StorySize; complete: () => LoadResult}
	| {kind: 'library'; library: Library};

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
	const preview = previewBriefingFile(target);
	if (!preview.ok) throw UserError.fromProblems(preview.problems);
	return {kind: 'story', file: target, briefing: preview.briefing, size: preview.size, complete: preview.complete};
}

/** The picker's second line when `briefing` chose the folder: the user's library, or the bundled stories for now. */
export function libraryHint(options: OpenOptions): string | undefined {
	if (options.emptyLibrary !== undefined)
		return `Your library (${sanitizeLine(options.emptyLibrary)}) is empty: add a story with \`briefing add URL\`. Meanwhile, the bundled stories:`;
	if (options.ownLibrary) return 'Your library. Enter opens a story; the bundled stories: `briefing --bundled`.';
	return undefined;
}

/** The whole briefing behind a preview, or its problems as the error to exit with. */
function completed(source: Source & {kind: 'story'}): Briefing {
	const result = source.complete();
	if (!result.ok) throw UserError.fromProblems(result.problems);
	return result.briefing;
}

/** `briefing [FILE|DIR]`: the dashboard (or the story picker) in a terminal; the text form anywhere else. */
export async function runOpen(options: OpenOptions): Promise<void> {
	const source = openSource(options.target);
	if (options.speaker !== undefined && source.kind === 'library')
		throw new UserError('briefing: --speaker needs a briefing file, not a folder', {exitCode: 2});
	const terminal = Boolean(process.stdout.isTTY && process.stdin.isTTY);
	// Only the dashboard's first frame, the Summary pane, is drawn from a preview; everything else waits for the whole
	// briefing.
	const previewed =
		terminal && source.kind === 'story' && options.speaker === undefined && (options.pane ?? 'summary') === 'summary';
	const story = source.kind === 'story' && !previewed ? {...source, briefing: completed(source)} : source;
	const speakerId =
		options.speaker === undefined || story.kind !== 'story'
			? undefined
			: findSpeaker(story.briefing, options.speaker, story.file);

	if (!terminal) {
		// A pipe, cron or CI: print what the dashboard would show instead of failing on raw mode.
		const {formatBriefing} = await import('./print.js');
		const {formatLibrary} = await import('../format/library.js');
		const width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
		process.stdout.write(
			story.kind === 'library'
				? formatLibrary(story.library, 'text', width)
				: formatBriefing(story.briefing, 'text', {width, ...(options.pane ? {pane: options.pane} : {})}),
		);
		return;
	}

	const theme = createTheme({level: chalk.level, color: colorWanted(process.env)});
	const styled = chalk.level > 0;
	const initial = {...(options.pane ? {pane: options.pane} : {}), ...(speakerId ? {speakerId} : {})};
	const hint = libraryHint(options);
	const opening =
		story.kind === 'story'
			? {briefing: story.briefing, initial, storySize: story.size}
			: {library: story.library, ...(hint ? {hint} : {})};

	const restore = () => {
		process.stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		process.stdin.setRawMode(false);
	};
	// From the first byte drawn, a signal must leave the terminal as it was, even before Ink has started.
	let stop: (() => void) | undefined;
	const signals = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
	for (const [signal, code] of Object.entries(signals))
		process.once(signal, () => {
			stop?.();
			restore();
			process.exit(code);
		});

	// Raw mode at once: a key typed before Ink is listening is then kept for it, not echoed over the
	// frame or turned into a cooked line (Enter as a line feed).
	process.stdin.setRawMode(true);
	// The first frame is drawn before Ink and React are even loaded (they take longer than everything
	// else at start-up); Ink then draws the identical frame over it, from the top-left corner.
	const size = {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
	process.stdout.write(
		ENTER_ALTERNATE_SCREEN +
			HIDE_CURSOR +
			BEGIN_UPDATE +
			firstFrameLines(opening, theme, styled, size).join('\n') +
			END_UPDATE +
			CURSOR_HOME,
	);

	// A previewed briefing is checked in full now, before a key is acted on; a problem leaves the dashboard.
	let whole: Briefing | undefined;
	try {
		whole = previewed && story.kind === 'story' ? completed(story) : undefined;
	} catch (error) {
		restore();
		throw error;
	}
	const {mount} = await import('../ui/mount.js');
	const app = mount({
		...(story.kind === 'story'
			? {briefing: whole ?? story.briefing}
			: {library: story.library, ...(hint ? {hint} : {})}),
		theme,
		styled,
		initial,
	});
	stop = app.stop;
	await app.done;
	restore();
}
