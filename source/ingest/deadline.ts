import {UserError} from '../model/problems.js';

// A time budget for one article. Ingest's rules are linear in the text, but they are many, and an article
// can be megabytes of something no rule was written for: past its budget, ingest gives up on that article
// with a message (a folder ingest then goes on with the next) instead of running for minutes.

/** Throws a UserError once the budget is spent; ingest calls it between paragraphs, sentences and stages. */
export type Deadline = () => void;

export type DeadlineOptions = {
	/** How long one article may take, in milliseconds (default: no limit). */
	readonly timeLimitMs?: number;
	/** The clock, in milliseconds (default: performance.now; tests pass one of their own). */
	readonly now?: () => number;
	/** What to call the article in the message, e.g. its file name. */
	readonly name?: string;
};

/** No limit. */
export const NO_DEADLINE: Deadline = () => {};

function seconds(milliseconds: number): string {
	const value = milliseconds / 1000;
	return `${Number.isInteger(value) ? value : Number(value.toPrecision(2))} s`;
}

/** A deadline `timeLimitMs` from now. */
export function startDeadline(options: DeadlineOptions): Deadline {
	const limit = options.timeLimitMs;
	if (limit === undefined || !Number.isFinite(limit)) return NO_DEADLINE;
	const now = options.now ?? (() => performance.now());
	const end = now() + limit;
	return () => {
		if (now() <= end) return;
		const message = `gave up after ${seconds(limit)} (the article is too unusual to draft in time)`;
		throw options.name === undefined ? new UserError(message) : UserError.fromProblems([{file: options.name, message}]);
	};
}
