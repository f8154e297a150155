import type {Analysis} from '../analyse.js';
import {subjectBefore} from '../attribution/cue-subjects.js';
import type {Discourse} from '../attribution/discourse.js';
import type {Attribution} from '../attribution/types.js';
import {type Deadline, NO_DEADLINE} from '../deadline.js';
import {
	isReportedSpeech,
	type ReportedFeatures,
	type ReportedFilter,
	reportedFeatures,
	SHIPPED_REPORTED_FILTER,
} from '../learned/reported-model.js';
import {isDateWord, isPlainVerb, isTensedVerb} from '../lexicon.js';
import {gapBetween} from '../mentions/mentions.js';
import {QUOTE_CHAR, type Sentence} from '../text/sentences.js';
import type {Entity, Mention} from '../types.js';
import {
	AS_COMPLEMENT_VERBS,
	BARE_CLAUSE_VERBS,
	FUNCTION_WORDS,
	GENERIC_ORGANISATIONS,
	INFINITIVE_VERBS,
	MANDATIVE_VERBS,
	OBJECT_CONTENT_VERBS,
	OBJECT_VERBS,
	PASSIVE_BEFORE,
	PREPOSITIONS,
	REPORT_ONLY_VERBS,
	SOURCE_NOUNS,
	SPEECH_VERBS,
	UNREALISED_BEFORE,
	VERB_PREFIXES,
} from '../vocabulary.js';

// Speech without quotation marks, found from the cues attribution read (each with its speaker), by where the
// content stands: after the cue ("Grushko said Moscow would…", "urged voters to stay home", "announced its
// withdrawal"), before it ("Talks will resume, the minister said."), around it ("The plan, he said, would cost
// jobs.") or around "according to X". A reported clause that carries quoted words is one mixed statement
// ("she said police were "very committed" to …").

export type Reported = {
	/** The verb and what follows, for display: "denied that it has…" keeps the meaning the clause alone loses. */
	readonly display: string;
	/** The reported content: [start, end) in the article text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly speaker: Entity;
	readonly block: number;
	/** Mixed: a reported clause with quoted words in it (their marks kept in `text`). */
	readonly kind: 'reported' | 'mixed';
	/** What the learned reported-speech model weighs (learned/reported-model.ts), kept for training it. */
	readonly features?: ReportedFeatures;
};

const NEUTRAL_VERBS = new Set(
	'say says said saying tell tells told telling add adds added adding state states stated note notes noted'.split(' '),
);

const ADVERBIAL =
	/^(?:,?\s*(?:on|in|at|during|after|before|late on|early on|earlier on)\s+(?:(?:last|this|next)\s+)?(?:\p{Lu}\p{L}+day|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|(?:a|an|the|his|her|its|their)\s+(?:(?:joint|written|separate|brief|short|new|recent|televised|weekly|daily)\s+)?(?:statement|interview|speech|letter|post|tweet|briefing|news conference|press conference|press release|report|televised address|address|conversation|call|meeting|hearing|session|video|message|email|e-mail)(?:\s+(?:with|to|on)\s+[^,;.]{1,40}?)?)|\s*(?:later|earlier|also|again|yesterday|today|previously|publicly|repeatedly|privately|separately|last week|this week|(?:yesterday|this|last)\s+(?:morning|afternoon|evening|night|week|month|year)|on \p{Lu}\p{L}+day))(?=[\s,])/u;
/** The listener of "told", "urged", "warned": a name, a pronoun, or a short noun phrase before what was said. */
const LISTENER =
	/^(?:(?:the|a|an|his|her|its|their|our|local|all|other|fellow)\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|reporters|journalists|lawmakers|parliament|the press|him|her|them|us|me|you|\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,1}(?=\s+(?:that|to)\s))(?=[\s,])/u;
