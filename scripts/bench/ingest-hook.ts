// The hook for ingest throughput, which `briefing ingest`'s author measures in scripts/bench-ingest.ts.
//
// Contract (adapt both sides together if it changes):
//
//   // scripts/bench-ingest.ts
//   export async function measureIngest(options: {
//     quick: boolean;   // --quick: fewer repetitions
//     tmp: string;      // a scratch folder of the bench's, removed afterwards
//     cli: string;      // the built dist/cli.js, if it measures through the CLI
//     root: string;     // the repository
//   }): Promise<IngestFigure[]>;
//
// Each figure becomes a row of the table and goes into the JSON as it is. Without the file, the
// bench prints "ingest: not available" and goes on.

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

export type IngestOptions = {readonly quick: boolean; readonly tmp: string; readonly cli: string; readonly root: string};

export type IngestResult =
	| {readonly available: true; readonly figures: readonly IngestFigure[]}
	| {readonly available: false; readonly reason: string};

/** Runs scripts/bench-ingest.ts's measureIngest if the file is there. */
export async function measureIngestIfAvailable(options: IngestOptions): Promise<IngestResult> {
	const file = path.join(options.root, 'scripts', 'bench-ingest.ts');
	if (!existsSync(file)) return {available: false, reason: 'scripts/bench-ingest.ts does not exist yet'};
	const module = (await import(pathToFileURL(file).href)) as {measureIngest?: (options: IngestOptions) => Promise<readonly IngestFigure[]>};
	if (typeof module.measureIngest !== 'function')
		return {available: false, reason: 'scripts/bench-ingest.ts does not export measureIngest()'};
	return {available: true, figures: await module.measureIngest(options)};
}
