import type {Analysis} from '../analyse.js';
import {type Deadline, NO_DEADLINE} from '../deadline.js';
import {type ReportedFilter, SHIPPED_REPORTED_FILTER} from '../learned/reported-model.js';
import type {Entity} from '../types.js';
import {findReportedAndMixed} from './reported.js';

// Everything an article reports someone said, by kind: direct quotations (a whole quoted sentence), partial ones (a
// phrase worked into the reporter's sentence), mixed clauses (reported, with quoted words in them) and reported
// speech (no quotation marks). A quoted fragment inside a mixed clause is part of that clause, not a quotation of its
// own.

export type SpeechKind = 'direct' | 'partial' | 'mixed' | 'reported';

export type Speech = {
	readonly kind: SpeechKind;
	/** [start, end) in the article text: the quoted words, or the reported content. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** What a reader is shown: for reported speech, the cue verb kept where it carries meaning ("denied that …"). */
	readonly display: string;
	readonly speaker: Entity | undefined;
	readonly block: number;
};

/** A whole quoted sentence is direct; a phrase worked into the reporter's sentence is partial. */
export function quotationKind(text: string): 'direct' | 'partial' {
	const start = text.replace(/^[[(…."'‘“\s]+/, '');
	if (/^\p{Ll}/u.test(start)) return 'partial';
	return text.split(/\s+/).length < 3 && !/[.!?,]$/.test(text) ? 'partial' : 'direct';
}

/** The speech of an analysed article, in the order of the text. */
export function findSpeech(
	analysis: Analysis,
	deadline: Deadline = NO_DEADLINE,
	filter: ReportedFilter = SHIPPED_REPORTED_FILTER,
): Speech[] {
	const text = analysis.article.text;
	const clauses = findReportedAndMixed(analysis, deadline, filter);
	const mixed = clauses.filter(item => item.kind === 'mixed');
	// Both lists are in text order: one pass finds the mixed clause (if any) around each quotation.
	let next = 0;
	const quotations: Speech[] = [];
	for (const {quote, speaker} of analysis.quotes) {
		while (next < mixed.length && mixed[next]!.end < quote.start) next++;
		const around = mixed[next];
		// Stryker disable next-line EqualityOperator: a mixed clause opens with the reporter's words and holds its quotations
		// whole (to the closing mark or the paragraph end), so a quotation in it starts after it and never ends past it.
		if (around && around.start <= quote.start && quote.end <= around.end + 1) continue;
		const words = text.slice(quote.start, quote.end);
		quotations.push({
			kind: quotationKind(words),
			start: quote.start,
			end: quote.end,
			text: words,
			display: words,
			speaker,
			block: quote.block,
		});
	}
	const reported: Speech[] = clauses.map(item => ({...item}));
	return [...quotations, ...reported].sort((a, b) => a.start - b.start);
}
