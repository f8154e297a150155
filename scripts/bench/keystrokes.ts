// Keystroke to finished frame, idle CPU and peak memory, as a person meets them: each round of keys
// in a fresh process, from its first frame, with no warm-up, so the first visit of every pane and list
// is counted; the pauses between keys vary (a person reads, then presses several keys quickly), so
// some keys land while the program is still loading Ink in the background.
//
// A key's frame is finished when (1) the screen differs from the screen before the key and shows
// what the key should bring (a tab, "speaker 3 of"), (2) no synchronized update is open: Ink wraps
// each frame in ESC[?2026h … ESC[?2026l, so the frame ends with the chunk that closes it, and (3) no
// more output follows within a quiet period. The latency runs from writing the key into the pty to the
// arrival of the last chunk of that answer; the quiet period only confirms that nothing followed
// (a second render, say) and is not part of the figure. Each key is measured alone.

import {assertIsNode, cpuPercent, cpuSample, mainThreadWakeups, peakRssMiB} from './proc.js';
import {PtySession, type ScreenCheck, type SessionOptions, sleep} from './pty-session.js';

export const KEY = {right: '\u001B[C', left: '\u001B[D', pageDown: '\u001B[6~', pageUp: '\u001B[5~'} as const;

export type KeyKind = 'pane' | 'list' | 'scroll';

export type KeyStep = {
	readonly key: string;
	/** How the key is shown in the results. */
	readonly name: string;
	readonly kind: KeyKind;
	/** Text the answering frame must show (besides differing from the frame before). */
	readonly expect?: string;
	/** What the key shows or moves (a pane, a list): its first use in a process is a first visit. */
	readonly visit: string;
};

const pane = (key: string, name: string, tab: string): KeyStep => ({
	key,
	name,
	kind: 'pane',
	expect: tab,
	visit: `pane ${tab}`,
});
const move = (key: 'j' | 'k', what: 'speaker' | 'topic', to: number): KeyStep => ({
	key,
	name: `${key} (${what}s)`,
	kind: 'list',
	expect: `${what} ${to} of`,
	visit: `${what} list`,
});
const scroll = (key: string, name: string): KeyStep => ({key, name, kind: 'scroll', visit: name});

/**
 * One round of the dashboard that visits every pane and returns to where it began (Summary, top,
 * first speaker and topic), so rounds can repeat: 25 keys, each of which changes the screen.
 */
export const KEY_CYCLE: readonly KeyStep[] = [
	pane('2', '2 (pane)', '[2 Quotes]'),
	move('j', 'speaker', 2),
	move('j', 'speaker', 3),
	move('j', 'speaker', 4),
	move('k', 'speaker', 3),
	move('k', 'speaker', 2),
	move('k', 'speaker', 1),
	scroll(KEY.pageDown, 'PgDn (quotes)'),
	scroll(KEY.pageUp, 'PgUp (quotes)'),
	pane('3', '3 (pane)', '[3 Positions]'),
	move('j', 'topic', 2),
	move('j', 'topic', 3),
	move('j', 'topic', 4),
	move('k', 'topic', 3),
	move('k', 'topic', 2),
	move('k', 'topic', 1),
	pane('1', '1 (pane)', '[1 Summary]'),
	scroll(KEY.pageDown, 'PgDn (summary)'),
	scroll(' ', 'Space (summary)'),
	scroll(KEY.pageUp, 'PgUp (summary)'),
	scroll(KEY.pageUp, 'PgUp (summary)'),
	pane(KEY.right, 'Right (pane)', '[2 Quotes]'),
	pane(KEY.right, 'Right (pane)', '[3 Positions]'),
	pane(KEY.left, 'Left (pane)', '[2 Quotes]'),
	pane(KEY.left, 'Left (pane)', '[1 Summary]'),
];

