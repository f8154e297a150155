import {isSpeechVerb} from '../cues/speech-verbs.js';
import {gapBetween} from '../mentions/mentions.js';
import {QUOTE_CHAR, type Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';
import {DOCUMENT_NOUNS, OBJECT_VERBS, SPEAKER_NOUNS, STUDY_NOUNS, TITLE_WORDS} from '../vocabulary.js';
import {opensClause, passiveAgent, subjectAfter, subjectBefore} from './cue-subjects.js';
import type {Discourse} from './discourse.js';
import {nounPhraseAt} from './phrases.js';
import {onBehalfOf, personEndingPhrase, speakerOfPhrase, spokespersonAfter} from './speaker-phrases.js';
import type {Attribution} from './types.js';

/** The attributions of one sentence: verbs of saying with their speakers, and "according to X". */
export function findAttributions(discourse: Discourse, sentence: Sentence, article: string): Attribution[] {
	const tokens = sentence.tokens;
	const found: Attribution[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (token.key === 'according' && tokens[index + 1]?.key === 'to') {
			const mentions = discourse
				.mentionsOf(sentence)
				.filter(mention => mention.from > index + 1 && mention.from <= index + 9);
			const clauseEnd = tokens.findIndex(
				(other, position) =>
					position > index + 1 && /[,.;:\u0001]/.test(gapBetween(sentence, tokens[position - 1], other)),
			);
			const within = mentions.filter(mention => clauseEnd === -1 || mention.from < clauseEnd);
			const chosen = within.find(mention => mention.possessive) ?? within[0];
			let speaker = chosen
				? (onBehalfOf(discourse, sentence, chosen) ??
					spokespersonAfter(discourse, sentence, chosen) ??
					discourse.entityOf(chosen))
				: undefined;
			if (chosen && speaker && speaker.kind !== 'person' && !chosen.possessive)
				speaker = personEndingPhrase(discourse, sentence, chosen) ?? speaker;
			if (!speaker) {
				// "according to a statement from the president's office": a role noun in the phrase.
				const end = clauseEnd === -1 ? tokens.length : clauseEnd;
				for (let at = index + 2; at < end && !speaker; at++) {
					const possessive = tokens[at]!.possessive ? {...tokens[at]!} : undefined;
					const phrase =
						possessive && (TITLE_WORDS.has(possessive.key) || SPEAKER_NOUNS.has(possessive.key))
							? {text: possessive.key, head: possessive.key, start: possessive.start}
							: nounPhraseAt(sentence, at, article);
					if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
						speaker = speakerOfPhrase(discourse, sentence, phrase, tokens[at]!.start);
				}
			}
			// "According to the study, "…"": a study's or paper's words are its authors'.
			const work = tokens[index + 3];
			if (
				!speaker &&
				work &&
				/^(?:the|this|that|their|its|a|an|new)$/.test(tokens[index + 2]?.key ?? '') &&
				STUDY_NOUNS.has(work.key) &&
				!work.capitalised
			)
				speaker = discourse.entities.unnamed(`authors of the ${work.key}`, token.start, 'authors');
			found.push({
				sentence,
				verb: index,
				position: token.start,
				participle: false,
				according: true,
				...(speaker ? {speaker} : {}),
			});
			continue;
		}
		const agent = passiveAgent(discourse, sentence, index, article);
		if (agent) {
			found.push({sentence, verb: index, position: token.start, participle: false, speaker: agent});
			continue;
		}
		if (!isSpeechVerb(sentence, index)) continue;
		const participle = token.key.endsWith('ing');
		let speaker: Entity | undefined;
		const gapBefore = gapBetween(sentence, tokens[index - 1], token);
		const directlyAfterQuote =
			gapBefore.includes(QUOTE_CHAR) && /^[\u0001\s,]*$/.test(gapBefore.slice(gapBefore.indexOf(QUOTE_CHAR)));
		if (participle) {
			// "quoted Fomin as saying": the speaker is the one quoted.
			if (tokens[index - 1]?.key === 'as') {
				const mention = discourse.mentionEndingAt(sentence, index - 2);
				if (mention) speaker = discourse.entityOf(mention);
			}
		} else if (directlyAfterQuote) {
			// "“…,” one of them told AFP": a verb that takes its listener (but "asked") is not inverted.
			const listener = OBJECT_VERBS.has(token.key) && !token.key.startsWith('ask');
			speaker =
				(listener ? undefined : subjectAfter(discourse, sentence, index, article)) ??
				subjectBefore(discourse, sentence, index, article);
		} else {
			speaker = discourse.relativeSubject(sentence, index) ?? subjectBefore(discourse, sentence, index, article);
			// "told AFP", "warned Smith": after a verb that takes its listener, the name is the listener, not an inverted
			// speaker.
			if (!speaker && !OBJECT_VERBS.has(token.key) && (index === 0 || /^[\s,]*$/.test(gapBefore))) {
				const after = tokens[index + 1];
				if (
					after &&
					(after.capitalised || /^(?:the|a|an)$/.test(after.key)) &&
					!opensClause(discourse, sentence, index + 1)
				)
					speaker = subjectAfter(discourse, sentence, index, article);
			}
			// "A nurse who had worked all night, and who asked not to be named, said": the unnamed person opening the sentence.
			speaker ??= discourse.unnamedSubject(sentence, true);
			// Coordinated verbs and relative clauses: "opposed the withdrawal and said", "a statement which said".
			speaker ??= discourse.subjectOf(sentence, token.start, entity => entity.kind !== 'place' || index < 4);
		}
		found.push({sentence, verb: index, position: token.start, participle, ...(speaker ? {speaker} : {})});
	}
	// Participles without their own speaker belong to the sentence's speaker: "she said, asking…", "While noting that …,
	// Sherman said".
	for (const attribution of found) {
		if (attribution.speaker || !attribution.participle) continue;
		const finite = found.filter(other => other.speaker && !other.participle && !other.according);
		const nearest = finite.sort(
			(a, b) => Math.abs(a.position - attribution.position) - Math.abs(b.position - attribution.position),
		)[0];
		const speaker = nearest?.speaker ?? discourse.subjectOf(sentence, attribution.position);
		if (speaker) attribution.speaker = speaker;
	}
	return found;
}
