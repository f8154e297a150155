import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {analyseArticle} from '../source/ingest/analyse.js';
import {NO_DEADLINE} from '../source/ingest/deadline.js';
import {type Example, type LogisticModel, probability, train, valuesOf} from '../source/ingest/learned/logistic.js';
import {REPORTED_FEATURES, REPORTED_MODEL, REPORTED_THRESHOLD} from '../source/ingest/learned/reported-model.js';
import {SPEAKER_FEATURES, SPEAKER_MODEL} from '../source/ingest/learned/speaker-model.js';
import {findReportedAndMixed} from '../source/ingest/quotes/reported.js';
import {loadSpeechSet, matchSpans, rightSpeaker, SPEECH_SETS, type SpeechArticle} from './ingest-scoring.js';

// `npm run train:ingest [-- --check]`: trains ingest's two learned models on the development speech gold (corpus,
// heldout, speech-dev; never a blind set), compares each with the rules by 5-fold cross-validation over those
// articles (a table per fold and the mean), and writes the weights, with the mode that scored best, to
// source/ingest/learned/*-weights.json. Deterministic: the articles in a fixed order, folds by position, training
// without randomness. --check writes nothing and exits 1 when the shipped weights differ from what it trains.
//
// (a) The speaker model scores each candidate for a quotation's speaker (learned/speaker-model.ts); the rules' choice
// is the first sieve's. Accuracy is over quotations that match a gold entry. Modes: rules; tie-breaker (the model
// chooses among the candidates when the sieves name someone); model (the model always chooses).
// (b) The reported-speech model keeps or drops each clause the cue rules find (learned/reported-model.ts). F1 is over
// the gold reported and mixed entries of the fold, a clause found when it matches one of its own kind.

const FOLDS = 5;
const SPEAKER_WEIGHTS = fileURLToPath(new URL('../source/ingest/learned/speaker-weights.json', import.meta.url));
const REPORTED_WEIGHTS = fileURLToPath(new URL('../source/ingest/learned/reported-weights.json', import.meta.url));

/** One quotation that matches a gold entry: its candidates, which of them are right, and whether the rules are. */
type SpeakerGroup = {
	article: number;
	candidates: {values: number[]; label: boolean; rules: boolean}[];
	rulesRight: boolean;
	rulesNamed: boolean;
};

/** One clause the reported-speech rules found, and whether it matches gold of its kind. */
type ReportedItem = {article: number; values: number[]; label: boolean};

export type TrainingData = {
	articles: number;
	speakers: SpeakerGroup[];
	reported: ReportedItem[];
	/** Gold reported and mixed entries per article. */
	goldReported: number[];
};

/** The development speech sets' articles, in order; never a blind set. */
export function developmentArticles(): SpeechArticle[] {
	return SPEECH_SETS.filter(set => !set.blind).flatMap(set =>
		loadSpeechSet(set).map(article => ({...article, name: `${set.id}/${article.name}`})),
	);
}

