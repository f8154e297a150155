import type {IngestOptions} from '../command-line.js';
import {UserError} from '../model/problems.js';

export async function runIngest(_options: IngestOptions): Promise<number> {
	throw new UserError('briefing ingest: not available yet');
}
