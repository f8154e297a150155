import {gapBetween, isPeopleNoun} from '../mentions/mentions.js';
import type {Sentence, Token} from '../text/sentences.js';
import type {Mention} from '../types.js';
import {
	ATTACHING,
	DETERMINERS,
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	PARTITIVE_WORDS,
	PEOPLE_NOUNS,
	PREPOSITIONS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	TITLE_WORDS,
} from '../vocabulary.js';
import type {Discourse} from './discourse.js';

// Noun phrases that can name a speaker, and names in apposition: read within a few tokens, never the whole sentence.

/**
 * The name that starts at token `at`, or after titles there: "Britain's ambassador, Sir Edward Lang", "his doctor, Dr.
 * Ann Wu".
 */
export function nameAt(discourse: Discourse, sentence: Sentence, at: number): Mention | undefined {
	const tokens = sentence.tokens;
	let from = at;
	while (
		from < at + 3 &&
		tokens[from] &&
		tokens[from]!.capitalised &&
		TITLE_WORDS.has(tokens[from]!.key) &&
		/^ $/.test(gapBetween(sentence, tokens[from], tokens[from + 1]))
	)
		from++;
	return discourse
		.mentionsOf(sentence)
		.find(mention => (mention.from === at || mention.from === from) && mention.kind === 'name');
}

/**
 * "The UN peacekeeping mission in Congo, MONUSCO,": the name at `first` is in apposition to a phrase opening the clause
 * with "the … NOUN".
 */
export function introducedAs(sentence: Sentence, first: number, noun: string): boolean {
	const tokens = sentence.tokens;
	if (first < 2 || !/^,\s+$/.test(gapBetween(sentence, tokens[first - 1], tokens[first]))) return false;
	let open = first - 1;
	while (open > 0 && !/[,;:\u0001]/.test(gapBetween(sentence, tokens[open - 1], tokens[open]))) open--;
	if (tokens[open]!.key !== 'the' || first - open > 8) return false;
	for (let index = open + 1; index < Math.min(first, open + 5); index++)
		if (tokens[index]!.key === noun && !tokens[index]!.capitalised) return true;
	return false;
}

/** An unnamed speaker noun phrase ending at a token: "a spokesman", "the ministry". */
export type NounPhrase = {text: string; head: string; start: number; complement?: string};

/**
 * A content word that can head a noun phrase: not a function word, preposition, verb of saying, -ly adverb or -ed/-ing
 * verb form.
 */
function couldBeHead(token: Token): boolean {
	if (/^\d{1,3}-year-old$/.test(token.key)) return true; // "the 31-year-old"
	return (
		!token.capitalised &&
		/^\p{Ll}{3,}$|^\p{Ll}{2,}-\p{Ll}{3,}$/u.test(token.key) && // "the co-author", "the vice-president"
		!token.key.endsWith('-old') &&
		!/(?:ly|ed|ing)$/.test(token.key) &&
		!FUNCTION_WORDS.has(token.key) &&
		!PREPOSITIONS.has(token.key) &&
		!SPEECH_VERBS.has(token.key)
	);
}

/**
 * The noun phrase ending at a token when it can name a speaker: its head a speaker noun ("a spokesman",
 * "the ministry"), or, when `open` (the phrase is the subject of a verb of saying, so whoever it names
 * speaks), any noun after a determiner ("the nurse", "one woman") and any plural noun for people
 * ("Analysts", "midwives").
 */
