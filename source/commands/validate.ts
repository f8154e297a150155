import {statSync} from 'node:fs';
import type {ValidateOptions} from '../command-line.js';
import {briefingFilesIn} from '../model/library.js';
import {loadBriefingFile} from '../model/load.js';
import {formatProblem} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';

function expand(target: string): string[] {
	try {
		if (statSync(target).isDirectory()) return briefingFilesIn(target);
	} catch {
		// Not there or unreadable: loading it reports why.
	}
	return [target];
}

/** `briefing validate FILE|DIR...`: one line per valid file on stdout, one per problem on stderr. Returns the exit code. */
export function runValidate(options: ValidateOptions): number {
	let failed = 0;
	let checked = 0;
	for (const target of options.files) {
		const files = expand(target);
		if (files.length === 0) {
			process.stderr.write(`${sanitizeLine(target)}: no briefing files (*.json) in this folder\n`);
			failed++;
		}
		for (const file of files) {
			checked++;
			const result = loadBriefingFile(file);
			if (result.ok) {
				const {speakers, quotes, topics} = result.briefing;
				process.stdout.write(
					`${sanitizeLine(file)}: ok (${speakers.length} speakers, ${quotes.length} quotes, ${topics.length} topics)\n`,
				);
			} else {
				failed++;
				process.stderr.write(`${result.problems.map(formatProblem).join('\n')}\n`);
			}
		}
	}
	if (checked > 1 && failed > 0) process.stderr.write(`${failed} of ${checked} files have problems\n`);
	return failed > 0 ? 1 : 0;
}
