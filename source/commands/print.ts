import type {PrintOptions} from '../command-line.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';

export async function runPrint(options: PrintOptions): Promise<void> {
	const result = loadBriefingFile(options.file);
	if (!result.ok) throw UserError.fromProblems(result.problems);
	process.stdout.write(`${JSON.stringify(result.briefing, null, 2)}\n`);
}