/** The examples both models learn from, read off ingest's rules on each article. */
export function collect(articles: readonly SpeechArticle[]): TrainingData {
	const speakers: SpeakerGroup[] = [];
	const reported: ReportedItem[] = [];
	const goldReported: number[] = [];
	articles.forEach((article, index) => {
		const analysis = analyseArticle(article.text, NO_DEADLINE, {speakers: {mode: 'candidates', model: SPEAKER_MODEL}});
		const quotes = analysis.quotes.map(item => ({
			text: '',
			speaker: item.speaker?.name,
			start: item.quote.start,
			end: item.quote.end,
			item,
		}));
		for (const pair of matchSpans(article.speech, quotes, {bothWays: true})) {
			const gold = article.speech[pair.gold]!;
			const {item} = quotes[pair.predicted]!;
			speakers.push({
				article: index,
				candidates: (item.candidates ?? []).map(candidate => ({
					values: valuesOf(SPEAKER_MODEL, candidate.features),
					label: rightSpeaker(article, gold, candidate.entity.name),
					rules: candidate.entity === item.speaker,
				})),
				rulesRight: rightSpeaker(article, gold, item.speaker?.name),
				rulesNamed: item.speaker !== undefined,
			});
		}
		const clauses = findReportedAndMixed(analysis, NO_DEADLINE, {mode: 'rules', model: REPORTED_MODEL});
		const labels = clauses.map(() => false);
		for (const kind of ['reported', 'mixed'] as const) {
			const gold = article.speech.filter(entry => entry.kind === kind);
			const mine = clauses.flatMap((clause, at) =>
				clause.kind === kind ? [{text: '', speaker: undefined, start: clause.start, end: clause.end, at}] : [],
			);
			for (const pair of matchSpans(gold, mine, {bothWays: true})) labels[mine[pair.predicted]!.at] = true;
		}
		for (const [at, clause] of clauses.entries())
			reported.push({article: index, values: valuesOf(REPORTED_MODEL, clause.features ?? {}), label: labels[at]!});
		goldReported.push(article.speech.filter(entry => entry.kind !== 'direct').length);
	});
	return {articles: articles.length, speakers, reported, goldReported};
}

const speakerExamples = (groups: readonly SpeakerGroup[]): Example[] =>
	groups.filter(group => group.candidates.length > 1).flatMap(group => group.candidates);

/** The model's choice among a group's candidates: right or not. */
function modelRight(model: LogisticModel, group: SpeakerGroup): boolean {
	let best = group.candidates[0]!;
	let top = -1;
	for (const candidate of group.candidates) {
		const score = probability(model, candidate.values);
		if (score > top) {
			top = score;
			best = candidate;
		}
	}
	return best.label;
}

type SpeakerMode = 'rules' | 'tie-breaker' | 'model';

/** Accuracy of each way of choosing speakers over these groups. */
function speakerAccuracy(model: LogisticModel, groups: readonly SpeakerGroup[]): Record<SpeakerMode, number> {
	const right = {rules: 0, 'tie-breaker': 0, model: 0};
	for (const group of groups) {
		if (group.rulesRight) right.rules++;
		const choose = group.candidates.length > 1;
		if (choose && group.rulesNamed ? modelRight(model, group) : group.rulesRight) right['tie-breaker']++;
		if (group.candidates.length > 0 && (choose || !group.rulesNamed) ? modelRight(model, group) : group.rulesRight)
			right.model++;
	}
	const count = Math.max(1, groups.length);
	return {rules: right.rules / count, 'tie-breaker': right['tie-breaker'] / count, model: right.model / count};
}

