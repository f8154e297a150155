// The hook for ingest throughput, which `briefing ingest`'s author measures in scripts/bench-ingest.ts.
//
// Contract (adapt both sides together if it changes):
//
//   // scripts/bench-ingest.ts
//   export async function measureIngest(options: {
//     quick: boolean;      // --quick: fewer repetitions
//     tmp: string;         // a scratch folder of the bench's, removed afterwards
//     cli: string;         // the built dist/cli.js, if it measures through the CLI
//     root: string;        // the repository
//     minSeconds: number;  // how long to measure throughput (2, or 1 with --quick)
//     memoryRuns: number;  // articles before the last memory reading (10,000, or 1,000 with --quick)
//   }): Promise<IngestFigure[] | object>;
//
// Figures become rows of the table as they are. A plain object (what the ingest branch's
// measureIngest returns: {articlesPerSecond, cpuMsPerArticle, startupMs, rssMb: {...}, ...}) is
// flattened: its headline numbers (INGEST_ROWS) become rows, all of it goes into the JSON.
// Without the file, the bench prints "ingest: not available" and goes on.
//
// It runs in a child process (node --expose-gc --import tsx), as `npm run bench:ingest` does, so
// neither its memory figures nor its throughput include the bench's own heap (xterm, samples).

import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export type IngestFigure = {
	/** What was measured, e.g. "ingest throughput (1,000 articles)". */
	readonly name: string;
	readonly value: number;
	/** e.g. "articles/s", "MB/s", "ms". */
	readonly unit: string;
	/** The target in words, e.g. ">= 200 articles/s", if the ingest issue sets one. */
	readonly target?: string;
	readonly pass?: boolean;
};

export type IngestOptions = {
	readonly quick: boolean;
	readonly tmp: string;
	readonly cli: string;
	readonly root: string;
};

export type IngestResult =
	| {readonly available: true; readonly figures: readonly IngestFigure[]; readonly raw: unknown}
	| {readonly available: false; readonly reason: string};

/** The numbers of a plain-object result shown in the table, by path, with their units; the rest is in the JSON. */
const INGEST_ROWS: Record<string, {name: string; unit: string}> = {
	articlesPerSecond: {name: 'throughput, one thread', unit: 'articles/s'},
	medianBatchArticlesPerSecond: {name: 'throughput, median 50-article batch', unit: 'articles/s'},
	cpuMsPerArticle: {name: 'CPU per article', unit: 'ms'},
	startupMs: {name: 'import and first article', unit: 'ms'},
	'rssMb.after10000': {name: 'RSS after the memory run', unit: 'MB'},
};

/** Numeric leaves of an object, by dotted path. */
function numbers(value: unknown, prefix = ''): [string, number][] {
	if (typeof value === 'number') return [[prefix, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => numbers(inner, prefix ? `${prefix}.${key}` : key));
}

function figuresOf(result: unknown): IngestFigure[] {
	if (Array.isArray(result)) return result as IngestFigure[];
	const all = numbers(result);
	const known = all.filter(([path]) => INGEST_ROWS[path]).map(([path, value]) => ({...INGEST_ROWS[path]!, value}));
	return known.length > 0 ? known : all.map(([path, value]) => ({name: path, value, unit: ''}));
}

/** Runs scripts/bench-ingest.ts's measureIngest if the file is there. */
export async function measureIngestIfAvailable(options: IngestOptions): Promise<IngestResult> {
	const file = path.join(options.root, 'scripts', 'bench-ingest.ts');
	if (!existsSync(file)) return {available: false, reason: 'scripts/bench-ingest.ts does not exist yet'};
	const passed = {...options, minSeconds: options.quick ? 1 : 2, memoryRuns: options.quick ? 1000 : 10_000};
	// (A file tsx loads as CommonJS has its exports under default.)
	const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});
const measure = m.measureIngest ?? m.default?.measureIngest;
if (typeof measure !== 'function') { console.log(JSON.stringify({missing: true})); process.exit(0); }
console.log(JSON.stringify({result: await measure(${JSON.stringify(passed)})}));`;
	const stdout = await new Promise<string>((resolve, reject) =>
		execFile(
			process.execPath,
			['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script],
			{cwd: options.root, maxBuffer: 16 * 1024 * 1024},
			(error, out, err) =>
				error ? reject(new Error(`scripts/bench-ingest.ts failed: ${err || error.message}`)) : resolve(out),
		),
	);
	const answer = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {missing?: boolean; result?: unknown};
	if (answer.missing) return {available: false, reason: 'scripts/bench-ingest.ts does not export measureIngest()'};
	return {available: true, figures: figuresOf(answer.result), raw: answer.result};
}
