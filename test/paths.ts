import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA = path.join(ROOT, 'data');
export const NATO_FILE = path.join(DATA, 'nato-russia-council-2022.json');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** The bundled briefing files: every data/*.json but the JSON Schema. */
export function bundledFiles(): string[] {
	return readdirSync(DATA)
		.filter(name => name.endsWith('.json') && !name.endsWith('.schema.json'))
		.sort()
		.map(name => path.join(DATA, name));
}
