import {statSync} from 'node:fs';
import chalk from 'chalk';
import {createSupportsHyperlinks} from 'supports-hyperlinks';
import {clipboardRoute, copiedMessage, osc52} from '../app/clipboard.js';
import {KeyDecoder, type KeyPress} from '../app/keys.js';
import {Session, type Size} from '../app/session.js';
import {screenBytes, shownLines} from '../app/terminal-screen.js';
import type {OpenOptions} from '../command-line.js';
import {Library, listLibrary} from '../model/library.js';
import {type LoadResult, loadBriefingFile, previewBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {closest, nearest} from '../model/suggest.js';
import {commandFor} from '../navigation/keymap.js';
import {INK_LOAD_STEPS} from '../ui/load-steps.js';
import type {StorySize} from '../view/dashboard-model.js';
import {colorWanted, createTheme} from '../view/theme.js';
import {canDrawDashboard, startTerminalSession} from './terminal-session.js';

// `briefing search` comes with the dashboard's chunk of the bundle: as a chunk of its own, the modules it shares
// with the dashboard would be split into more files, each one more to load at every start (npm run bench).
export {runSearch} from './search.js';

const CLEAR_SCREEN = '\u001B[2J';
const CURSOR_HOME = '\u001B[H';

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

	const theme = createTheme({
		level: chalk.level,
		color: colorWanted(process.env),
		hyperlinks: createSupportsHyperlinks(process.stdout),
	});
	const styled = chalk.level > 0;
	const initial = {...(options.pane ? {pane: options.pane} : {}), ...(speakerId ? {speakerId} : {})};
	const hint = libraryHint(options);
	const opening =
		story.kind === 'story'
			? {briefing: story.briefing, initial, storySize: story.size, file: story.file}
			: {library: story.library, initial, ...(hint ? {hint} : {})};
	const browse = async (url: string) => (await import('../web/browser.js')).openInBrowser(url);
	// OSC 52 is written between frames: it moves no cursor and draws nothing, whoever draws the frames.
	const copy = (text: string) => {
		const route = clipboardRoute(process.env);
		if (route) process.stdout.write(osc52(text, route));
		return copiedMessage(text, route, process.env);
	};
	const session = new Session(opening, {
		theme,
		styled,
		size: terminalSize(),
		openSource: browse,
		copy,
		load: loadBriefingFile,
	});
	// A previewed briefing is checked in full right after its first frame, before a key is acted on.
	const complete = previewed && story.kind === 'story' ? () => session.complete(completed(story)) : undefined;
	await runInTerminal(session, complete, options.mouse ?? false);
}

function terminalSize(): Size {
	return {columns: process.stdout.columns || 80, rows: process.stdout.rows || 24};
}

/**
 * How long nobody types before the other panes are prepared; before Ink is loaded to draw; and
 * between the steps of loading it (each keeps the program busy for up to a few tens of milliseconds).
 */
const WARM_AFTER_MS = 20;
const INK_AFTER_MS = 1500;
const STEP_QUIET_MS = 100;

/**
 * Runs a session in the terminal: the alternate screen, raw keys, the terminal's size. Its frames are
 * drawn straight away, before Ink and React are even loaded (they take longer to load than everything
 * else at start-up), and keys are answered from the first frame; once nobody has typed for a moment,
 * Ink is loaded and draws the same session from then on. Resolves when the user quits.
 */
