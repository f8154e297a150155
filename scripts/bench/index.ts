// `npm run bench`: start-up, keystroke latency, peak memory and idle CPU of the built dist/cli.js,
// measured in a real pseudo-terminal, against the targets of the performance issue. Not a test:
// it prints a table, writes bench/results/latest.json, and always exits 0 unless it cannot measure.
//
//   npm run bench [-- --quick] [--runs N] [--cycles N] [--no-build] [--keep] [--out FILE] [--cli FILE]
//
// See scripts/bench/README.md for what each figure means and how it is taken.

import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateLargeBriefing, writeLibrary} from './generate.js';
import {measureIngestIfAvailable} from './ingest-hook.js';
import {KEY_CYCLE, type KeyKind, measureSession, type SessionResults} from './keystrokes.js';
import {type SessionOptions, terminalEnv} from './pty-session.js';
import {describeMachine, formatMachine, formatTable, ms, type Row, times} from './report.js';
import {measureSearch} from './search.js';
import {footerFrame, measureStartups, type StartScenario} from './startup.js';
import {type Summary, summarize} from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type WebFigures = {
	pageKb: number;
	pageMedianMs: number;
	pageP90Ms: number;
	feedMedianMs: number;
	pinned: boolean;
};

/** scripts/bench-web.ts in a child process (it pins itself to one core where it can), or undefined when it fails. */
function measureWeb(quick: boolean): WebFigures | undefined {
	try {
		const output = execFileSync(
			process.execPath,
			['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-web.ts'), '--json', ...(quick ? ['--quick'] : [])],
			{cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']},
		);
		return JSON.parse(output.trim().split('\n').at(-1) ?? '') as WebFigures;
	} catch {
		return undefined;
	}
}
const BUNDLED = path.join(ROOT, 'data', 'nato-russia-council-2022.json');

// The targets of the performance issue.
const TARGET = {
	startRatio: 2.5, // bundled briefing, x node -e 0
	largeStartRatio: 2, // large briefing, x bundled briefing
	libraryStartRatio: 2, // library of 1,000, x bundled briefing
	interactiveRatio: 2, // a key pressed at the first frame, answered: x node -e 0
	keyMedianMs: 10, // every key, first visits included, in fresh processes
	keyP95Ms: 25,
	rssBundledMiB: 100,
	rssLargeMiB: 200,
	idleCpuPercent: 0.5, // the target is 0%; above this a timer is running
	searchQueryMs: 5, // a query of the library of 1,000, p95 (every prefix as typed)
};

type Options = {quick: boolean; runs: number; cycles: number; build: boolean; keep: boolean; out: string; cli: string};

