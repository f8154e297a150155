import {gapBetween} from '../mentions/mentions.js';
import {QUOTE_CHAR, type Sentence, type Token} from '../text/sentences.js';
import {
	NOT_SPEECH_AFTER,
	PASSIVE_BEFORE,
	SPEAKER_HEADS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	VERB_PREFIXES,
} from '../vocabulary.js';

// Cues: the words that say someone spoke. A verb of saying, in the forms news writing uses it as one.

/**
 * The start of what follows a token, lower case, for patterns anchored there ("called for", "by the police"). Only
 * the start: taking the whole rest of the sentence at every word would make ingest quadratic in its length.
 */
export function wordsAfter(sentence: Sentence, token: Token): string {
	const next = /\S/g;
	next.lastIndex = token.end - sentence.start;
	const start = next.exec(sentence.masked)?.index ?? sentence.masked.length;
	return sentence.masked.slice(start, start + 200).toLowerCase();
}

/** Whether the token at `index` is a verb of saying used as one (not a noun, a passive, or "as reported by"). */
export function isSpeechVerb(sentence: Sentence, index: number): boolean {
	const token = sentence.tokens[index]!;
	// "The statement read: "…"", "the decree signed by the Pope read "…"": a text's words, when they follow at once.
	if ((token.key === 'read' || token.key === 'reads') && !token.capitalised)
		return /^\s*(?:in part\s*)?[,:]?\s*\u0001/.test(sentence.masked.slice(token.end - sentence.start));
	if (!SPEECH_VERBS.has(token.key) || token.possessive) return false;
	if (token.capitalised && index > 0) return false; // "Washington Post", "Fox News Report"
	const after = wordsAfter(sentence, token);
	const excluded = NOT_SPEECH_AFTER[token.key];
	if (excluded?.test(after)) return false;
	const previous = sentence.tokens[index - 1];
	const beforePrevious = sentence.tokens[index - 2];
	if (previous && PASSIVE_BEFORE.has(previous.key)) return false;
	if (
		previous &&
		VERB_PREFIXES.has(previous.key) &&
		beforePrevious &&
		PASSIVE_BEFORE.has(beforePrevious.key) &&
		previous.key !== 'has' &&
		previous.key !== 'had'
	)
		return false;
	if (previous?.key === 'as' && !token.key.endsWith('ing')) return false; // "as reported by", "as quoted by"
	if (/^by\b/.test(after) && !token.key.endsWith('ing') && !/^by\s+\w+ing\b/.test(after)) return false;
	// A noun, not a verb: "the statement", "a report", "his post", "its call".
	if (previous && /^(?:the|a|an|his|her|its|their|this|that|whose|our)$/.test(previous.key)) return false;
	// "security demands", "his claims": an -s form is a verb only after its subject.
	// "‘…’, says MP": right after a quotation, an -s form is the inverted verb of saying.
	const afterQuote = gapBetween(sentence, previous, token).includes(QUOTE_CHAR);
	if (previous && !afterQuote && /[^s]s$/.test(token.key) && !previous.capitalised && !previous.possessive) {
		const subjectLike =
			/^(?:he|she|it|who|which|that|also|later|then|again|now|still|often|repeatedly|publicly)$/.test(previous.key) ||
			SPEAKER_NOUNS.has(previous.key) ||
			SPEAKER_HEADS.has(previous.key);
		if (!subjectLike) return false;
	}
	return true;
}