export type KeySample = {
	readonly name: string;
	readonly kind: KeyKind;
	/** Key written to the last chunk of the frame that answers it. */
	readonly ms: number;
	/** Key written to the chunk that first showed the expected change with its frame closed. */
	readonly shownMs: number;
	/** Output that arrived after the answering frame (within the quiet period): a second render. */
	readonly trailingOutput: boolean;
	/** CPU time the app used for the key (all threads, to the end of the quiet period): robust to other load. */
	readonly cpuMs: number;
	/** The first key in its process to show or move what it does (a pane, a list). */
	readonly firstVisit: boolean;
	/** Who drew the answer: the program itself before Ink has loaded, or Ink. */
	readonly drawnBy: 'direct' | 'ink';
	/** The pause before the key, after the frame before it was finished. */
	readonly pauseMs: number;
};

export type SessionResults = {
	/** Spawn to the first frame, in each fresh process. */
	readonly firstFrameMs: number[];
	readonly syncMarkers: boolean;
	readonly idle: {
		readonly cpuPercent: number;
		readonly cpuPercentTicks: number;
		readonly outputBytes: number;
		/** Times the main thread was woken (a timer, a signal, input): 0 when truly idle. */
		readonly wakeups: number;
		readonly seconds: number;
	};
	readonly keys: KeySample[];
	/** Keys the app did not answer with a change in time (they are left out of `keys`). */
	readonly unanswered: string[];
	/** The second of two keys 10 ms apart: shows whether Ink's frame-rate throttle delays it. */
	readonly burst: number[];
	/** Peak RSS after the first frame, and after every pane has been visited. */
	readonly rssAtStartMiB: number;
	readonly peakRssMiB: number;
};

export type SessionPlan = {
	readonly name: string;
	readonly args: readonly string[];
	readonly complete: ScreenCheck;
	/** Rounds of the key cycle, each in a fresh process. */
	readonly cycles: number;
	readonly bursts: number;
	/** Silence that confirms a frame is finished (longer than Ink's 34 ms render throttle). */
	readonly quietMs?: number;
	/** Pause after the quiet period before the next key, between the bursts. */
	readonly gapMs?: number;
	readonly idleSettleMs?: number;
	readonly idleMs?: number;
};

/** Writes `key` and resolves with the sample for the frame that answers it, or undefined if none came. */
async function press(
	session: PtySession,
	step: KeyStep,
	quietMs: number,
	context: {firstVisit: boolean; pauseMs: number} = {firstVisit: false, pauseMs: 0},
): Promise<KeySample | undefined> {
	const before = session.screen().text;
	const answered: ScreenCheck = screen =>
		!screen.syncOpen && screen.text !== before && (step.expect === undefined || screen.text.includes(step.expect));
	const shown = session.waitFor(answered, 3000, `the answer to ${step.name}`);
	const cpuBefore = cpuSample(session.pid);
	const outputBefore = session.output.length;
	const sentAt = performance.now();
	session.write(step.key);
	let shownAt: number;
	try {
		shownAt = await shown;
	} catch {
		await session.waitQuiet(quietMs);
		return undefined;
	}
	const lastAt = (await session.waitQuiet(quietMs)) ?? shownAt;
	const cpuMs = (cpuSample(session.pid).runNs - cpuBefore.runNs) / 1e6;
	return {
		name: step.name,
		kind: step.kind,
		ms: lastAt - sentAt,
		shownMs: shownAt - sentAt,
		trailingOutput: lastAt > shownAt,
		cpuMs,
		...context,
		// The program's own frames clear each line's end (ESC[K); Ink's never do.
		drawnBy: session.output.slice(outputBefore).includes(ERASE_TO_LINE_END) ? 'direct' : 'ink',
	};
}

const ERASE_TO_LINE_END = '\u001B[K';

/**
 * Pauses after a finished frame before the next key, in ms (after the quiet period that confirms the
 * frame): a person pressing keys in quick runs and stopping to read. Each round starts at another place
 * in the list.
 */
const PAUSES = [0, 20, 60, 250, 0, 30, 120, 180, 40, 500, 10, 90] as const;

