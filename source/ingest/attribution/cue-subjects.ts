import {wordsAfter} from '../cues/speech-verbs.js';
import {isDateWord} from '../lexicon.js';
import {gapBetween} from '../mentions/mentions.js';
import {QUOTE_CHAR, type Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';
import {
	DOCUMENT_NOUNS,
	FINITE_WORD,
	NOT_SPEECH_AFTER,
	PARTITIVE_WORDS,
	PASSIVE_BEFORE,
	PREPOSITIONS,
	RELATIVE_WORDS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	TITLE_WORDS,
	VERB_PREFIXES,
} from '../vocabulary.js';
import type {Discourse} from './discourse.js';
import {nameAt, nounPhraseAt, phraseBeforePreposition} from './phrases.js';
import {
	onBehalfOf,
	personBeforeDescription,
	personEndingPhrase,
	speakerOfPhrase,
	spokespersonAfter,
} from './speaker-phrases.js';

// The speaker a cue names: its subject before it ("X said"), after it ("said X"), or its agent ("was told by X").

/** Who a finite verb of saying names as its subject, before it. */
export function subjectBefore(
	discourse: Discourse,
	sentence: Sentence,
	verb: number,
	article: string,
): Entity | undefined {
	const tokens = sentence.tokens;
	let index = verb - 1;
	for (let guard = 0; guard < 3; guard++) {
		while (
			index >= 0 &&
			VERB_PREFIXES.has(tokens[index]!.key) &&
			/^ $/.test(gapBetween(sentence, tokens[index], tokens[index + 1]))
		)
			index--;
		// "X on Tuesday said", "X on March 3 accused": a time between a subject and its verb.
		let at = index;
		if (at >= 0 && /^\d{1,2}$/.test(tokens[at]!.key)) at--;
		if (
			at >= 1 &&
			isDateWord(tokens[at]!.key) &&
			tokens[at - 1]!.key === 'on' &&
			!tokens[at - 1]!.capitalised &&
			/^ $/.test(gapBetween(sentence, tokens[at - 1], tokens[at])) &&
			/^ $/.test(gapBetween(sentence, tokens[index], tokens[index + 1]))
		)
			index = at - 2;
		else break;
	}
	if (index < 0) return undefined;
	const gap = gapBetween(sentence, tokens[index], tokens[index + 1]);
	if (gap.includes(QUOTE_CHAR)) return undefined;
	if (/^\s+$/.test(gap)) return subjectEndingAt(discourse, sentence, index, article);
	if (/^\s*,\s*$/.test(gap)) {
		// A phrase between commas: "Grushko, for his part, described", "The Vice President, Mike Pence, said".
		let open = index;
		while (open > 0 && !/[,;:\u0001]/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) open--;
		// "The committee's chairman, Cllr Peter Dobbs, said": the name may follow titles.
		const inside = nameAt(discourse, sentence, open);
		if (inside && inside.to === index) return discourse.entityOf(inside);
		// "The cell supplier, Shenzhen-based Huaxin Energy, said": an organisation's name in apposition.
		const first = /\p{L}-based$/u.test(tokens[open]!.key) ? open + 1 : open;
		const named = discourse
			.mentionsOf(sentence)
			.find(
				mention =>
					mention.from === first &&
					mention.to === index &&
					mention.kind !== 'pronoun' &&
					!mention.possessive &&
					!mention.title &&
					!mention.epithet &&
					!mention.owner,
			);
		const organisation = named && discourse.entityOf(named);
		if (
			organisation &&
			organisation.kind !== 'place' &&
			open > 0 &&
			/^\s*,\s*$/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))
		)
			return organisation;
		if (open > 0 && /^\s*,\s*$/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) {
			const before = subjectEndingAt(discourse, sentence, open - 1, article);
			if (before) return before;
		}
	}
	return undefined;
}

