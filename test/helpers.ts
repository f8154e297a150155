import {fileURLToPath} from 'node:url';
import {loadBriefingFile} from '../source/model/load.js';
import type {Briefing} from '../source/model/schema.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA = `${ROOT}data`;
export const NATO_FILE = `${DATA}/nato-russia-council-2022.json`;
export const CLI = `${ROOT}dist/cli.js`;

/** A bundled briefing, loaded and validated as the app does. */
export function bundled(file = NATO_FILE): Briefing {
	const result = loadBriefingFile(file);
	if (!result.ok) throw new Error(`bundled briefing does not load: ${JSON.stringify(result.problems)}`);
	return result.briefing;
}
