import {type AddOptions, DEFAULT_TIMEOUT_SECONDS} from '../command-line.js';
import {type IngestIo, ingestInto, openAll} from './ingest.js';

// `briefing add SOURCE...`: drafts into the user's library (see userLibraryFolder), each story named from its
// headline and never over another file (NAME-2.json, NAME-3.json); an article already there (by its URL) is
// skipped unless --force, which adds it again beside the first.

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

/** `briefing add`: returns the exit code. */
export async function runAdd(options: AddOptions, io: IngestIo = processIo): Promise<number> {
	const {opened, failed} = await openAll(options.inputs, io, {
		timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
	});
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