/** F1 of the reported clauses kept (all of them by the rules; those the model takes for speech) against the gold. */
function reportedF1(model: LogisticModel | undefined, items: readonly ReportedItem[], gold: number): number {
	const kept = model ? items.filter(item => probability(model, item.values) >= REPORTED_THRESHOLD) : items;
	const hits = kept.filter(item => item.label).length;
	const precision = kept.length === 0 ? 0 : hits / kept.length;
	const recall = gold === 0 ? 0 : hits / gold;
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export type CrossValidation = {
	speakers: {fold: number; quotations: number; rules: number; tieBreaker: number; model: number}[];
	reported: {fold: number; clauses: number; rules: number; model: number}[];
};

/** k-fold cross-validation by article (article i in fold i mod k): rules against the model trained on the others. */
export function crossValidate(data: TrainingData, folds = FOLDS): CrossValidation {
	const result: CrossValidation = {speakers: [], reported: []};
	for (let fold = 0; fold < folds; fold++) {
		const inFold = (article: number) => article % folds === fold;
		const speakerModel = train(
			SPEAKER_FEATURES,
			speakerExamples(data.speakers.filter(group => !inFold(group.article))),
		);
		const test = data.speakers.filter(group => inFold(group.article));
		const accuracy = speakerAccuracy(speakerModel, test);
		result.speakers.push({
			fold,
			quotations: test.length,
			rules: accuracy.rules,
			tieBreaker: accuracy['tie-breaker'],
			model: accuracy.model,
		});
		const reportedModel = train(
			REPORTED_FEATURES,
			data.reported.filter(item => !inFold(item.article)),
		);
		const items = data.reported.filter(item => inFold(item.article));
		const gold = data.goldReported.reduce((sum, count, article) => sum + (inFold(article) ? count : 0), 0);
		result.reported.push({
			fold,
			clauses: items.length,
			rules: reportedF1(undefined, items, gold),
			model: reportedF1(reportedModel, items, gold),
		});
	}
	return result;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** The weights files' contents: each model trained on all the data, with the mode that cross-validated best. */
export function trainAll(data: TrainingData, validation: CrossValidation) {
	const speakerMeans: Record<SpeakerMode, number> = {
		rules: mean(validation.speakers.map(row => row.rules)),
		'tie-breaker': mean(validation.speakers.map(row => row.tieBreaker)),
		model: mean(validation.speakers.map(row => row.model)),
	};
	// The rules unless a model mode is better on average (ties keep the rules).
	let speakerMode: SpeakerMode = 'rules';
	for (const mode of ['tie-breaker', 'model'] as const)
		if (speakerMeans[mode] > speakerMeans[speakerMode] + 1e-9) speakerMode = mode;
	const reportedMode =
		mean(validation.reported.map(row => row.model)) > mean(validation.reported.map(row => row.rules)) + 1e-9
			? 'model'
			: 'rules';
	return {
		speaker: {mode: speakerMode, ...train(SPEAKER_FEATURES, speakerExamples(data.speakers))},
		reported: {mode: reportedMode, ...train(REPORTED_FEATURES, data.reported)},
	};
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

function main(): void {
	const check = process.argv.includes('--check');
	const data = collect(developmentArticles());
	const validation = crossValidate(data);
	const percent = (value: number) => (value * 100).toFixed(1).padStart(7);
	console.log(
		`Training on ${data.articles} development articles (corpus, heldout, speech-dev; never a blind set): ` +
			`${data.speakers.length} quotations matched to gold, ${data.reported.length} reported clauses\n`,
	);
	console.log(`(a) Speaker, accuracy (strict) over the fold's quotations; ${FOLDS}-fold cross-validation`);
	console.log('fold  quotations    rules  tie-breaker    model');
	for (const row of validation.speakers)
		console.log(
			`${String(row.fold + 1).padStart(4)}  ${String(row.quotations).padStart(10)}  ${percent(row.rules)}  ${percent(row.tieBreaker)}      ${percent(row.model)}`,
		);
	console.log(
		`mean              ${percent(mean(validation.speakers.map(row => row.rules)))}  ${percent(mean(validation.speakers.map(row => row.tieBreaker)))}      ${percent(mean(validation.speakers.map(row => row.model)))}`,
	);
	console.log("\n(b) Reported and mixed speech, F1 of the clauses kept against the fold's gold");
	console.log('fold     clauses    rules    model');
	for (const row of validation.reported)
		console.log(
			`${String(row.fold + 1).padStart(4)}  ${String(row.clauses).padStart(10)}  ${percent(row.rules)}  ${percent(row.model)}`,
		);
	console.log(
		`mean              ${percent(mean(validation.reported.map(row => row.rules)))}  ${percent(mean(validation.reported.map(row => row.model)))}`,
	);
	const weights = trainAll(data, validation);
	console.log(`\nKept: speakers by ${weights.speaker.mode}; reported speech by ${weights.reported.mode}`);
	const files: [string, unknown][] = [
		[SPEAKER_WEIGHTS, weights.speaker],
		[REPORTED_WEIGHTS, weights.reported],
	];
	if (check) {
		// Compared as values: the formatter lays the files out its own way.
		const stale = files.filter(
			([file, value]) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) !== JSON.stringify(value),
		);
		for (const [file] of stale) console.log(`${file} is not what training produces: run npm run train:ingest`);
		if (stale.length > 0) process.exitCode = 1;
		return;
	}
	for (const [file, value] of files) {
		writeFileSync(file, json(value));
		console.log(`wrote ${file}`);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
