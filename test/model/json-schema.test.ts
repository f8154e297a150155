import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {briefingJsonSchema} from '../../source/model/json-schema.js';
import {bundledFiles, DATA} from '../paths.js';

describe('data/briefing.schema.json', () => {
	it('is what the zod schema generates today', () => {
		const committed = readFileSync(path.join(DATA, 'briefing.schema.json'), 'utf8');
		const stale = committed !== briefingJsonSchema();
		// A plain boolean keeps the failure to one readable line instead of a 600-line diff.
		expect(stale, 'data/briefing.schema.json is out of date: run `npm run schema` and commit the result').toBe(false);
	});

	it('requires the same top-level keys as the loader', () => {
		const schema = JSON.parse(briefingJsonSchema()) as {required: string[]; additionalProperties: boolean};
		expect(schema.required).toEqual(
			expect.arrayContaining(['schemaVersion', 'id', 'headline', 'source', 'quotes', 'topics', 'paragraphs']),
		);
		expect(schema.additionalProperties).toBe(false);
	});

	it('is the schema every bundled briefing names for editors', () => {
		for (const file of bundledFiles())
			expect(JSON.parse(readFileSync(file, 'utf8')).$schema, file).toBe('./briefing.schema.json');
	});
});
