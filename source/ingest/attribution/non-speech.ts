import {DETERMINERS, NAMED_THING_NOUNS, NAMING_VERBS, PASSIVE_BEFORE, SPEECH_VERBS} from '../vocabulary.js';
import {followsColon, type QuoteContext} from './sieves/sieve.js';
import type {AttributionRule} from './types.js';

/**
 * A phrase of a few words in a sentence without a cue, a colon or an earlier speaker is a term, a name or a scare
 * quote ("a knife and a "sharp tool"", "in "not life-threatening" condition"), not someone's words. But "justified
 * the strike as "defensive"", "dismissed it as "…"": whoever characterises something in quoted words says them.
 */
export function isTermNotSpeech(context: QuoteContext, rule: AttributionRule): boolean {
	const {sentence, quote, cues, article} = context;
	const before = sentence.masked.slice(0, quote.open - sentence.start);
	const characterised =
		/\bas\s*$/i.test(before) && !/\b(?:such|known|referred to|billed|same|well)\s+as\s*$/i.test(before);
	const unattributed = (rule === 'none' || rule === 'subject') && cues.length === 0 && !followsColon(context);
	return (
		unattributed &&
		!characterised &&
		sentence.block >= 0 &&
		!quote.continues &&
		!quote.leftOpen &&
		isShortPhrase(article.slice(quote.start, quote.end))
	);
}

/**
 * A quotation that is a name or a term: after a noun for a thing with a name ("his event, "Storm Area 51"", "the
 * question, "Is this person a citizen?"", "the designation "2019-nCoV""), after a determiner and in title case (the
 * "Reproductive Health Care Reform Bill 2019"), or after a passive or adverbial naming verb ("commonly called "swine
 * flu"", "known as "…""). An active naming cue ("X called it "a non-starter"") stays speech.
 */
export function isNameNotSpeech(context: QuoteContext): boolean {
	const {sentence, quote, article} = context;
	const tokens = sentence.tokens;
	let last = -1;
	for (let index = 0; index < tokens.length && tokens[index]!.end <= quote.open; index++) last = index;
	const previous = tokens[last];
	if (!previous) return false;
	const gap = sentence.masked.slice(previous.end - sentence.start, quote.open - sentence.start);
	if (!/^,?\s*$/.test(gap)) return false;
	if (NAMED_THING_NOUNS.has(previous.key) && !previous.capitalised) {
		// In apposition ("his event, "…"") it is the thing's name; right after it, unless a cue names it so ("called my
		// first book "…"").
		if (gap.includes(',')) return true;
		const cue = tokens
			.slice(Math.max(0, last - 4), last)
			.some(token => NAMING_VERBS.has(token.key) || SPEECH_VERBS.has(token.key));
		if (!cue) return true;
	}
	if (gap.trim() === '' && DETERMINERS.test(previous.key) && previous.key !== 'one') {
		const words = article.slice(quote.start, quote.end).split(/\s+/);
		if (
			words.length >= 2 &&
			words.every(word => /^[\p{Lu}\d]/u.test(word) || /^(?:of|and|the|for|in|on|to|a)$/.test(word))
		)
			return true;
	}
	// "was called "a triumph" by Holt": with its agent, a passive naming verb is a cue.
	const after = sentence.masked.slice(quote.close - sentence.start, quote.close - sentence.start + 8);
	if (NAMING_VERBS.has(previous.key) && gap.trim() === '' && !/^[\s,]*by\s/.test(after)) {
		const before = tokens[last - 1]?.key ?? '';
		return (
			PASSIVE_BEFORE.has(before) ||
			/^(?:commonly|widely|also|so|often|popularly|sometimes|now|officially)$/.test(before) ||
			previous.key === 'known'
		);
	}
	return false;
}

/** Three words or fewer. */
function isShortPhrase(text: string): boolean {
	let words = 0;
	for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) if (++words > 3) return false;
	return true;
}
