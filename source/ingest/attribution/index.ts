import {
	chooseSpeaker,
	type Proposal,
	SHIPPED_SPEAKER_CHOICE,
	type SpeakerChoice,
	speakerCandidates,
} from '../learned/speaker-model.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';
import {findAttributions} from './cue-speakers.js';
import type {Discourse} from './discourse.js';
import {isNameNotSpeech, isTermNotSpeech} from './non-speech.js';
import {continuedQuotation} from './sieves/continued-quotation.js';
import {documentInApposition} from './sieves/document-in-apposition.js';
import {nearestCue} from './sieves/nearest-cue.js';
import {previousInSentence} from './sieves/previous-in-sentence.js';
import {quotationAlone} from './sieves/quotation-alone.js';
import {sentenceSubject} from './sieves/sentence-subject.js';
import type {QuoteContext, Sieve} from './sieves/sieve.js';
import {subjectBeforeColon} from './sieves/subject-before-colon.js';
import type {AttributedQuote, AttributionRule} from './types.js';

export {Discourse} from './discourse.js';
export type {AttributedQuote, Attribution, AttributionRule} from './types.js';

// Who said it. Each quotation goes through these sieves in order, most precise first; the first that names a
// speaker decides. The cues of the sentence (verbs of saying, "according to") were read first, each with the
// speaker it names (cue-speakers.ts); pronouns and roles among those are resolved by coreference/.

/** The attribution sieves, in the order they are tried. */
export const SIEVES: readonly Sieve[] = [
	continuedQuotation,
	documentInApposition,
	nearestCue,
	subjectBeforeColon,
	quotationAlone,
	sentenceSubject,
	previousInSentence,
];

/** The sieves in order up to the first that names a speaker (what the rules alone need). */
function firstProposal(context: QuoteContext): Proposal[] {
	const proposals: Proposal[] = [];
	for (const sieve of SIEVES) {
		const speaker = sieve.find(context);
		proposals.push({sieve, speaker});
		if (speaker) break;
	}
	return proposals;
}

/** Attributes the quotations of one sentence, recording speakers for the pronouns and continuations that follow. */
export function attributeSentence(
	discourse: Discourse,
	sentence: Sentence,
	article: string,
	previousOpen: Entity | undefined,
	choice: SpeakerChoice = SHIPPED_SPEAKER_CHOICE,
): AttributedQuote[] {
	const {mode, model} = choice;
	const cues = findAttributions(discourse, sentence, article);
	discourse.attributions.set(sentence, cues);
	const results: AttributedQuote[] = [];
	const speakers: Entity[] = [];
	for (const quote of sentence.quotes) {
		const context: QuoteContext = {discourse, sentence, article, quote, cues, previousOpen, earlier: results};
		// Every sieve's proposal: the rules take the first; the learned model (learned/speaker-model.ts) may weigh them all.
		const proposals: Proposal[] =
			mode === 'rules' ? firstProposal(context) : SIEVES.map(sieve => ({sieve, speaker: sieve.find(context)}));
		const first = proposals.find(proposal => proposal.speaker);
		let speaker = first?.speaker;
		let rule: AttributionRule = first?.sieve.rule ?? 'none';
		const candidates = mode === 'rules' ? undefined : speakerCandidates(context, proposals);
		if (candidates && candidates.length > 1 && (mode === 'model' || (mode === 'tie-breaker' && speaker))) {
			const chosen = chooseSpeaker(candidates, model)!.entity;
			if (chosen !== speaker) {
				speaker = chosen;
				rule = proposals.find(proposal => proposal.speaker === chosen)?.sieve.rule ?? 'verb';
			}
		}
		if (isTermNotSpeech(context, rule) || isNameNotSpeech(context)) continue;
		if (speaker) {
			speakers.push(speaker);
			speaker.spoke = true;
		}
		results.push({quote, speaker, rule, sentence, ...(candidates ? {candidates} : {})});
	}
	discourse.quoteSpeakers.set(sentence, speakers);
	discourse.speakersAt.set(
		sentence,
		[
			...results.flatMap(result => (result.speaker ? [{entity: result.speaker, at: result.quote.open}] : [])),
			...cues.flatMap(cue => (cue.speaker ? [{entity: cue.speaker, at: cue.position}] : [])),
		].sort((a, b) => b.at - a.at),
	);
	const last =
		results.filter(result => result.rule !== 'subject' && result.rule !== 'none').at(-1)?.speaker ??
		cues.filter(cue => cue.speaker && !cue.according).at(-1)?.speaker;
	if (last) discourse.lastSpeakerOfBlock.set(sentence.block, last);
	return results;
}