export function nounPhraseAt(
	sentence: Sentence,
	index: number,
	article: string,
	lowest = 0,
	open = false,
): NounPhrase | undefined {
	const head = sentence.tokens[index];
	// A capital only because the sentence starts there ("Analysts at Goldman Sachs wrote") does not make a name.
	if (!head || (head.capitalised && (index > 0 || !/^\p{Lu}\p{Ll}+$/u.test(head.text)))) return undefined;
	const known = SPEAKER_NOUNS.has(head.key) || TITLE_WORDS.has(head.key) || DOCUMENT_NOUNS.has(head.key);
	if (!known && !(open && couldBeHead(head))) return undefined;
	let from = index;
	while (from > lowest && index - from < 5) {
		const previous = sentence.tokens[from - 1]!;
		// A verb of saying ends the phrase ("said a spokesman"), unless it is a modifier after a determiner: "the state
		// bureau".
		// (A capitalised word is a name's: "the United States government".)
		if (
			SPEECH_VERBS.has(previous.key) &&
			!previous.capitalised &&
			!/^(?:the|a|an)$/.test(sentence.tokens[from - 2]?.key ?? '')
		)
			break;
		if (!/^ $/.test(gapBetween(sentence, previous, sentence.tokens[from]))) break;
		const determiner = /^(?:the|a|an|its|his|her|their)$/.test(previous.key);
		// A noun phrase's words before its head are modifiers: "that", "and", "in" end it ("a scheme that prosecutors said").
		if (!determiner && (FUNCTION_WORDS.has(previous.key) || PREPOSITIONS.has(previous.key))) break;
		from--;
		if (determiner) break;
	}
	// "one of the victims", "several of the protesters": the few who spoke, named with their group.
	const of = sentence.tokens[from - 1];
	const quantity = sentence.tokens[from - 2];
	if (
		from - 2 >= lowest &&
		of?.key === 'of' &&
		quantity &&
		PARTITIVE_WORDS.has(quantity.key) &&
		/^(?:the|his|her|its|their)$/.test(sentence.tokens[from]!.key)
	)
		if (/^ $/.test(gapBetween(sentence, quantity, of)) && /^ $/.test(gapBetween(sentence, of, sentence.tokens[from])))
			from -= 2;
	// "the head of the police's internal investigators", "a spokesman for the ministry": the role noun is the head.
	const role = sentence.tokens[from - 2];
	const link = sentence.tokens[from - 1];
	if (
		from - 2 >= lowest &&
		(link?.key === 'of' || link?.key === 'for') &&
		role &&
		!role.capitalised &&
		(PEOPLE_NOUNS.has(role.key) || TITLE_WORDS.has(role.key)) &&
		/^ $/.test(gapBetween(sentence, role, link)) &&
		/^ $/.test(gapBetween(sentence, link, sentence.tokens[from]))
	) {
		const complement = article.slice(sentence.tokens[from]!.start, head.end);
		from -= 2;
		const determiner = sentence.tokens[from - 1];
		if (
			from - 1 >= lowest &&
			determiner &&
			/^(?:the|a|an)$/.test(determiner.key) &&
			/^ $/.test(gapBetween(sentence, determiner, role))
		)
			from--;
		return {
			text: article.slice(sentence.tokens[from]!.start, head.end),
			head: role.key,
			start: sentence.tokens[from]!.start,
			complement,
		};
	}
	if (!known) {
		const first = sentence.tokens[from]!;
		if (!DETERMINERS.test(first.key) && !isPeopleNoun(head.key)) return undefined;
	}
	return {
		text: article.slice(sentence.tokens[from]!.start, head.end),
		head: head.key,
		start: sentence.tokens[from]!.start,
	};
}

/** "A teacher at the school", "the governors of Maryland and Virginia": the people before a preposition. */
export function phraseBeforePreposition(
	sentence: Sentence,
	preposition: number,
	article: string,
): NounPhrase | undefined {
	const tokens = sentence.tokens;
	const link = tokens[preposition];
	if (
		!link ||
		!ATTACHING.has(link.key) ||
		preposition < 1 ||
		gapBetween(sentence, tokens[preposition - 1], link) !== ' '
	)
		return undefined;
	const phrase = nounPhraseAt(sentence, preposition - 1, article, 0, true);
	return phrase && !DOCUMENT_NOUNS.has(phrase.head) ? phrase : undefined;
}
