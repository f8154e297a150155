import type {PrintOptions} from '../command-line.js';
import {formatText} from '../format/text.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';

export async function runPrint(options: PrintOptions): Promise<void> {
	const result = loadBriefingFile(options.file);
	if (!result.ok) throw UserError.fromProblems(result.problems);
	const width = options.width ?? (process.stdout.columns || 80);
	if (options.format === 'json') process.stdout.write(`${JSON.stringify(result.briefing, null, 2)}\n`);
	else process.stdout.write(formatText(result.briefing, {width, ...(options.pane ? {pane: options.pane} : {})}));
}