const COMMON_LISTENER_1 = /^(?:the|a|an|his|her|its|their)\s+\p{Ll}[\p{L}’'-]*\s+/u;
const COMMON_LISTENER_2 = /^(?:the|a|an|his|her|its|their)\s+\p{Ll}[\p{L}’'-]*\s+\p{Ll}[\p{L}’'-]*\s+/u;
const CONTRACTION = /\p{L}(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/u;
const FINITE =
	/^(?:is|was|were|are|am|would|will|could|should|may|might|can|cannot|has|had|have|did|does|do|must|shall|\p{Ll}+ed)$/u;

/** A finite verb form: a modal or auxiliary, a past in -ed, a contraction, or a tensed verb the lexicon knows. */
function isFiniteVerb(word: string): boolean {
	const key = word.toLowerCase().replace(/[,.;:!?]+$/, '');
	if (FINITE.test(key) || CONTRACTION.test(key)) return true;
	if (FUNCTION_WORDS.has(key) || PREPOSITIONS.has(key) || key.endsWith('ly') || key.endsWith('ing')) return false;
	// "saw", "drove", "understands": the lexicon's tensed verbs.
	return isTensedVerb(key);
}

/**
 * A clause: a subject (a pronoun, a determiner, a name, a number or a noun) and a finite verb in its first words; after
 * a cue that asks (`mandative`), a subjunctive "be" or "not" will do ("urged the immunity be waived").
 */
function looksLikeClause(rest: string, mandative = false): boolean {
	// Within the clause's first words, before any comma or coordination: "the House's decision, which Ross has …" and
	// "no regret … and mentioned …" are objects.
	const stop = /[,;:]|\s(?:and|but|or)\s/.exec(rest.slice(0, 120));
	const words = leadingWords(stop ? rest.slice(0, stop.index) : rest, 11);
	const first = words[0]?.toLowerCase() ?? '';
	// "downing the jet, cites …": a gerund opens an object, not a clause.
	if (!first || PREPOSITIONS.has(first) || /^(?:to|and|but|or|as|if|when|because|while)$|ing$/.test(first))
		return false;
	// "they'd run out": a pronoun with a contracted verb opens a clause.
	const pronoun = first.replace(/['’](?:s|re|ve|ll|d|m)$/, '');
	if (isFiniteVerb(first) && !/^(?:it|he|she|they|we|i|you|there|this|these|those)$/.test(pronoun)) return false;
	if (pronoun !== first && /^(?:it|he|she|they|we|i|you|there)$/.test(pronoun)) return true;
	return words.slice(1, 10).some(
		(word, index) =>
			isFiniteVerb(word) ||
			(mandative && /^(?:be|not)$/.test(word)) ||
			// "the stores fill", "they believe", "questions remain": a plain verb after a plural subject.
			(isPlainVerb(word) && /^(?:they|we|i|you|\p{L}+[^s's]s)$/iu.test(words[index]!)),
	);
}

function clauseEnd(text: string): number {
	// A reported clause ends at the sentence end, a semicolon, or a trailing participle clause (", rejecting …").
	const cut =
		/;\s|,\s+(?:rejecting|adding|saying|noting|calling|while|emphasising|emphasizing|insisting|according|explaining|arguing|warning|stating|claiming)\b|\s+according to\b|,?\s+(?:and|but)\s+(?:also\s+)?(?:said|added|told|noted|warned|urged|called|announced)\b/u.exec(
			text,
		);
	const end = cut ? cut.index : text.length;
	// "called on Turkey to halt its drilling, and deemed that …": a second verb of saying after a comma and "and"
	// starts a second statement of the same speaker.
	const coordinated = /,\s+(?:and|but)\s+(?:also\s+)?(\p{Ll}+)\b/gu;
	for (let match = coordinated.exec(text); match && match.index < end; match = coordinated.exec(text)) {
		if (SPEECH_VERBS.has(match[1]!) || REPORT_ONLY_VERBS.has(match[1]!)) return match.index;
	}
	return end;
}

/** Where an object ends: the clause end, a comma, or a clause of time or reason. */
function objectEnd(text: string): number {
	const end = clauseEnd(text);
	const cut = /,\s|\s+(?:after|because|when|since|as|amid|before|during|while|saying|in a statement)\s/u.exec(
		text.slice(0, end),
	);
	return cut ? cut.index : end;
}

/**
 * Reported clauses longer than this are not looked for: no news sentence is that long, and reading to the
 * end of the sentence from every verb in it would make ingest quadratic in the sentence's length.
 */
const MAX_CLAUSE_CHARS = 2000;

/** `text.split(/\s+/).slice(0, count)`, reading only as far as those words. */
function leadingWords(text: string, count: number): string[] {
	const found: string[] = [];
	const space = /\s+/g;
	let from = 0;
	while (found.length < count) {
		const match = space.exec(text);
		if (!match) {
			if (from < text.length) found.push(text.slice(from));
			break;
		}
		if (match.index > from) found.push(text.slice(from, match.index));
		from = match.index + match[0].length;
	}
	return found;
}

/** Content found for a cue; `clause` when it is a clause (with a subject and verb), not an object or infinitive. */
type Span = {start: number; end: number; clause: boolean};

/** A negated or hypothetical cue reports nothing: "has not said", "will argue", "declined to say". */
function isUnrealised(sentence: Sentence, verb: number): boolean {
	const tokens = sentence.tokens;
	for (let index = verb - 1; index >= Math.max(0, verb - 2); index--) {
		const key = tokens[index]!.key;
		if (UNREALISED_BEFORE.has(key)) return true;
		if (!/^(?:has|have|had|also|yet|ever|publicly|already)$/.test(key)) return false;
	}
	return false;
}

/** What follows a cue verb: a clause (with or without "that"), an infinitive, or the object a cue names. */
function contentAfterVerb(sentence: Sentence, verbIndex: number): Span | undefined {
	const verb = sentence.tokens[verbIndex]!;
	// ""…," said Tom Reyes, who leads the union": a cue right after a quotation introduces its speaker, not content.
	const gap = sentence.masked.slice(0, verb.start - sentence.start);
	if (/\u0001[\s,]*$/.test(gap)) return undefined;
	let offset = verb.end - sentence.start;
	let rest = sentence.masked.slice(offset, offset + MAX_CLAUSE_CHARS + 1);
	const skip = (pattern: RegExp) => {
		const match = pattern.exec(rest);
		if (!match) return false;
		offset += match[0].length;
		rest = rest.slice(match[0].length);
		return true;
	};
	for (let guard = 0; guard < 3 && skip(ADVERBIAL); guard++);
	// "The plan, he said, would …": a comma right after the cue sets it off; what follows is not its object.
	// "The plan, he said, would …": a cue set off by commas; what follows the second comma is the rest of the content.
	skip(/^\s*,/);
	skip(/^\s+/);
	const callFor = /^(?:call|calls|called|calling)$/.test(verb.key);
	if (callFor && !skip(/^(?:for|on\s+\S+(?:\s+\S+)?(?=\s+to\s))\s*/)) return undefined;
	// "warns Russia it will…", "told reporters that…", "urged voters to…": the listener comes first.
	let listener = false;
	if (OBJECT_VERBS.has(verb.key) && !/^that\b/.test(rest)) {
		// "told the court she was forced …": a listener in lower case (one or two words), when a clause follows it.
		const common = [COMMON_LISTENER_1.exec(rest), COMMON_LISTENER_2.exec(rest)].find(
			match => match && looksLikeClause(rest.slice(match[0].length)),
		);
		// "informed police she had immunity": a listener of one lower-case word, when a clause follows it.
		const bare = /^\p{Ll}[\p{L}’'-]*\s+/u.exec(rest);
		if (common) skip(new RegExp(`^.{${common[0].length}}`, 's'));
		else if (!skip(LISTENER)) {
			if (!bare || /^(?:that|to)\s/.test(rest) || !looksLikeClause(rest.slice(bare[0].length))) return undefined;
			skip(new RegExp(`^.{${bare[0].length}}`, 's'));
		}
		listener = true;
		for (let guard = 0; guard < 3 && skip(ADVERBIAL); guard++);
		skip(/^,?\s+/);
	}
	// "said in a financial filing to the U.S. Securities and Exchange Commission that …": a longer phrase before "that".
	if (/^(?:in|at|to|on|during|after|before|with|from|via|through)\s/.test(rest)) {
		const that = /^[^;:\u0001]{0,100}?\s(?=that\s)/.exec(rest.slice(0, 110));
		if (that && !/[,]\s/.test(that[0])) skip(new RegExp(`^.{${that[0].length}}`, 's'));
	}
	// "encouraged the CIA to release …", "ordered his staff to delay …": the one asked, then the infinitive.
	if (INFINITIVE_VERBS.has(verb.key) && !OBJECT_VERBS.has(verb.key) && !callFor && !/^(?:to|that)\s/.test(rest)) {
		const asked = /^(?:(?:the|a|an|his|her|its|their|our|all)\s+)?\S+(?:\s+\S+){0,2}?\s+(?=to\s+\p{Ll})/u.exec(
			rest.slice(0, 80),
		);
		if (asked && !/[,;:\u0001]/.test(asked[0])) skip(new RegExp(`^.{${asked[0].length}}`, 's'));
	}
	let end: (text: string) => number = clauseEnd;
	let clause = true;
	if (/^that\s/.test(rest)) skip(/^that\s+/);
	else if (/^to\s+\p{Ll}/u.test(rest) && (INFINITIVE_VERBS.has(verb.key) || callFor)) {
		// "urged voters to stay home": the infinitive is what was asked (kept with its "to").
		clause = false;
	} else if (callFor || (!listener && OBJECT_CONTENT_VERBS.has(verb.key) && !looksLikeClause(rest))) {
		if (/^(?:to|that|it|him|her|them|this|for|on|in|at|with|by|as)\b/.test(rest)) return undefined;
		// "designated the IRGC as a terrorist organisation": the object with what it was named as.
		end = AS_COMPLEMENT_VERBS.has(verb.key) && /^[^,;\u0001]{1,60}?\sas\s/.test(rest) ? clauseEnd : objectEnd;
		clause = false;
	} else if (
		!(BARE_CLAUSE_VERBS.has(verb.key) && looksLikeClause(rest)) &&
		!(MANDATIVE_VERBS.has(verb.key) && looksLikeClause(rest, true))
	)
		return undefined;
	if (/^(?:he|she|it|they)\s+(?:said|added|told)\b/.test(rest)) return undefined;
	const within = rest.slice(0, MAX_CLAUSE_CHARS);
	const stop = end(within);
	if (stop === within.length && within.length < rest.length) return undefined;
	// "described Wednesday's talks as "…"": the object of a naming cue is not what was said; the quotation is.
	if (end === objectEnd && /^\s+as\s+\u0001/.test(within.slice(stop, stop + 8))) return undefined;
	const content = within.slice(0, stop).trimEnd();
	if (content.split(/\s+/).length < (clause ? 3 : 1)) return undefined;
	const start = sentence.start + offset;
	return {start, end: start + content.replace(/[\s,]+$/, '').length, clause};
}

/**
 * "Talks will resume in March, the minister said.": the clause before a cue that ends the sentence; "The plan, he
 * said, would cost jobs.": the two parts around a cue set off by commas.
 */
function contentAroundVerb(
	sentence: Sentence,
	attribution: Attribution,
	attributions: readonly Attribution[] | undefined,
	mentions: readonly Mention[],
): Span[] {
	const tokens = sentence.tokens;
	const verb = tokens[attribution.verb]!;
	const masked = sentence.masked;
	const verbAt = verb.start - sentence.start;
	// The comma that sets off the cue: within a few words before the verb ("…, the Syrian foreign minister said").
	const before = masked.slice(Math.max(0, verbAt - 80), verbAt);
	const comma = /,\s+(?:\S+\s+){0,6}$/.exec(before);
	if (!comma || /[,;:\u0001]/.test(comma[0].slice(1))) return [];
	const commaAt = verbAt - before.length + comma.index;
	if (commaAt > MAX_CLAUSE_CHARS) return [];
	// Another cue before the comma: the words there are that cue's ("X remarked, "…""), not this one's.
	if ((attributions ?? []).some(other => other !== attribution && other.position < sentence.start + commaAt)) return [];
	// The speaker named before the comma: "Delfin Lorenzana, the Defence Secretary, said": an apposition, not content.
	if (mentions.some(mention => mention.start < sentence.start + commaAt && mention.entity === attribution.speaker))
		return [];
	const clause = masked.slice(0, commaAt).replace(/[\s,]+$/, '');
	const first: Span = {start: sentence.start, end: sentence.start + clause.length, clause: true};
	const verbEnd = verb.end - sentence.start;
	const setOff = /^,\s+/.exec(masked.slice(verbEnd, verbEnd + 40));
	if (setOff) {
		// "The plan, he said, would cost jobs": the content goes on after the cue.
		const from = verbEnd + setOff[0].length;
		const rest = masked.slice(from, from + MAX_CLAUSE_CHARS);
		const second = rest.slice(0, clauseEnd(rest)).replace(/[\s,]+$/, '');
		const opener = leadingWords(second, 1)[0] ?? '';
		if (second.split(/\s+/).length < 2 || !(isFiniteVerb(opener) || opener === 'to' || looksLikeClause(second)))
			return [];
		return [first, {start: sentence.start + from, end: sentence.start + from + second.length, clause: true}];
	}
	// "Talks will resume in March, the minister said.": the cue ends the sentence; the clause before has a verb.
	const tail = masked.slice(verbEnd, verbEnd + 121);
	const tailEnd = tail.length <= 120 ? /^(?:\s+\S+){0,8}?\s*(?:[.!?]\s*)?$/.exec(tail) : null;
	const words = clause.split(/\s+/);
	if (!tailEnd || /\bthat\b/.test(tailEnd[0]) || words.length < 3 || !words.slice(1).some(word => isFiniteVerb(word)))
		return [];
	return [first];
}

function reportedAround(sentence: Sentence, position: number): Span | undefined {
	// "According to X, clause." or "Clause, according to X."
	const at = position - sentence.start;
	const before = sentence.masked.slice(0, at);
	if (/^\s*$/.test(before)) {
		const comma = /^[^,]*,\s*/.exec(sentence.masked.slice(at, at + 200));
		if (!comma) return undefined;
		const from = at + comma[0].length;
		if (sentence.masked.length - from > MAX_CLAUSE_CHARS) return undefined;
		const clause = sentence.masked.slice(from);
		if (clause.split(/\s+/).length < 4) return undefined;
		return {start: sentence.start + from, end: sentence.end, clause: true};
	}
	if (at > MAX_CLAUSE_CHARS) return undefined;
	const clause = before.replace(/[\s,]+$/, '');
	if (clause.split(/\s+/).length < 4) return undefined;
	return {start: sentence.start, end: sentence.start + clause.length, clause: true};
}

/**
 * A span with quotation marks in it is a mixed clause when the reporter's own words before the marks are a subject and
 * a verb (at least two words): not a quotation the cue introduces ("said: "…"", "said that "…""), nor an object or
 * infinitive in quoted words ("called it "a non-starter"", "urged them to "stay calm""), which stay direct.
 */
function kindOf(sentence: Sentence, span: Span): 'reported' | 'mixed' | undefined {
	const masked = sentence.masked.slice(span.start - sentence.start, span.end - sentence.start);
	const first = masked.indexOf(QUOTE_CHAR);
	if (first === -1) return 'reported';
	if (!span.clause) return undefined;
	const before = masked.slice(0, first).match(/[\p{L}\p{N}’']+/gu) ?? [];
	if (before.length >= 2) return 'mixed';
	// "he 'can' and 'may' put US into …", "people "think about" it where they cannot …": a pronoun or common noun
	// subject outside the marks, and a verb of the reporter's after them (a name alone before a quoted predicate,
	// "Day "founded …"", is the naming of a direct quotation's subject).
	const after =
		masked
			.slice(first)
			.replace(/\u0001+/g, ' ')
			.match(/[\p{L}\p{N}’']+/gu) ?? [];
	return before.length === 1 && /^\p{Ll}/u.test(before[0]!) && after.some(word => isFiniteVerb(word))
		? 'mixed'
		: undefined;
}

/**
 * A quotation after a break ("…, "…"", "…: "…"") is a quotation of its own, not part of the clause before it: the
 * span ends before the break.
 */
function endBeforeQuotedBreak(sentence: Sentence, span: Span): void {
	const masked = sentence.masked.slice(span.start - sentence.start, span.end - sentence.start);
	// Also after ", but" or ", and": "she had immunity, but "that she had no plans …"" quotes words of their own.
	const cut = /\s*(?:[,:;.!?]|,\s+(?:but|and)(?:\s+that)?)\s*\u0001/.exec(masked);
	if (cut) span.end = span.start + cut.index;
}

/** Whether an entity can be a source: not a day or month read as a name (a country can: "Iran said"). */
function canSpeak(entity: Entity): boolean {
	return !(entity.words.length === 1 && isDateWord(entity.words[0]!));
}

/**
 * Cues that only report (see REPORT_ONLY_VERBS), read here rather than in attribution so that quotations keep their
 * own cues: each a finite verb after its subject ("Reuters reported …", "…, ABC reported.").
 */
function reportOnlyCues(discourse: Discourse, sentence: Sentence, article: string, known: readonly Attribution[]) {
	const tokens = sentence.tokens;
	const found: Attribution[] = [];
	for (let index = 1; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (!REPORT_ONLY_VERBS.has(token.key) || token.capitalised || token.possessive) continue;
		if (known.some(cue => cue.verb === index)) continue;
		const previous = tokens[index - 1]!.key;
		// "the reported death", "was reported", "reported to have", "reported on": not a source reporting.
		if (PASSIVE_BEFORE.has(previous) || /^(?:the|a|an|his|her|its|their|this|that|as)$/.test(previous)) continue;
		const next = tokens[index + 1]?.key ?? '';
		// "called for a ceasefire", "called on Turkey to halt …" are cues; "called in", "called it" are not read here
		// ("called on the family" without an infinitive is a visit: the content finds nothing to report).
		const call = /^(?:call|calls|called|calling)$/.test(token.key);
		if (
			call
				? next !== 'for' && next !== 'on'
				: /^(?:to|on|by|in|for|from|with|at|about)$/.test(next) && !/^cite[sd]?$/.test(token.key)
		)
			continue;
		// "…, calling for …": a participle belongs to the sentence's speaker.
		const participle = token.key.endsWith('ing');
		const speaker = participle
			? (known.filter(cue => cue.speaker && cue.position < token.start).at(-1)?.speaker ??
				discourse.subjectOf(sentence, token.start, entity => entity.kind !== 'place'))
			: subjectBefore(discourse, sentence, index, article);
		if (speaker) found.push({sentence, verb: index, position: token.start, participle, speaker});
	}
	return found;
}

/**
 * The speaker of a cue attribution left without one: a verb coordinated with an earlier cue ("… and said"), or a
 * source described by a noun before its verb ("state media said", "the report said"), kept as that description.
 */
function fallbackSpeaker(
	discourse: Discourse,
	sentence: Sentence,
	attribution: Attribution,
	cues: readonly Attribution[],
): Entity | undefined {
	if (attribution.according || attribution.participle) return undefined;
	const tokens = sentence.tokens;
	let index = attribution.verb - 1;
	while (index >= 0 && VERB_PREFIXES.has(tokens[index]!.key)) index--;
	const before = tokens[index];
	if (!before || /[\u0001,;:]/.test(gapBetween(sentence, before, tokens[index + 1]))) return undefined;
	if (before.key === 'and' || before.key === 'but') {
		const earlier = cues.filter(cue => cue.speaker && cue.position < attribution.position && !cue.according).at(-1);
		return earlier?.speaker ?? discourse.subjectOf(sentence, before.start, entity => entity.kind !== 'place');
	}
	if (!SOURCE_NOUNS.has(before.key) || (before.capitalised && index > 0)) return undefined;
	let from = index;
	while (
		from > 0 &&
		index - from < 3 &&
		gapBetween(sentence, tokens[from - 1], tokens[from]) === ' ' &&
		!FUNCTION_WORDS.has(tokens[from - 1]!.key) &&
		!PREPOSITIONS.has(tokens[from - 1]!.key) &&
		(!tokens[from - 1]!.capitalised || from - 1 === 0)
	)
		from--;
	if (from > 0 && /^(?:the|a|an)$/.test(tokens[from - 1]!.key)) from--;
	// "the company said": the organisation it stands for, as for a quotation's cue, when the article named one.
	if (from === index - 1 && tokens[from]!.key === 'the' && GENERIC_ORGANISATIONS.has(before.key)) {
		const organisation = discourse.organisationNamed(before.key, sentence, before.start);
		if (organisation) return organisation;
	}
	const text = discourse.entities.article.slice(tokens[from]!.start, before.end);
	return discourse.entities.unnamed(text, tokens[from]!.start, before.key);
}

/** Reported and mixed speech of an article, each with its speaker, in order. */
export function findReportedAndMixed(
	analysis: Analysis,
	deadline: Deadline = NO_DEADLINE,
	filter: ReportedFilter = SHIPPED_REPORTED_FILTER,
): Reported[] {
	const found: Reported[] = [];
	const text = analysis.article.text;
	for (const sentence of analysis.sentences) {
		deadline();
		const known = analysis.discourse.attributions.get(sentence) ?? [];
		const reportOnly = reportOnlyCues(analysis.discourse, sentence, text, known);
		const cues = [...known, ...reportOnly];
		let named: Set<Entity> | undefined;
		for (const cue of cues) {
			const attribution = cue.speaker
				? cue
				: {...cue, speaker: fallbackSpeaker(analysis.discourse, sentence, cue, cues)};
			// Persons, organisations, groups and countries speak; a date taken for a subject does not ("In March, …").
			if (!attribution.speaker || !canSpeak(attribution.speaker)) continue;
			let spans: Span[];
			if (attribution.according) {
				const span = reportedAround(sentence, attribution.position);
				spans = span ? [span] : [];
			} else {
				if (isUnrealised(sentence, attribution.verb)) continue;
				const around = contentAroundVerb(
					sentence,
					attribution,
					analysis.discourse.attributions.get(sentence),
					analysis.discourse.mentionsOf(sentence),
				);
				const after = around.length === 2 ? undefined : contentAfterVerb(sentence, attribution.verb);
				spans = after ? [after] : around;
			}
			const verb = sentence.tokens[attribution.verb]!;
			for (const span of spans) {
				// A quotation's own cue: "…," she said (the words before it are the quotation, not reported speech).
				while (span.end > span.start && /[\s,;:]/.test(text[span.end - 1]!)) span.end--;
				if (span.end - span.start < 8) continue;
				endBeforeQuotedBreak(sentence, span);
				if (text.slice(span.start, span.end).split(/\s+/).length < (span.clause ? 2 : 1)) continue;
				const kind = kindOf(sentence, span);
				if (!kind) continue;
				const last = found.at(-1);
				if (last && last.start < span.end && span.start < last.end) continue;
				const neutral = attribution.according || NEUTRAL_VERBS.has(verb.key) || verb.start > span.start;
				const display = neutral ? text.slice(span.start, span.end) : text.slice(verb.start, span.end);
				named ??= new Set(
					analysis.discourse.mentionsOf(sentence).flatMap(mention => (mention.entity ? [mention.entity] : [])),
				);
				const features = reportedFeatures({
					sentence,
					cue: attribution,
					speaker: attribution.speaker!,
					start: span.start,
					end: span.end,
					clause: span.clause,
					kind,
					reportOnly: reportOnly.includes(cue),
					neutral: NEUTRAL_VERBS.has(verb.key),
					text: text.slice(span.start, span.end),
					named,
				});
				if (filter.mode === 'model' && !isReportedSpeech(features, filter.model)) continue;
				found.push({
					...span,
					text: text.slice(span.start, span.end),
					display,
					speaker: attribution.speaker!,
					block: sentence.block,
					kind,
					features,
				});
			}
		}
	}
	return found;
}

/** Reported speech of an article (no quotation marks in it), each with its speaker, in order. */
export function findReported(analysis: Analysis, deadline: Deadline = NO_DEADLINE): Reported[] {
	return findReportedAndMixed(analysis, deadline).filter(item => item.kind === 'reported');
}