async function runInTerminal(session: Session, complete: (() => void) | undefined, mouse: boolean): Promise<void> {
	const {stdin, stdout} = process;
	let ink: {done: Promise<unknown>; stop: () => void; redraw: () => void} | undefined;
	let finished = false;
	// Raw mode and the alternate screen from the first byte drawn: a key typed before the first frame is
	// kept, not echoed over it or turned into a cooked line; signals, stops and a terminal that goes away
	// are the terminal session's to handle. Entering the alternate screen leaves the cursor where the
	// shell had it: each frame is drawn from the home position (the first on a cleared screen).
	const terminal = startTerminalSession(undefined, {mouse});
	let clear = true;
	const draw = () => {
		stdout.write(screenBytes(shownLines(session.shown(), session.theme), clear));
		clear = false;
	};
	// After a stop and continue the alternate screen comes back empty: drawn again in full.
	terminal.attach({
		redraw: () => {
			clear = true;
			draw();
		},
	});
	draw();
	try {
		complete?.();
	} catch (error) {
		terminal.end();
		throw error;
	}

	let drawQueued = false;
	const queueDraw = () => {
		if (drawQueued || ink) return;
		drawQueued = true;
		// After every key of a chunk has been applied: one frame for a burst of keys.
		queueMicrotask(() => {
			drawQueued = false;
			if (!ink && !finished) draw();
		});
	};

	await new Promise<void>((resolve, reject) => {
		// Mouse reports are asked for only with --mouse; a click or the wheel acts like a key, in its turn.
		const decoder = new KeyDecoder(mouse ? event => session.mouse(event) : undefined);
		let idle: NodeJS.Timeout | undefined;
		const finish = () => {
			if (finished) return;
			finished = true;
			clearTimeout(idle);
			stdin.off('data', onData);
			stdout.off('resize', onResize);
			unsubscribe();
			ink?.stop();
			void (ink?.done ?? Promise.resolve()).then(() => {
				terminal.end();
				stdin.pause();
				resolve();
			}, reject);
		};
		let lastKeyAt = performance.now();
		/** Until nobody has typed for `ms` (at least a turn of the event loop). */
		const quietFor = async (ms: number) => {
			do await new Promise(resolve => setTimeout(resolve, Math.max(0, lastKeyAt + ms - performance.now())));
			while (performance.now() - lastKeyAt < ms);
		};
		const takeOver = async () => {
			// Step by step, each in a quiet moment: a key pressed meanwhile waits for one step at most.
			let loaded: unknown;
			for (const step of INK_LOAD_STEPS) {
				loaded = await step();
				if (finished) return;
				await quietFor(STEP_QUIET_MS);
			}
			const {mount} = loaded as Awaited<ReturnType<(typeof INK_LOAD_STEPS)[3]>>;
			const {WARM_UP, unseenTerminal} = await import('../ui/warm-up.js');
			// Ink's first frame of anything is slow (its code runs for the first time): the present screen
			// is drawn once where nobody sees it, then for real, then the other panes where nobody sees them.
			const shadow = session.copy();
			const unseen = mount(shadow, {stdout: unseenTerminal(session)});
			await quietFor(STEP_QUIET_MS);
			if (finished) return unseen.stop();
			ink = mount(session);
			terminal.attach(ink);
			void ink.done.then(finish, reject);
			// After Ink's own resize handler (which draws the frame it has at the new width), this one
			// clears the screen and has the session's frame for the new size drawn from the top.
			stdout.off('resize', onResize);
			stdout.on('resize', onResize);
			for (const command of session.showsPicker ? (['open', ...WARM_UP] as const) : WARM_UP) {
				await quietFor(STEP_QUIET_MS);
				if (finished) break;
				shadow.command(command);
			}
			unseen.stop();
		};
		let loading = false;
		/** After every key, in moments nobody types: prepare what may be shown next, then load Ink. */
		const scheduleIdleWork = () => {
			clearTimeout(idle);
			if (finished) return;
			idle = setTimeout(() => {
				if (session.warmStep()) scheduleIdleWork();
				else if (!ink && !loading)
					idle = setTimeout(() => {
						loading = true;
						void takeOver().catch(reject);
					}, INK_AFTER_MS);
			}, WARM_AFTER_MS);
		};
		const press = (presses: readonly KeyPress[]) => {
			// Ctrl+C goes before everything typed ahead of it (a paste of thousands of keys, then Ctrl+C). A `q` is
			// taken in its turn: at a search prompt it is a letter.
			if (presses.some(([input, key]) => key.ctrl && input === 'c')) return session.command('quit');
			for (const [input, key] of presses) {
				// Ctrl+Z: in raw mode a key like any other; what the terminal does with it otherwise, a stop.
				if (commandFor(input, key) === 'suspend') terminal.suspend();
				else session.press(input, key);
			}
		};
		const onData = (chunk: string) => {
			lastKeyAt = performance.now();
			press(decoder.push(chunk));
			if (decoder.holding)
				setImmediate(() => {
					if (decoder.holding) press(decoder.flush());
				});
			scheduleIdleWork();
		};
		const onResize = () => {
			if (ink) stdout.write(CLEAR_SCREEN + CURSOR_HOME);
			else clear = true;
			session.resize(terminalSize());
		};
		const unsubscribe = session.subscribe(() => (session.quit ? finish() : queueDraw()));
		stdin.setEncoding('utf8');
		stdin.on('data', onData);
		stdout.on('resize', onResize);
		scheduleIdleWork();
	});
}
