import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {NO_DEADLINE} from '../../../source/ingest/deadline.js';
import {isReportedSpeech, REPORTED_FEATURES, REPORTED_MODEL} from '../../../source/ingest/learned/reported-model.js';
import {findReportedAndMixed} from '../../../source/ingest/quotes/reported.js';
import {article} from '../helpers.js';

const clausesOf = (text: string, mode: 'rules' | 'model' = 'rules', model = REPORTED_MODEL) =>
	findReportedAndMixed(analyseArticle(text), NO_DEADLINE, {mode, model});

describe('reported clause features', () => {
	it('say where the cue stands, what kind of clause and speaker it is', () => {
		const [after, before] = clausesOf(
			article(
				'Budget',
				'Finance minister Ann Holt said that the budget would grow.',
				'Taxes will not rise next year, the Treasury said.',
			),
		);
		expect(after!.features).toMatchObject({
			'cue before the clause': 1,
			'a finite clause': 1,
			'"that" after the cue': 1,
			'neutral cue (say, tell, add, state, note)': 1,
			'speaker a person': 1,
			'speaker named in the sentence': 1,
		});
		expect(after!.features!['cue after the clause']).toBeUndefined();
		expect(before!.features).toMatchObject({'cue after the clause': 1});
		expect(before!.features!['"that" after the cue']).toBeUndefined();
		for (const clause of [after!, before!])
			for (const feature of Object.keys(clause.features!)) expect(REPORTED_FEATURES).toContain(feature);
	});

	it('with a model that rejects everything, model mode keeps nothing; the rules keep all', () => {
		const text = article('Budget', 'Finance minister Ann Holt said that the budget would grow.');
		const never = {features: REPORTED_FEATURES, bias: -10, weights: REPORTED_FEATURES.map(() => 0)};
		expect(clausesOf(text, 'rules', never)).toHaveLength(1);
		expect(clausesOf(text, 'model', never)).toHaveLength(0);
		expect(isReportedSpeech({}, never)).toBe(false);
		expect(isReportedSpeech({}, {...never, bias: 10})).toBe(true);
	});
});
