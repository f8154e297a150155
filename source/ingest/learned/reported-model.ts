import type {Attribution} from '../attribution/types.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';
import {type LogisticModel, loadModel, probability, valuesOf} from './logistic.js';
import weights from './reported-weights.json' with {type: 'json'};

// The learned reported-speech filter: each clause the cue rules of quotes/reported.ts find is described by named
// features; a logistic regression (trained by `npm run train:ingest` on the development gold, weights in
// reported-weights.json) says whether it is reported speech.

/** The features of a reported clause, in the order of the weights file. */
export const REPORTED_FEATURES = [
	'cue before the clause',
	'cue after the clause',
	'according to',
	'a finite clause',
	'"that" after the cue',
	'neutral cue (say, tell, add, state, note)',
	'cue only reports',
	'participle cue',
	'mixed',
	'words (log2)',
	'in the headline',
	'speaker a person',
	'speaker an organisation',
	'speaker a group',
	'speaker of unknown kind',
	'speaker a place',
	'speaker named in the sentence',
	'speaker described, not named',
] as const;

export type ReportedFeature = (typeof REPORTED_FEATURES)[number];
export type ReportedFeatures = Readonly<Partial<Record<ReportedFeature, number>>>;

/** What the reported-speech rules know of a clause when they find it. */
export type ReportedClause = {
	readonly sentence: Sentence;
	readonly cue: Attribution;
	readonly speaker: Entity;
	readonly start: number;
	readonly end: number;
	readonly clause: boolean;
	readonly kind: 'reported' | 'mixed';
	readonly reportOnly: boolean;
	readonly neutral: boolean;
	readonly text: string;
	/** The entities named in the sentence. */
	readonly named: ReadonlySet<Entity>;
};

/** A reported clause's features. */
export function reportedFeatures(clause: ReportedClause): ReportedFeatures {
	const {sentence, cue, speaker} = clause;
	const features: Partial<Record<ReportedFeature, number>> = {};
	if (cue.according) features['according to'] = 1;
	else if (cue.position < clause.start) features['cue before the clause'] = 1;
	else features['cue after the clause'] = 1;
	if (clause.clause) features['a finite clause'] = 1;
	const next = sentence.tokens[cue.verb + 1];
	if (next?.key === 'that' && next.start <= clause.start) features['"that" after the cue'] = 1;
	if (clause.neutral && !cue.according) features['neutral cue (say, tell, add, state, note)'] = 1;
	if (clause.reportOnly) features['cue only reports'] = 1;
	if (cue.participle) features['participle cue'] = 1;
	if (clause.kind === 'mixed') features.mixed = 1;
	features['words (log2)'] = Math.log2(1 + clause.text.split(/\s+/).length);
	if (sentence.block < 0) features['in the headline'] = 1;
	const kind: Record<Entity['kind'], ReportedFeature> = {
		person: 'speaker a person',
		organisation: 'speaker an organisation',
		group: 'speaker a group',
		unknown: 'speaker of unknown kind',
		place: 'speaker a place',
	};
	features[kind[speaker.kind]] = 1;
	if (clause.named.has(speaker)) features['speaker named in the sentence'] = 1;
	if (/^\p{Ll}/u.test(speaker.name) || speaker.human) features['speaker described, not named'] = 1;
	return features;
}

/** The shipped reported-speech model. */
export const REPORTED_MODEL: LogisticModel = loadModel(weights, REPORTED_FEATURES);

/** Whether reported clauses are filtered by the model ('model') or all the rules find kept ('rules'). */
export const REPORTED_MODE: 'rules' | 'model' = (weights as {mode?: unknown}).mode === 'model' ? 'model' : 'rules';

/** Whether reported clauses go through the model, and which. */
export type ReportedFilter = {readonly mode: 'rules' | 'model'; readonly model: LogisticModel};

export const SHIPPED_REPORTED_FILTER: ReportedFilter = {mode: REPORTED_MODE, model: REPORTED_MODEL};

/** The probability below which the model drops a clause. */
export const REPORTED_THRESHOLD = 0.5;

/** Whether the model takes a clause with these features for reported speech. */
export function isReportedSpeech(features: ReportedFeatures, model: LogisticModel = REPORTED_MODEL): boolean {
	return probability(model, valuesOf(model, features)) >= REPORTED_THRESHOLD;
}
