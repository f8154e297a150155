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

/** Three words or fewer. */
function isShortPhrase(text: string): boolean {
	let words = 0;
	for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) if (++words > 3) return false;
	return true;
}
