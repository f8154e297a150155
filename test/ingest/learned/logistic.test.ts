import {describe, expect, it} from 'vitest';
import {loadModel, probability, train, valuesOf} from '../../../source/ingest/learned/logistic.js';

describe('logistic regression', () => {
	const examples = [
		{values: [1, 0], label: true},
		{values: [1, 1], label: true},
		{values: [0, 1], label: false},
		{values: [0, 0], label: false},
	];

	it('learns a feature that tells positives from negatives, and not one that does not', () => {
		const model = train(['telling', 'noise'], examples);
		expect(model.weights[0]).toBeGreaterThan(1);
		expect(Math.abs(model.weights[1]!)).toBeLessThan(0.1);
		expect(probability(model, [1, 0])).toBeGreaterThan(0.5);
		expect(probability(model, [0, 0])).toBeLessThan(0.5);
	});

	it('is deterministic: the same examples give the same weights', () => {
		expect(train(['a', 'b'], examples)).toEqual(train(['a', 'b'], examples));
	});

	it('keeps weights small under L2 and with few iterations', () => {
		const strong = train(['telling', 'noise'], examples, {l2: 0});
		const penalised = train(['telling', 'noise'], examples, {l2: 0.5});
		expect(penalised.weights[0]).toBeLessThan(strong.weights[0]!);
		expect(train(['telling', 'noise'], examples, {iterations: 0}).weights).toEqual([0, 0]);
	});

	it('reads feature values by name, 0 for a name the record lacks', () => {
		const model = {features: ['a', 'b', 'c'], bias: 0, weights: [1, 1, 1]};
		expect(valuesOf(model, {c: 2, a: 1})).toEqual([1, 0, 2]);
		expect(probability(model, [0, 0, 0])).toBe(0.5);
	});

	it('loads weights only with the expected feature names, in order', () => {
		const value = {features: ['a', 'b'], bias: 0.5, weights: [1, -1]};
		expect(loadModel(value, ['a', 'b'])).toBe(value);
		expect(() => loadModel(value, ['b', 'a'])).toThrow(/features a, b|features b, a/);
		expect(() => loadModel({...value, weights: [1]}, ['a', 'b'])).toThrow();
		expect(() => loadModel({...value, bias: 'x'}, ['a', 'b'])).toThrow();
		expect(() => loadModel(null, ['a'])).toThrow();
	});
});
