import type {QuoteContext, Sieve} from '../attribution/sieves/sieve.js';
import {opensSentence} from '../attribution/sieves/sieve.js';
import {timesNamed} from '../coreference/pronouns.js';
import type {Entity} from '../types.js';
import {type LogisticModel, loadModel, probability, valuesOf} from './logistic.js';
import weights from './speaker-weights.json' with {type: 'json'};

// The learned speaker chooser: each entity some sieve, cue or the sentences before propose as a quotation's speaker
// is a candidate, described by named features; a logistic regression (trained by `npm run train:ingest` on the
// development gold, weights in speaker-weights.json) scores each, and the best is the speaker.

/** The sieves' names as features are named: "sieve: nearest cue". */
const sieveFeature = (sieve: Sieve) => `sieve: ${sieve.name}`;

/** The features of a speaker candidate, in the order of the weights file. */
export const SPEAKER_FEATURES = [
	'rules choice',
	'sieve: continued quotation',
	'sieve: document in apposition',
	'sieve: nearest cue',
	'sieve: subject before a colon',
	'sieve: quotation alone',
	'sieve: sentence subject',
	'sieve: previous quotation of the sentence',
	'cue before',
	'cue after',
	'cue distance',
	'quotation opens sentence, cue after',
	'subject of the sentence',
	'speaker of the sentence before',
	'salience',
	'has spoken',
	'named in the sentence',
	'person',
	'organisation',
	'group',
	'unknown kind',
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

export type SpeakerCandidate = {
	readonly entity: Entity;
	readonly features: Readonly<Partial<Record<SpeakerFeature, number>>>;
};

/** What each sieve proposed for a quotation, in the sieves' order. */
export type Proposal = {readonly sieve: Sieve; readonly speaker: Entity | undefined};

/**
 * The candidates for a quotation's speaker: whoever a sieve proposes, the speaker of any cue of the sentence, the
 * sentence's subject and the last speaker of the sentence before; each once, with its features.
 */
export function speakerCandidates(context: QuoteContext, proposals: readonly Proposal[]): SpeakerCandidate[] {
	const {discourse, sentence, quote, cues} = context;
	const entities: Entity[] = [];
	const add = (entity: Entity | undefined) => {
		if (entity && !entities.includes(entity)) entities.push(entity);
	};
	for (const {speaker} of proposals) add(speaker);
	for (const cue of cues) if (!cue.according) add(cue.speaker);
	const subject = discourse.subjectOf(sentence, Infinity, entity => entity.kind !== 'place');
	add(subject);
	const previous = discourse.sentences[sentence.index - 1];
	const before =
		previous && previous.block === sentence.block ? discourse.speakersAt.get(previous)?.[0]?.entity : undefined;
	add(before);
	// Anyone else named in the sentence or the one before: the right speaker may be none of the rules' proposals.
	for (const other of [previous, sentence])
		if (other) for (const mention of discourse.mentionsOf(other)) if (mention.kind === 'name') add(mention.entity);
	const rules = proposals.find(proposal => proposal.speaker)?.speaker;
	const opens = opensSentence(context);
	const named = new Set(discourse.mentionsOf(sentence).flatMap(mention => (mention.entity ? [mention.entity] : [])));
	return entities.map(entity => {
		const features: Partial<Record<SpeakerFeature, number>> = {};
		if (entity === rules) features['rules choice'] = 1;
		for (const proposal of proposals)
			if (proposal.speaker === entity) features[sieveFeature(proposal.sieve) as SpeakerFeature] = 1;
		const own = cues.filter(cue => cue.speaker === entity && !cue.according);
		const cueBefore = own.some(cue => cue.position < quote.open);
		const cueAfter = own.some(cue => cue.position >= quote.close);
		if (cueBefore) features['cue before'] = 1;
		if (cueAfter) features['cue after'] = 1;
		if (cueAfter && opens) features['quotation opens sentence, cue after'] = 1;
		const distance = Math.min(
			3,
			...own.map(
				cue => Math.max(0, cue.position < quote.open ? quote.open - cue.position : cue.position - quote.close) / 100,
			),
		);
		features['cue distance'] = own.length > 0 ? distance : 3;
		if (entity === subject) features['subject of the sentence'] = 1;
		if (entity === before) features['speaker of the sentence before'] = 1;
		features.salience = Math.log2(1 + timesNamed(discourse, entity, quote.open));
		if (entity.spoke) features['has spoken'] = 1;
		if (named.has(entity)) features['named in the sentence'] = 1;
		if (entity.kind === 'person') features.person = 1;
		else if (entity.kind === 'organisation') features.organisation = 1;
		else if (entity.kind === 'group') features.group = 1;
		else if (entity.kind === 'unknown') features['unknown kind'] = 1;
		return {entity, features};
	});
}

/** The shipped speaker model. */
export const SPEAKER_MODEL: LogisticModel = loadModel(weights, SPEAKER_FEATURES);

/**
 * How speakers are chosen, as `npm run train:ingest` found best by cross-validation: by the sieves alone ('rules'),
 * by the model among the candidates wherever the sieves name someone ('tie-breaker'), or by the model always ('model').
 */
export const SPEAKER_MODE: SpeakerMode = modeOf(weights);

/** How speakers are chosen; 'candidates' is the rules' choice with every sieve's proposal recorded (for training). */
export type SpeakerMode = 'rules' | 'candidates' | 'tie-breaker' | 'model';

/** How attribution chooses speakers: the mode and the model it uses (the shipped ones unless told otherwise). */
export type SpeakerChoice = {readonly mode: SpeakerMode; readonly model: LogisticModel};

export const SHIPPED_SPEAKER_CHOICE: SpeakerChoice = {mode: SPEAKER_MODE, model: SPEAKER_MODEL};

function modeOf(value: unknown): 'rules' | 'tie-breaker' | 'model' {
	const mode = (value as {mode?: unknown}).mode;
	return mode === 'tie-breaker' || mode === 'model' ? mode : 'rules';
}

/** The candidate the model scores highest (the first on a tie), or none of none. */
export function chooseSpeaker(
	candidates: readonly SpeakerCandidate[],
	model: LogisticModel = SPEAKER_MODEL,
): SpeakerCandidate | undefined {
	let best: SpeakerCandidate | undefined;
	let top = -1;
	for (const candidate of candidates) {
		const score = probability(model, valuesOf(model, candidate.features));
		if (score > top) {
			top = score;
			best = candidate;
		}
	}
	return best;
}
