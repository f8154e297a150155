import type {SpeakerCandidate} from '../learned/speaker-model.js';
import type {QuoteSpan} from '../quotes/quotes.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';

/** A verb of saying in a sentence, with the speaker it names (if it names one). */
export type Attribution = {
	readonly sentence: Sentence;
	readonly verb: number;
	readonly position: number;
	readonly participle: boolean;
	speaker?: Entity;
	/** "according to X": the whole sentence is X's. */
	readonly according?: boolean;
};

/** How a speaker was found: by a verb of saying, a colon, as a continuation, or only as the sentence's subject. */
export type AttributionRule = 'verb' | 'colon' | 'continuation' | 'subject' | 'previous' | 'none';

export type AttributedQuote = {
	readonly quote: QuoteSpan;
	speaker: Entity | undefined;
	rule: AttributionRule;
	readonly sentence: Sentence;
	/** Who else could have said it, with the features the learned speaker model weighs (for training it). */
	readonly candidates?: readonly SpeakerCandidate[];
};