export function subjectEndingAt(
	discourse: Discourse,
	sentence: Sentence,
	index: number,
	article: string,
): Entity | undefined {
	const tokens = sentence.tokens;
	const owner = discourse.mentionEndingAt(sentence, index - 1);
	const theirs = owner && spokespersonAfter(discourse, sentence, owner);
	if (theirs && owner.to + 1 === index) return theirs;
	let mention = discourse.mentionEndingAt(sentence, index);
	const spokesperson = mention && onBehalfOf(discourse, sentence, mention);
	if (spokesperson) return spokesperson;
	const objectEnd = mention?.end ?? 0;
	// "the governors of Maryland and Virginia": a name coordinated with the object of a preposition is part of it.
	if (mention && !mention.afterPreposition && mention.kind !== 'pronoun' && tokens[mention.from - 1]?.key === 'and') {
		const partner = discourse.mentionEndingAt(sentence, mention.from - 2);
		if (partner?.afterPreposition && partner.kind !== 'pronoun') mention = partner;
	}
	// "Yvette Cooper of the Labour Party added": step back over a prepositional phrase.
	for (let guard = 0; mention?.afterPreposition && guard < 3; guard++) {
		let at = mention.from - 1;
		if (tokens[at] && /^(?:the|a|an)$/.test(tokens[at]!.key)) at--;
		const earlier = discourse.mentionEndingAt(sentence, at - 1);
		if (!earlier) {
			// "Analysts at Goldman Sachs wrote": the people before the preposition speak, named with where they are.
			const people = phraseBeforePreposition(sentence, at, article);
			if (people) {
				const named = {
					...people,
					text: article.slice(people.start, objectEnd),
					complement: article.slice(tokens[at + 1]!.start, objectEnd),
				};
				return speakerOfPhrase(discourse, sentence, named, tokens[at - 1]!.start);
			}
			break;
		}
		mention = earlier;
	}
	if (mention && !mention.afterPreposition && mention.kind !== 'pronoun') {
		// "Peter Iseley of worldwide victim group Ending Clergy Abuse said": a person, then where they work.
		const person = personBeforeDescription(discourse, sentence, mention);
		if (person) return person;
	}
	if (mention) {
		if (mention.possessive) return undefined;
		return discourse.entityOf(mention);
	}
	const token = tokens[index]!;
	// "tested by scientists, who say", "investigated by the Ohio Bureau …, which said": "who" and "which" stand for what
	// is named just before them.
	if ((token.key === 'who' || token.key === 'which') && index > 0) {
		const antecedent = discourse.mentionEndingAt(sentence, index - 1);
		const named = antecedent && antecedent.kind !== 'pronoun' ? discourse.entityOf(antecedent) : undefined;
		if (named && named.kind !== 'place') return named;
		const phrase =
			antecedent || token.key === 'which' ? undefined : nounPhraseAt(sentence, index - 1, article, 0, true);
		if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
			return speakerOfPhrase(discourse, sentence, phrase, tokens[index - 1]!.start);
	}
	if (RELATIVE_WORDS.has(token.key)) return discourse.subjectOf(sentence, token.start);
	const phrase = nounPhraseAt(sentence, index, article, 0, true);
	if (!phrase) return undefined;
	// "A teacher at the destroyed school ... said": the phrase after a preposition is not the subject.
	const before = tokens.findIndex(other => other.start === phrase.start) - 1;
	if (
		before >= 0 &&
		PREPOSITIONS.has(tokens[before]!.key) &&
		gapBetween(sentence, tokens[before], tokens[before + 1]) === ' '
	) {
		const people = phraseBeforePreposition(sentence, before, article);
		if (people) return speakerOfPhrase(discourse, sentence, people, tokens[before - 1]!.start);
		if (!SPEAKER_NOUNS.has(phrase.head) && !TITLE_WORDS.has(phrase.head)) return undefined;
	}
	return speakerOfPhrase(discourse, sentence, phrase, token.start);
}