function parseOptions(argv: readonly string[]): Options {
	const quick = argv.includes('--quick');
	const number = (name: string, fallback: number) => {
		const at = argv.indexOf(`--${name}`);
		const value = at === -1 ? fallback : Number(argv[at + 1]);
		if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number of 1 or more`);
		return value;
	};
	const string = (name: string) => {
		const at = argv.indexOf(`--${name}`);
		return at === -1 ? undefined : path.resolve(argv[at + 1] ?? '');
	};
	// Another build (say, of another branch) can be measured with --cli; it is not rebuilt.
	const cli = string('cli');
	return {
		quick,
		runs: number('runs', quick ? 5 : 15),
		cycles: number('cycles', quick ? 2 : 6),
		build: !argv.includes('--no-build') && cli === undefined,
		keep: argv.includes('--keep'),
		out: string('out') ?? path.join(ROOT, 'bench', 'results', 'latest.json'),
		cli: cli ?? path.join(ROOT, 'dist', 'cli.js'),
	};
}

const progress = (message: string) => process.stderr.write(`… ${message}\n`);

function headlineOf(file: string): string {
	return (JSON.parse(readFileSync(file, 'utf8')) as {headline: string}).headline;
}

function distBytes(cli: string): {cli: number; total: number} {
	const folder = path.dirname(cli);
	const files = readdirSync(folder).filter(name => name.endsWith('.js'));
	return {cli: statSync(cli).size, total: files.reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0)};
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const CLI = options.cli;
	const machine = describeMachine(ROOT);

	let buildMs: number | undefined;
	if (options.build) {
		progress('building dist/cli.js');
		const started = performance.now();
		execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {cwd: ROOT, stdio: 'inherit'});
		buildMs = performance.now() - started;
	}

	const tmp = mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-'));
	try {
		progress(`generating the large briefing and the library of 1,000 in ${tmp}`);
		const largeFile = path.join(tmp, 'large.json');
		const large = generateLargeBriefing();
		writeFileSync(largeFile, `${JSON.stringify(large, null, '\t')}\n`);
		const libraryFolder = path.join(tmp, 'library');
		const library = writeLibrary(libraryFolder, {count: 1000});

		// The inputs must be valid, or the figures mean nothing; the time also shows what validation costs.
		const validated = performance.now();
		execFileSync(process.execPath, [CLI, 'validate', largeFile], {
			env: terminalEnv(),
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		const validateLargeMs = performance.now() - validated;

		const session: SessionOptions = {cols: 80, rows: 24, cwd: ROOT, env: terminalEnv()};
		const scenarios: StartScenario[] = [
			{
				name: 'bundled',
				args: [CLI, BUNDLED],
				complete: footerFrame(headlineOf(BUNDLED).slice(0, 30)),
				describe: 'headline on top, "q quit" in the footer',
				interact: {key: '2', expect: '[2 Quotes]'},
			},
			{
				name: 'large',
				args: [CLI, largeFile],
				complete: footerFrame(large.headline.slice(0, 30)),
				describe: 'headline on top, "q quit" in the footer',
				interact: {key: '2', expect: '[2 Quotes]'},
			},
			// Until the story picker lands this opens the first story; any frame with a top row and a "q quit" footer counts.
			{
				name: 'library',
				args: [CLI, libraryFolder],
				complete: footerFrame(),
				describe: 'a top row and "q quit" in the footer',
				interact: {key: 'j', expect: 'story 2 of'},
			},
		];
		const startups = await measureStartups(scenarios, session, {runs: options.runs, progress});

		const sessions: Record<string, SessionResults> = {};
		for (const scenario of scenarios.slice(0, 2))
			sessions[scenario.name] = await measureSession(
				{
					name: scenario.name,
					args: scenario.args,
					complete: scenario.complete,
					cycles: options.cycles,
					bursts: options.quick ? 10 : 20,
				},
				session,
				progress,
			);

		progress('search: indexes and queries on the library of 1,000');
		const search = await measureSearch(
			library.map(entry => entry.file),
			CLI,
			terminalEnv(),
			libraryFolder,
		);

		progress('ingest');
		const ingest = await measureIngestIfAvailable({quick: options.quick, tmp, cli: CLI, root: ROOT});
		progress('web');
		const web = measureWeb(options.quick);

		// The table.
		const node = summarize(startups.node);
		const start = Object.fromEntries(
			Object.entries(startups.apps).map(([name, samples]) => [
				name,
				{
					frame: summarize(samples.map(sample => sample.ms)),
					firstOutput: summarize(samples.map(sample => sample.firstOutputMs)),
					interactive: summarize(samples.map(sample => sample.interactiveMs)),
					cpu: summarize(samples.map(sample => sample.cpuMs)),
				},
			]),
		);
		const bundled = start['bundled']!.frame.median;
		const rows: Row[] = [
			{
				measure: 'node -e 0 (spawn to exit, the yardstick)',
				figure: `${ms(node.median)} (p95 ${ms(node.p95)})`,
				ratio: '1.00x node',
			},
			...(['bundled', 'large', 'library'] as const).flatMap((name): Row[] => {
				const {frame, firstOutput, cpu, interactive} = start[name]!;
				const label = {
					bundled: 'start: bundled briefing',
					large: 'start: large briefing',
					library: 'start: library of 1,000',
				}[name];
				const figure = `${ms(frame.median)} (p95 ${ms(frame.p95)}; 1st byte ${ms(firstOutput.median)}; CPU ${ms(cpu.median)})`;
				const interactiveRow: Row = {
					measure: `${label.replace('start', 'interactive')} (a key at the 1st frame, answered)`,
					figure: `${ms(interactive.median)} (p95 ${ms(interactive.p95)})`,
					ratio: times(interactive.median / node.median, 'node'),
					...(name === 'bundled'
						? {
								target: `<= ${TARGET.interactiveRatio}x node`,
								pass: interactive.median / node.median <= TARGET.interactiveRatio,
							}
						: {}),
				};
				if (name === 'bundled') {
					const ratio = frame.median / node.median;
					return [
						{
							measure: label,
							figure,
							ratio: times(ratio, 'node'),
							target: `<= ${TARGET.startRatio}x node`,
							pass: ratio <= TARGET.startRatio,
						},
						interactiveRow,
					];
				}
				const ratio = frame.median / bundled;
				const limit = name === 'large' ? TARGET.largeStartRatio : TARGET.libraryStartRatio;
				return [
					{
						measure: label,
						figure,
						ratio: `${times(ratio, 'bundled')} (${times(frame.median / node.median, 'node')})`,
						target: `<= ${limit}x bundled`,
						pass: ratio <= limit,
					},
					interactiveRow,
				];
			}),
		];
		const keySummaries: Record<string, unknown> = {};
		for (const [name, result] of Object.entries(sessions)) {
			const all = summarize(result.keys.map(key => key.ms));
			const byKind = Object.fromEntries(
				(['pane', 'list', 'scroll'] as KeyKind[]).map(kind => [
					kind,
					summarize(result.keys.filter(key => key.kind === kind).map(key => key.ms)),
				]),
			);
			const burst = summarize(result.burst);
			const cpu = summarize(result.keys.map(key => key.cpuMs));
			keySummaries[name] = {
				all,
				byKind,
				burst,
				cpu,
				trailingOutput: result.keys.filter(key => key.trailingOutput).length,
			};
			const label = name === 'bundled' ? 'bundled' : 'large';
			const kinds = (['pane', 'list', 'scroll'] as KeyKind[])
				.map(kind => `${kind} ${ms(byKind[kind]!.median)}`)
				.join(', ');
			const first = summarize(result.keys.filter(key => key.firstVisit).map(key => key.ms));
			const drawn = (by: 'direct' | 'ink') =>
				summarize(result.keys.filter(key => key.drawnBy === by).map(key => key.ms));
			const [direct, ink] = [drawn('direct'), drawn('ink')];
			const split = (summary: Summary) => `${ms(summary.median)} / ${ms(summary.p95)} (n=${summary.n})`;
			keySummaries[name] = {...(keySummaries[name] as object), firstVisits: first, direct, ink};
			rows.push(
				{
					measure: `keys: ${label}, median (n=${all.n}, ${result.firstFrameMs.length} fresh processes)`,
					figure: `${ms(all.median)} (${kinds}; CPU ${ms(cpu.median)})`,
					target: `<= ${TARGET.keyMedianMs} ms`,
					pass: all.median <= TARGET.keyMedianMs,
				},
				{
					measure: `keys: ${label}, p95`,
					figure: `${ms(all.p95)} (max ${ms(all.max)})`,
					target: `<= ${TARGET.keyP95Ms} ms`,
					pass: all.p95 <= TARGET.keyP95Ms,
				},
				{
					measure: `keys: ${label}, first visits, median / p95`,
					figure: split(first),
				},
				{
					measure: `keys: ${label}, before / after Ink took over, median / p95`,
					figure: `${split(direct)}; ${split(ink)}`,
				},
				{
					measure: `keys: ${label}, 2nd of 2 keys 10 ms apart`,
					figure: `${ms(burst.median)} (p95 ${ms(burst.p95)}, n=${burst.n})`,
				},
			);
			if (result.unanswered.length > 0)
				rows.push({
					measure: `keys: ${label}, unanswered`,
					figure: `${result.unanswered.length}: ${[...new Set(result.unanswered)].join(', ')}`,
					pass: false,
				});
		}
		for (const [name, result] of Object.entries(sessions)) {
			const limit = name === 'bundled' ? TARGET.rssBundledMiB : TARGET.rssLargeMiB;
			rows.push({
				measure: `peak RSS: ${name} briefing, every pane visited`,
				figure: `${result.peakRssMiB.toFixed(1)} MiB (${result.rssAtStartMiB.toFixed(1)} at 1st frame)`,
				target: `<= ${limit} MiB`,
				pass: result.peakRssMiB <= limit,
			});
		}
		for (const [name, result] of Object.entries(sessions))
			rows.push({
				measure: `idle CPU: ${name} briefing, ${result.idle.seconds} s`,
				figure: `${result.idle.cpuPercent.toFixed(2)}% (ticks ${result.idle.cpuPercentTicks.toFixed(1)}%; ${result.idle.wakeups} wakeups, ${result.idle.outputBytes} bytes out)`,
				target: `0% (< ${TARGET.idleCpuPercent}%)`,
				pass: result.idle.cpuPercent < TARGET.idleCpuPercent,
			});
		rows.push(
			{
				measure: `search: index of the library of 1,000 (${search.quotes.toLocaleString('en')} quotes), files read and indexed`,
				figure: `${ms(search.quoteIndexMs)} (briefing search); ${ms(search.storyIndexMs)} (the picker's, by story)`,
			},
			{
				measure: `search: a query, every prefix as typed (n=${search.storyQuery.n}), median / p95 / max`,
				figure: `picker ${ms(search.storyQuery.median)} / ${ms(search.storyQuery.p95)} / ${ms(search.storyQuery.max)}; quotes ${ms(search.quoteQuery.median)} / ${ms(search.quoteQuery.p95)} / ${ms(search.quoteQuery.max)}`,
				target: `<= ${TARGET.searchQueryMs} ms p95`,
				pass: Math.max(search.storyQuery.p95, search.quoteQuery.p95) <= TARGET.searchQueryMs,
			},
			{
				measure: '`briefing search veto` on the library of 1,000, spawn to exit',
				figure: `${ms(search.commandMs.median)} (of 3)`,
			},
		);
		if (ingest.available)
			for (const figure of ingest.figures)
				rows.push({
					measure: `ingest: ${figure.name}`,
					figure: `${figure.value} ${figure.unit}`,
					...(figure.target ? {target: figure.target} : {}),
					...(figure.pass === undefined ? {} : {pass: figure.pass}),
				});
		else rows.push({measure: 'ingest', figure: 'not available', target: ingest.reason});
		if (web) {
			rows.push({
				measure: `web: extraction + draft, ${web.pageKb} KB page${web.pinned ? ', one core' : ''} (median / p90)`,
				figure: `${web.pageMedianMs.toFixed(1)} / ${web.pageP90Ms.toFixed(1)} ms`,
				target: '<= 50 ms median',
				pass: web.pageMedianMs <= 50,
			});
			rows.push({
				measure: 'web: `briefing ingest` of a 20-item loopback feed',
				figure: `${web.feedMedianMs.toFixed(0)} ms`,
				target: '<= 2 s',
				pass: web.feedMedianMs <= 2000,
			});
		} else rows.push({measure: 'web', figure: 'not available', target: 'npm run bench:web failed'});

		const bytes = distBytes(CLI);
		const notes = [
			`inputs: large briefing ${(statSync(largeFile).size / 1024 / 1024).toFixed(1)} MB (${large.quotes.length} quotes, ${large.speakers.length} speakers, ${large.topics.length} topics, ${large.paragraphs.length} paragraphs); library ${library.length} files`,
			`bundle: ${path.relative(ROOT, CLI)} ${(bytes.cli / 1024).toFixed(0)} KiB, dist/*.js ${(bytes.total / 1024).toFixed(0)} KiB${buildMs === undefined ? '' : `; build ${ms(buildMs)}`}; \`briefing validate\` of the large briefing ${ms(validateLargeMs)}`,
			`load average: ${machine.loadAverage} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end (${machine.cores} cores; above that, other work competed with the bench)`,
			`runs: ${options.runs} starts per scenario, each after a node -e 0 start; ${options.cycles} fresh processes, each pressing the ${KEY_CYCLE.length} keys from its first frame and again after a 3 s pause; Ink synchronized-update markers: ${Object.values(sessions).every(result => result.syncMarkers) ? 'yes' : 'no'}`,
		];
		process.stdout.write(
			`\nbriefing bench — ${formatMachine(machine)}\n\n${formatTable(rows)}\n\n${notes.join('\n')}\n`,
		);

		mkdirSync(path.dirname(options.out), {recursive: true});
		const json = {
			machine,
			loadAverageAtEnd: os.loadavg()[0],
			options: {...options, out: undefined},
			targets: TARGET,
			build: {ms: buildMs, bytes},
			inputs: {
				large: {
					bytes: statSync(largeFile).size,
					quotes: large.quotes.length,
					speakers: large.speakers.length,
					topics: large.topics.length,
					paragraphs: large.paragraphs.length,
				},
				library: {files: library.length},
				validateLargeMs,
			},
			startup: {
				node: {summary: node, samples: startups.node},
				apps: Object.fromEntries(
					Object.entries(startups.apps).map(([name, samples]) => [name, {...start[name], samples}]),
				),
			},
			keys: keySummaries,
			sessions,
			search,
			ingest,
			web,
			rows,
		};
		writeFileSync(options.out, `${JSON.stringify(json, null, '\t')}\n`);
		process.stdout.write(`results: ${path.relative(process.cwd(), options.out) || options.out}\n`);
	} finally {
		if (options.keep) process.stderr.write(`kept the generated inputs in ${tmp}\n`);
		else rmSync(tmp, {recursive: true, force: true});
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
