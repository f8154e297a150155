import type {Analysis} from '../analyse.js';
import {type Deadline, NO_DEADLINE} from '../deadline.js';
import {QUOTE_CHAR, type Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';
import {BARE_CLAUSE_VERBS, OBJECT_VERBS} from '../vocabulary.js';

// Reported speech: a verb of saying followed by what was said, without quotation marks.
// "Grushko later said Moscow would use military means…", "Stoltenberg underlined that Ukraine has
// the right…", "According to Johnson, this break will allow him…".

export type Reported = {
	/** The verb and what follows, for display: "denied that it has…" keeps the meaning the clause alone loses. */
	readonly display: string;
	/** The reported clause: [start, end) in the article text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly speaker: Entity;
	readonly block: number;
};

const NEUTRAL_VERBS = new Set(
	'say says said saying tell tells told telling add adds added adding state states stated note notes noted'.split(' '),
);

const ADVERBIAL =
	/^(?:,?\s*(?:on|in|at|during|after|before|late on|early on|earlier on)\s+(?:\p{Lu}\p{L}+day|(?:a|an|the|his|her|its|their)\s+(?:statement|interview|speech|letter|post|tweet|briefing|news conference|press conference|televised address|address|conversation|call|meeting)(?:\s+(?:with|to|on)\s+[^,;.]{1,40}?)?)|\s*(?:later|earlier|also|again|yesterday|today|previously|publicly|repeatedly|privately|separately))(?=[\s,])/u;
const CLAUSE_SUBJECT =
	/^(?:that\s+)?(?:it|he|she|they|we|there|this|these|those|the|a|an|any|some|no|its|his|her|their|our|all|both|each|many|most|such|\p{Lu}[\p{L}’'-]*|\d[\d,.]*)\b/u;
const FINITE =
	/\b(?:is|was|were|are|would|will|could|should|may|might|can|has|had|have|did|does|do|must|remains?|poses?|needs?|wants?|plans?|intends?|hopes?|expects?|believes?|[a-z]+ed)\b/;

function clauseEnd(text: string): number {
	// A reported clause ends at the sentence end, a semicolon, or a trailing participle clause (", rejecting …").
	const cut =
		/;\s|,\s+(?:rejecting|adding|saying|noting|calling|while|but|emphasising|emphasizing|insisting|according)\b|\s+according to\b/u.exec(
			text,
		);
	return cut ? cut.index : text.length;
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
			found.push(text.slice(from));
			break;
		}
		found.push(text.slice(from, match.index));
		from = match.index + match[0].length;
	}
	return found;
}

function reportedAfterVerb(
	sentence: Sentence,
	verbIndex: number,
	article: string,
): {start: number; end: number} | undefined {
	const verb = sentence.tokens[verbIndex]!;
	let offset = verb.end - sentence.start;
	let rest = sentence.masked.slice(offset);
	const skip = (pattern: RegExp) => {
		const match = pattern.exec(rest);
		if (!match) return false;
		offset += match[0].length;
		rest = sentence.masked.slice(offset);
		return true;
	};
	for (let guard = 0; guard < 3 && skip(ADVERBIAL); guard++);
	skip(/^\s+/);
	// "warns Russia it will…", "told reporters that…": the listener comes first.
	if (OBJECT_VERBS.has(verb.key) && !/^that\b/.test(rest)) {
		if (
			!skip(
				/^(?:(?:the|a|an|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|reporters|journalists|lawmakers|parliament|the press|him|her|them|us)(?=[\s,])/u,
			)
		)
			return undefined;
		for (let guard = 0; guard < 3 && skip(ADVERBIAL); guard++);
		skip(/^\s+/);
	}
	const hasThat = /^that\s/.test(rest);
	if (hasThat) skip(/^that\s+/);
	else if (
		!BARE_CLAUSE_VERBS.has(verb.key) ||
		!CLAUSE_SUBJECT.test(rest) ||
		!FINITE.test(leadingWords(rest, 8).slice(1).join(' '))
	)
		return undefined;
	if (/^(?:he|she|it|they)\s+(?:said|added|told)\b/.test(rest)) return undefined;
	const within = rest.slice(0, MAX_CLAUSE_CHARS);
	const end = clauseEnd(within);
	if (end === within.length && within.length < rest.length) return undefined;
	const clause = within.slice(0, end).trimEnd();
	if (clause.includes(QUOTE_CHAR) || clause.split(/\s+/).length < 3) return undefined;
	const start = sentence.start + offset;
	const text = article.slice(start, start + clause.length);
	return {start, end: start + text.replace(/[\s,]+$/, '').length};
}

function reportedAround(sentence: Sentence, position: number): {start: number; end: number} | undefined {
	// "According to X, clause." or "Clause, according to X."
	const at = position - sentence.start;
	const before = sentence.masked.slice(0, at);
	if (/^\s*$/.test(before)) {
		const comma = /^[^,]*,\s*/.exec(sentence.masked.slice(at));
		if (!comma) return undefined;
		const from = at + comma[0].length;
		if (sentence.masked.length - from > MAX_CLAUSE_CHARS) return undefined;
		const clause = sentence.masked.slice(from);
		if (clause.includes(QUOTE_CHAR) || clause.split(/\s+/).length < 4) return undefined;
		return {start: sentence.start + from, end: sentence.end};
	}
	if (at > MAX_CLAUSE_CHARS) return undefined;
	const clause = before.replace(/[\s,]+$/, '');
	if (clause.includes(QUOTE_CHAR) || clause.split(/\s+/).length < 4) return undefined;
	return {start: sentence.start, end: sentence.start + clause.length};
}

/** Reported speech of an article, each with its speaker, in order. */
export function findReported(analysis: Analysis, deadline: Deadline = NO_DEADLINE): Reported[] {
	const found: Reported[] = [];
	const text = analysis.article.text;
	for (const sentence of analysis.sentences) {
		if (sentence.block < 0) continue;
		deadline();
		for (const attribution of analysis.discourse.attributions.get(sentence) ?? []) {
			if (!attribution.speaker) continue;
			const span = attribution.according
				? reportedAround(sentence, attribution.position)
				: reportedAfterVerb(sentence, attribution.verb, text);
			if (!span || span.end - span.start < 12) continue;
			const last = found.at(-1);
			if (last && last.start < span.end && span.start < last.end) continue;
			const verb = sentence.tokens[attribution.verb]!;
			const neutral = attribution.according || NEUTRAL_VERBS.has(verb.key);
			const display = neutral ? text.slice(span.start, span.end) : text.slice(verb.start, span.end);
			found.push({
				...span,
				text: text.slice(span.start, span.end),
				display,
				speaker: attribution.speaker,
				block: sentence.block,
			});
		}
	}
	return found;
}