/** Who an inverted attribution names after its verb: "said a protester using the pseudonym Katya". */
export function subjectAfter(
	discourse: Discourse,
	sentence: Sentence,
	verb: number,
	article: string,
): Entity | undefined {
	const tokens = sentence.tokens;
	// "said one of the passengers": the noun phrase reaches past "one of the".
	const phraseEnd =
		PARTITIVE_WORDS.has(tokens[verb + 1]?.key ?? '') && tokens[verb + 2]?.key === 'of' ? verb + 5 : verb + 2;
	for (let index = verb + 1; index < tokens.length && index <= verb + 8; index++) {
		const gap = gapBetween(sentence, tokens[index - 1], tokens[index]);
		if (/[.;:!?\u0001]/.test(gap) || (index > verb + 1 && gap.includes(','))) break;
		const mention = discourse.mentionsOf(sentence).find(candidate => candidate.from === index);
		if (mention && !mention.possessive) {
			if (mention.kind === 'pronoun' && index > verb + 1) return undefined;
			const spokesperson = onBehalfOf(discourse, sentence, mention) ?? spokespersonAfter(discourse, sentence, mention);
			if (spokesperson) return spokesperson;
			const entity = discourse.entityOf(mention);
			// "the Rovers manager, Gary Doyle": a name right before a lower-case role word only says whose role it is.
			const modifier =
				tokens[mention.to + 1] !== undefined &&
				!tokens[mention.to + 1]!.capitalised &&
				gapBetween(sentence, tokens[mention.to], tokens[mention.to + 1]) === ' ';
			if (entity && (entity.kind !== 'person' || modifier) && mention.kind !== 'pronoun')
				return personEndingPhrase(discourse, sentence, mention) ?? entity;
			if (entity) return entity;
		}
		if (index <= phraseEnd) {
			const phrase = nounPhraseAt(sentence, index, article, verb + 1, true);
			const next = tokens[index + 1];
			// "said Smith's lawyer, Jane Doe": the name in apposition.
			const named =
				next && /^,\s+$/.test(gapBetween(sentence, tokens[index], next))
					? nameAt(discourse, sentence, index + 1)
					: undefined;
			if (phrase && named) return discourse.entityOf(named);
			if (
				phrase &&
				!DOCUMENT_NOUNS.has(phrase.head) &&
				(!next || /[,.]/.test(gapBetween(sentence, tokens[index], next)) || next.key === 'in' || next.key === 'on')
			)
				return speakerOfPhrase(discourse, sentence, phrase, tokens[index]!.start);
		}
	}
	return undefined;
}

/** "and said Russia would veto …": the name after the verb is the subject of what was said, not an inverted speaker. */
export function opensClause(discourse: Discourse, sentence: Sentence, at: number): boolean {
	const mention = discourse.mentionsOf(sentence).find(candidate => candidate.from === at);
	if (!mention || mention.possessive) return false;
	const next = sentence.tokens[mention.to + 1];
	return (
		next !== undefined &&
		!next.capitalised &&
		gapBetween(sentence, sentence.tokens[mention.to], next) === ' ' &&
		FINITE_WORD.test(next.key)
	);
}

/** "was described as "…" by the police", "was told by the minister": who a passive verb of saying names after "by". */
export function passiveAgent(
	discourse: Discourse,
	sentence: Sentence,
	verb: number,
	article: string,
): Entity | undefined {
	const tokens = sentence.tokens;
	const token = tokens[verb]!;
	if (!SPEECH_VERBS.has(token.key) || token.key.endsWith('ing') || token.capitalised) return undefined;
	let auxiliary = verb - 1;
	if (tokens[auxiliary] && /ly$/.test(tokens[auxiliary]!.key)) auxiliary--; // "was widely described"
	if (!tokens[auxiliary] || !PASSIVE_BEFORE.has(tokens[auxiliary]!.key)) return undefined;
	if (NOT_SPEECH_AFTER[token.key]?.test(wordsAfter(sentence, token))) return undefined;
	for (let index = verb + 1; index < tokens.length && index <= verb + 8; index++) {
		if (/[,.;:!?]/.test(gapBetween(sentence, tokens[index - 1], tokens[index]).replace(/\u0001+/g, ' ')))
			return undefined;
		if (tokens[index]!.key !== 'by') continue;
		// "by the minister", "by the area's MP": the agent after a determiner and a possessive.
		let first = index + 1;
		if (tokens[first] && /^(?:the|a|an)$/.test(tokens[first]!.key)) first++;
		if (tokens[first]?.possessive && !tokens[first]!.capitalised) first++;
		const mention = discourse
			.mentionsOf(sentence)
			.find(candidate => candidate.from === index + 1 || candidate.from === first);
		if (mention && !mention.possessive) return discourse.entityOf(mention);
		for (let head = index + 1; head < tokens.length && head <= index + 4; head++) {
			const phrase = nounPhraseAt(sentence, head, article, index + 1);
			if (phrase && !DOCUMENT_NOUNS.has(phrase.head))
				return speakerOfPhrase(discourse, sentence, phrase, tokens[head]!.start);
		}
		return undefined;
	}
	return undefined;
}
