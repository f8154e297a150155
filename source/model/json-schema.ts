import * as z from 'zod/mini';
import {Briefing} from './schema.js';

/** The JSON Schema of the briefing format, as committed in data/briefing.schema.json (editors read it). */
export function briefingJsonSchema(): string {
	const schema = z.toJSONSchema(Briefing, {io: 'input', target: 'draft-2020-12'});
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
