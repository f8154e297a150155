import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {collect, crossValidate, developmentArticles, trainAll} from '../../../scripts/train-ingest.js';
import {REPORTED_FEATURES, REPORTED_MODE} from '../../../source/ingest/learned/reported-model.js';
import {SPEAKER_FEATURES, SPEAKER_MODE} from '../../../source/ingest/learned/speaker-model.js';

const shipped = (name: string) =>
	readFileSync(new URL(`../../../source/ingest/learned/${name}-weights.json`, import.meta.url), 'utf8');

describe('the shipped weights', () => {
	it('name the features the models compute, in order, with a mode', () => {
		const speaker = JSON.parse(shipped('speaker'));
		const reported = JSON.parse(shipped('reported'));
		expect(speaker.features).toEqual([...SPEAKER_FEATURES]);
		expect(reported.features).toEqual([...REPORTED_FEATURES]);
		expect(speaker.mode).toBe(SPEAKER_MODE);
		expect(reported.mode).toBe(REPORTED_MODE);
	});

	it('are what npm run train:ingest produces from the development gold', {timeout: 60_000}, () => {
		const data = collect(developmentArticles());
		const weights = trainAll(data, crossValidate(data));
		// As values, key order included: the formatter lays the files out its own way.
		expect(JSON.stringify(JSON.parse(shipped('speaker')))).toBe(JSON.stringify(weights.speaker));
		expect(JSON.stringify(JSON.parse(shipped('reported')))).toBe(JSON.stringify(weights.reported));
	});

	it('are trained on development sets only, never a blind one', () => {
		expect(developmentArticles().some(article => /blind/i.test(article.name))).toBe(false);
	});
});
