import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {NO_DEADLINE} from '../../../source/ingest/deadline.js';
import {
	chooseSpeaker,
	SPEAKER_FEATURES,
	SPEAKER_MODEL,
	type SpeakerCandidate,
} from '../../../source/ingest/learned/speaker-model.js';
import type {Entity} from '../../../source/ingest/types.js';
import {article} from '../helpers.js';

const text = article(
	'Strike',
	'Union leader Maria Costa met Peter Lund on Monday.',
	'"We will not back down," Costa said after the talks with Lund.',
);

const candidatesOf = (source: string) =>
	analyseArticle(source, NO_DEADLINE, {speakers: {mode: 'candidates', model: SPEAKER_MODEL}}).quotes.map(quote => ({
		speaker: quote.speaker?.name,
		candidates: (quote.candidates ?? []).map(candidate => ({name: candidate.entity.name, ...candidate.features})),
	}));

describe('speaker candidates', () => {
	it('the rules’ choice, the cue’s speaker and others named nearby, each once with its features', () => {
		const [quote] = candidatesOf(text);
		expect(quote!.speaker).toBe('Maria Costa');
		const costa = quote!.candidates.find(candidate => candidate.name === 'Maria Costa')!;
		expect(costa).toMatchObject({
			'rules choice': 1,
			'sieve: nearest cue': 1,
			'cue after': 1,
			'quotation opens sentence, cue after': 1,
			person: 1,
		});
		const lund = quote!.candidates.find(candidate => candidate.name === 'Peter Lund')!;
		expect(lund['rules choice']).toBeUndefined();
		expect(lund['cue distance']).toBe(3);
		expect(new Set(quote!.candidates.map(candidate => candidate.name)).size).toBe(quote!.candidates.length);
	});

	it('the rules alone record no candidates', () => {
		expect(
			analyseArticle(text, NO_DEADLINE, {speakers: {mode: 'rules', model: SPEAKER_MODEL}}).quotes[0]!.candidates,
		).toBe(undefined);
	});

	it('every feature a candidate has is one the model knows', () => {
		for (const {candidates} of candidatesOf(text))
			for (const {name: _, ...features} of candidates)
				for (const feature of Object.keys(features)) expect(SPEAKER_FEATURES).toContain(feature);
	});
});

describe('choosing a speaker', () => {
	const entity = (name: string): Entity => ({id: 0, name, kind: 'person', words: [name], aliases: new Set(), first: 0});
	const a: SpeakerCandidate = {entity: entity('A'), features: {'rules choice': 1}};
	const b: SpeakerCandidate = {entity: entity('B'), features: {'cue before': 1}};
	const model = {
		features: SPEAKER_FEATURES,
		bias: 0,
		weights: SPEAKER_FEATURES.map(name => (name === 'cue before' ? 2 : 0)),
	};

	it('takes the candidate the model scores highest, the first on a tie, none of none', () => {
		expect(chooseSpeaker([a, b], model)).toBe(b);
		expect(chooseSpeaker([a, {...a, entity: entity('C')}], model)?.entity.name).toBe('A');
		expect(chooseSpeaker([], model)).toBeUndefined();
	});

	it('in model mode, the model’s choice is the speaker', () => {
		const chosen = analyseArticle(text, NO_DEADLINE, {
			speakers: {
				mode: 'model',
				model: {
					features: SPEAKER_FEATURES,
					bias: 0,
					// A model that prefers anyone but the rules' choice.
					weights: SPEAKER_FEATURES.map(name => (name === 'rules choice' ? -5 : 0)),
				},
			},
		}).quotes[0]!.speaker?.name;
		expect(chosen).not.toBe('Maria Costa');
		expect(chosen).toBeDefined();
	});
});
