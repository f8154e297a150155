import type {AddOptions} from '../command-line.js';
import {UserError} from '../model/problems.js';
import type {Opened} from '../web/sources.js';
import {type IngestIo, ingestInto, openSource} from './ingest.js';

// `briefing add SOURCE...`: drafts into the user's library (see userLibraryFolder), each story named from its
// headline and never over another file (NAME-2.json, NAME-3.json); an article already there (by its URL) is
// skipped unless --force, which adds it again beside the first.

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

/** `briefing add`: returns the exit code. */
export async function runAdd(options: AddOptions, io: IngestIo = processIo): Promise<number> {
	const opened: Opened[] = [];
	let failed = 0;
	for (const input of options.inputs) {
		try {
			opened.push(await openSource(input, io, {timeoutMs: options.timeoutMs}));
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			failed++;
			io.stderr.write(`${error.message}\n`);
		}
	}
	const code = await ingestInto(
		opened,
		options.library,
		options,
		io,
		{
			from: 'headline',
			neverOverwrite: true,
			verb: 'added',
		},
		failed,
	);
	if (code === 0) io.stderr.write('open your library with `briefing`\n');
	return code;
}
