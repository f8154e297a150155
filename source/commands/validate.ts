import {statSync} from 'node:fs';
import type {ValidateOptions} from '../command-line.js';
import {isSchemaFile, listLibrary} from '../model/library.js';
import {loadBriefingFile} from '../model/load.js';
import {formatProblem, type Problem} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {counted} from '../view/text.js';

type Expanded = {files: string[]; problem?: Problem};

/** The files a target names: itself, or a folder's briefings (a folder that cannot be listed is a problem). */
function expand(target: string): Expanded {
	try {
		if (!statSync(target).isDirectory()) return {files: [target]};
	} catch {
		return {files: [target]}; // not there or unreadable: loading it reports why
	}
	const listed = listLibrary(target, 'name');
	return listed.ok ? {files: listed.files} : {files: [], problem: listed.problem};
}

/**
 * `briefing validate FILE|DIR...`: one line per valid file on stdout, one per problem on stderr. Returns the exit code.
 */
export function runValidate(options: ValidateOptions): number {
	let failed = 0;
	let checked = 0;
	for (const target of options.files) {
		const {files, problem} = expand(target);
		if (problem) {
			process.stderr.write(`${formatProblem(problem)}\n`);
			failed++;
		} else if (files.length === 0) {
			process.stderr.write(`${sanitizeLine(target)}: no briefing files (*.json) in this folder\n`);
			failed++;
		}
		for (const file of files) {
			// `briefing validate data/*.json` names the JSON Schema too: it describes briefings, it is not one (a folder
			// leaves it out).
			if (isSchemaFile(file)) {
				process.stdout.write(`${sanitizeLine(file)}: skipped (a JSON Schema, not a briefing)\n`);
				continue;
			}
			checked++;
			const result = loadBriefingFile(file);
			if (result.ok) {
				const {speakers, quotes, topics} = result.briefing;
				process.stdout.write(
					`${sanitizeLine(file)}: ok (${counted(speakers.length, 'speaker')}, ${counted(quotes.length, 'quote')}, ${counted(topics.length, 'topic')})\n`,
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