/** A reader's pause between the two runs through the cycle: the program loads Ink after 1.5 s without a key. */
const AFTER_A_PAUSE_MS = 3000;

/**
 * Rounds of the key cycle, each in a fresh process from its first frame; then, in the last process,
 * idle CPU, the throttle probe and peak RSS, quit.
 */
export async function measureSession(
	plan: SessionPlan,
	options: SessionOptions,
	progress?: (message: string) => void,
): Promise<SessionResults> {
	const {quietMs = 50, gapMs = 60, idleSettleMs = 500, idleMs = 2000} = plan;
	const keys: KeySample[] = [];
	const unanswered: string[] = [];
	const firstFrameMs: number[] = [];
	let rssAtStartMiB = 0;
	for (let cycle = 0; cycle < plan.cycles; cycle++) {
		progress?.(`${plan.name}: keys, round ${cycle + 1} of ${plan.cycles} (a fresh process)`);
		const session = new PtySession(process.execPath, plan.args, options);
		const last = cycle === plan.cycles - 1;
		try {
			const firstAt = await session.waitFor(plan.complete, 20_000, `the first frame of ${plan.name}`);
			firstFrameMs.push(firstAt - session.startedAt);
			assertIsNode(session.pid);
			rssAtStartMiB = Math.max(rssAtStartMiB, peakRssMiB(session.pid));
			const visited = new Set<string>();
			// The cycle from the first frame, then again after a pause long enough for Ink to take over.
			for (const [round, before] of [0, AFTER_A_PAUSE_MS].entries()) {
				await sleep(before);
				for (const [index, step] of KEY_CYCLE.entries()) {
					const pauseMs = index === 0 ? 0 : PAUSES[(index + cycle * 5 + round * 3) % PAUSES.length]!;
					await sleep(pauseMs);
					const firstVisit = !visited.has(step.visit);
					visited.add(step.visit);
					const sample = await press(session, step, quietMs, {firstVisit, pauseMs});
					if (sample) keys.push(sample);
					else unanswered.push(step.name);
				}
			}
			if (last) return {firstFrameMs, keys, unanswered, rssAtStartMiB, ...(await afterKeys(session))};
		} finally {
			await session.close();
		}
	}
	throw new Error('measureSession needs at least one round');

	/** Idle CPU, the throttle probe and peak RSS, in a process whose panes have all been visited. */
	async function afterKeys(session: PtySession) {
		// Idle: nobody presses a key; a timer or spinner would show as CPU time and as output.
		progress?.(`${plan.name}: idle CPU over ${idleMs / 1000} s`);
		await sleep(idleSettleMs);
		const before = cpuSample(session.pid);
		const bytesBefore = session.received;
		const wakeupsBefore = mainThreadWakeups(session.pid);
		await sleep(idleMs);
		const after = cpuSample(session.pid);
		const wakeups = mainThreadWakeups(session.pid) - wakeupsBefore;
		const cpu = cpuPercent(before, after);
		const idle = {
			cpuPercent: cpu.schedstat,
			cpuPercentTicks: cpu.ticks,
			outputBytes: session.received - bytesBefore,
			wakeups,
			seconds: idleMs / 1000,
		};

		// Two keys 10 ms apart in the speaker list: the second falls inside Ink's render throttle window.
		progress?.(`${plan.name}: bursts`);
		const burst: number[] = [];
		await press(session, pane('2', '2 (pane)', '[2 Quotes]'), quietMs);
		await sleep(gapMs);
		for (let index = 0; index < plan.bursts; index++) {
			const [key, to] = index % 2 === 0 ? (['j', 3] as const) : (['k', 1] as const);
			session.write(key);
			await sleep(10);
			const sample = await press(session, move(key, 'speaker', to), quietMs);
			if (sample) burst.push(sample.ms);
			await sleep(gapMs);
		}
		return {syncMarkers: session.syncSeen, idle, burst, peakRssMiB: peakRssMiB(session.pid)};
	}
}
