import {readFileSync} from 'node:fs';

// The version for the User-Agent. The bundle has it built in (scripts/build.mjs defines it); the sources,
// run with tsx, read it from package.json.

let version: string | undefined;

/** briefing's version, from package.json. */
export function briefingVersion(): string {
	version ??= process.env['BRIEFING_BUILT_VERSION'] ?? readVersion();
	return version;
}

function readVersion(): string {
	for (const relative of ['../package.json', '../../package.json']) {
		try {
			const parsed = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
				name?: string;
				version?: string;
			};
			if (parsed.name === 'briefing' && parsed.version) return parsed.version;
		} catch {
			// Not there: try the next folder up.
		}
	}
	return 'unknown';
}
