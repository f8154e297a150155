import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {lexiconData} from '../../scripts/lexicon-source.js';

describe('the lexicon ingest ships', () => {
	it('is compromise’s lexicon as installed (run `npm run lexicon` after updating compromise)', () => {
		const shipped = JSON.parse(readFileSync(new URL('../../source/ingest/lexicon-data.json', import.meta.url), 'utf8'));
		expect(shipped).toEqual(lexiconData());
	});
});
