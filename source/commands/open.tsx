import {statSync} from 'node:fs';
import chalk from 'chalk';
import type {OpenOptions} from '../command-line.js';
import {Library, listLibrary} from '../model/library.js';
import {type LoadResult, previewBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {closest, nearest} from '../model/suggest.js';
import type {StorySize} from '../view/dashboard-model.js';
import {firstFrameLines} from '../view/first-frame.js';
import {colorWanted, createTheme} from '../view/theme.js';
import {canDrawDashboard, startTerminalSession} from './terminal-session.js';

const CURSOR_HOME = '\u001B[H';
/** Synchronized output (mode 2026): terminals that know it show the frame at once; others ignore it. */
const BEGIN_UPDATE = '\u001B[?2026h';
const END_UPDATE = '\u001B[?2026l';

/** How many speakers an unknown --speaker lists. */
const SPEAKERS_LISTED = 8;

/** "A, B, C" or "A, B, …, H and 12 more". */
const fewOf = (names: readonly string[]) =>
	names.length <= SPEAKERS_LISTED
		? names.join(', ')
		: `${names.slice(0, SPEAKERS_LISTED).join(', ')} and ${names.length - SPEAKERS_LISTED} more`;

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
			? ` (which one: ${fewOf(partial.map(speaker => speaker.name))}?)`
			: '';
	// A briefing can have hundreds of speakers: beyond a handful, the nearest few, and where to see them all.
	const all = `\`briefing print ${sanitizeLine(file)} --pane quotes\` lists them all`;
	const listed =
		names.length <= SPEAKERS_LISTED
			? `speakers: ${names.join(', ')}`
			: !near && partial.length > 1
				? `${names.length} speakers; ${all}`
				: `nearest: ${nearest(name, names, SPEAKERS_LISTED).join(', ')} (of ${names.length} speakers; ${all})`;
	throw new UserError(`${sanitizeLine(file)}: no speaker named "${sanitizeLine(name)}"${hint}; ${listed}`);
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
	const terminal = canDrawDashboard();
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
	const opening =
		story.kind === 'story' ? {briefing: story.briefing, initial, storySize: story.size} : {library: story.library};

	// Raw mode and the alternate screen from the first byte drawn: a key typed before Ink is listening is kept for
	// it, not echoed over the frame; signals, stops and a terminal that goes away are the session's to handle.
	const session = startTerminalSession();
	try {
		// The first frame is drawn before Ink and React are even loaded (they take longer than everything
		// else at start-up); Ink then draws the identical frame over it, from the top-left corner.
		const size = {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
		process.stdout.write(
			BEGIN_UPDATE + firstFrameLines(opening, theme, styled, size).join('\n') + END_UPDATE + CURSOR_HOME,
		);
		// A previewed briefing is checked in full now, before a key is acted on; a problem leaves the dashboard.
		const whole = previewed && story.kind === 'story' ? completed(story) : undefined;
		const {mount} = await import('../ui/mount.js');
		const app = mount({
			...(story.kind === 'story' ? {briefing: whole ?? story.briefing} : {library: story.library}),
			theme,
			styled,
			initial,
		});
		session.attach(app);
		await app.done;
	} finally {
		session.end();
	}
}
