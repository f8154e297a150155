// A small logistic regression, in plain TypeScript: named features, weights as JSON. Training is full-batch gradient
// descent with L2 regularisation over examples in the order given, so the same examples always give the same weights.

/** A model's weights: a bias and one weight per named feature, as shipped in a JSON file. */
export type LogisticModel = {
	readonly features: readonly string[];
	readonly bias: number;
	readonly weights: readonly number[];
};

/** One training example: feature values in the model's feature order, and whether it is a positive. */
export type Example = {readonly values: readonly number[]; readonly label: boolean};

export type TrainingOptions = {
	readonly iterations?: number;
	readonly rate?: number;
	/** L2 penalty on the weights (not the bias). */
	readonly l2?: number;
};

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** The probability the model gives a positive for these feature values (in its feature order). */
export function probability(model: LogisticModel, values: readonly number[]): number {
	let sum = model.bias;
	for (let index = 0; index < model.weights.length; index++) sum += model.weights[index]! * (values[index] ?? 0);
	return sigmoid(sum);
}

/** Feature values by name, in the model's order (a name the record lacks is 0). */
export function valuesOf(model: LogisticModel, record: Readonly<Record<string, number>>): number[] {
	return model.features.map(name => record[name] ?? 0);
}

/** Fits a model to `examples`; deterministic: no randomness, examples in the order given. */
export function train(
	features: readonly string[],
	examples: readonly Example[],
	{iterations = 2000, rate = 0.5, l2 = 0.01}: TrainingOptions = {},
): LogisticModel {
	const weights = features.map(() => 0);
	let bias = 0;
	const count = Math.max(1, examples.length);
	for (let step = 0; step < iterations; step++) {
		const gradient = features.map(() => 0);
		let biasGradient = 0;
		for (const {values, label} of examples) {
			let sum = bias;
			for (let index = 0; index < weights.length; index++) sum += weights[index]! * (values[index] ?? 0);
			const error = sigmoid(sum) - (label ? 1 : 0);
			biasGradient += error;
			for (let index = 0; index < weights.length; index++) gradient[index]! += error * (values[index] ?? 0);
		}
		bias -= (rate * biasGradient) / count;
		for (let index = 0; index < weights.length; index++)
			weights[index]! -= rate * (gradient[index]! / count + l2 * weights[index]!);
	}
	// Rounded, so that the JSON file is short and stable across platforms' last digits.
	const round = (value: number) => Math.round(value * 1e6) / 1e6;
	return {features: [...features], bias: round(bias), weights: weights.map(round)};
}

/** Checks that a parsed JSON value is a model with these feature names, in this order. */
export function loadModel(value: unknown, features: readonly string[]): LogisticModel {
	const model = value as Partial<LogisticModel>;
	if (
		!model ||
		typeof model.bias !== 'number' ||
		!Array.isArray(model.features) ||
		!Array.isArray(model.weights) ||
		model.features.length !== features.length ||
		model.features.some((name, index) => name !== features[index]) ||
		model.weights.length !== features.length ||
		model.weights.some(weight => typeof weight !== 'number')
	)
		throw new Error(`a model's weights must name the features ${features.join(', ')}`);
	return model as LogisticModel;
}
