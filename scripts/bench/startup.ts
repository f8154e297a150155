// Start-up: from spawn to the first complete frame, alternating with `node -e 0` as the yardstick
// (the machine's speed, load and disk cache change during a run; alternating spreads that over both).

import {cpuSample} from './proc.js';
import {PtySession, type ScreenCheck, type SessionOptions, sleep} from './pty-session.js';

/** A way of starting the app, and how to recognise its first complete frame. */
export type StartScenario = {
	readonly name: string;
	readonly args: readonly string[];
	readonly complete: ScreenCheck;
	/** What `complete` looks for, for messages. */
	readonly describe: string;
	/** A key pressed the moment the first frame shows, and what its answer shows: time to interactive. */
	readonly interact: {readonly key: string; readonly expect: string};
};

/**
 * The dashboard's frame (and the story picker's) ends with a footer offering "q quit": the frame is
 * complete when the last drawn row says so, the top row is drawn (and shows `top`, if given), and no
 * synchronized update is open.
 */
export function footerFrame(top?: string): ScreenCheck {
	return screen => {
		if (screen.syncOpen) return false;
		const drawn = screen.rows.filter(row => row.trim() !== '');
		const first = screen.rows[0] ?? '';
		return (drawn.at(-1) ?? '').includes('q quit') && (top === undefined ? first.trim() !== '' : first.includes(top));
	};
}

export type StartSample = {
	/** Spawn to the arrival of the output that completed the first frame. */
	readonly ms: number;
	/** Spawn to the first byte of output (for the dashboard: entering the alternate screen, after loading the file). */
	readonly firstOutputMs: number;
	/** Spawn to the answer of a key pressed the moment the first frame showed. */
	readonly interactiveMs: number;
	/**
	 * CPU time the app had used (all its threads) when its first frame had arrived: less sensitive than
	 * the wall-clock figures to other work on the machine, so it compares builds on a busy machine.
	 */
	readonly cpuMs: number;
};

export type StartupResults = {
	/** `node -e 0`: spawn to exit, one before each app start. */
	readonly node: number[];
	readonly apps: Record<string, StartSample[]>;
};

/** Spawn to exit of `node -e 0` in the pty. */
export async function nodeBaseline(session: SessionOptions): Promise<number> {
	const run = new PtySession(process.execPath, ['-e', '0'], session);
	await run.exited;
	await run.close();
	return run.exitedAt! - run.startedAt;
}

/** One start of the app, up to its first complete frame; then it is asked to quit. */
export async function startOnce(
	scenario: StartScenario,
	session: SessionOptions,
	timeoutMs = 20_000,
): Promise<StartSample> {
	const run = new PtySession(process.execPath, scenario.args, session);
	try {
		const at = await Promise.race([
			run.waitFor(scenario.complete, timeoutMs, `the first complete frame of ${scenario.name} (${scenario.describe})`),
			run.exited.then(result => {
				throw new Error(
					`${scenario.name} exited with ${result.exitCode} before its first complete frame; the screen shows: ${run
						.screen()
						.rows.filter(row => row.trim())
						.slice(0, 4)
						.join(' | ')}`,
				);
			}),
		]);
		const cpuMs = cpuSample(run.pid).runNs / 1e6;
		// A person who presses a key as soon as the dashboard shows: when is it answered?
		const {key, expect} = scenario.interact;
		const answered = run.waitFor(
			screen => !screen.syncOpen && screen.text.includes(expect),
			timeoutMs,
			`the answer to ${JSON.stringify(key)} (${expect}) right after the first frame of ${scenario.name}`,
		);
		run.write(key);
		const interactiveAt = await answered;
		return {
			ms: at - run.startedAt,
			firstOutputMs: (run.firstOutputAt ?? at) - run.startedAt,
			interactiveMs: interactiveAt - run.startedAt,
			cpuMs,
		};
	} finally {
		await run.close();
	}
}

/**
 * `runs` rounds (after `warmup` unrecorded ones) of: node, app 1, node, app 2, …
 * so every app start sits next to a node start measured under the same conditions.
 */
export async function measureStartups(
	scenarios: readonly StartScenario[],
	session: SessionOptions,
	{runs, warmup = 1, progress}: {runs: number; warmup?: number; progress?: (message: string) => void},
): Promise<StartupResults> {
	const results: StartupResults = {node: [], apps: Object.fromEntries(scenarios.map(scenario => [scenario.name, []]))};
	for (let round = -warmup; round < runs; round++) {
		progress?.(round < 0 ? 'start-up: warm-up round' : `start-up: round ${round + 1} of ${runs}`);
		for (const scenario of scenarios) {
			const node = await nodeBaseline(session);
			await sleep(30);
			const app = await startOnce(scenario, session);
			await sleep(30);
			if (round < 0) continue;
			results.node.push(node);
			results.apps[scenario.name]!.push(app);
		}
	}
	return results;
}
