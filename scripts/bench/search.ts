// The search across a library, on the bench's library of 1,000 briefings: how long the indexes take to
// build (files read and indexed, as `briefing search` and the picker's `/` do), how long a query takes
// (every prefix of the queries as they are typed, as the picker searches while one types, and whole
// words, as `briefing search` does), and `briefing search` end to end in a fresh process.

import {execFileSync} from 'node:child_process';
import {loadSearchEngine, QuoteIndex, readSearchable, StoryIndex} from '../../source/search/library-index.js';
import {type Summary, summarize} from './stats.js';

export type SearchFigures = {
	readonly stories: number;
	readonly quotes: number;
	/** Reading the files and indexing every quote (`briefing search`), and every story (the picker). */
	readonly quoteIndexMs: number;
	readonly storyIndexMs: number;
	/** Queries, each prefix as typed, on the picker's index and on the quote index. */
	readonly storyQuery: Summary;
	readonly quoteQuery: Summary;
	/** `briefing search veto LIBRARY`, spawn to exit. */
	readonly commandMs: Summary;
};

/** What people type: names, words, a phrase, a typo, accents left off, a word no story has. */
const QUERIES = ['hagia', 'stoltenbreg', 'non-starters', 'real risk', 'erdogan', 'veto', 'amazon fires', 'zqxjv'];

/** Every prefix of a query, as the picker searches it while it is typed. */
const typed = (query: string) => Array.from({length: query.length}, (_, index) => query.slice(0, index + 1));

function time(run: () => void): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

export async function measureSearch(
	files: readonly string[],
	cli: string,
	env: NodeJS.ProcessEnv,
	folder: string,
): Promise<SearchFigures> {
	await loadSearchEngine();
	let quotes = new QuoteIndex();
	const quoteIndexMs = time(() => {
		quotes = new QuoteIndex();
		for (const file of files) {
			const story = readSearchable(file);
			if (story) quotes.add(story);
		}
	});
	let stories = new StoryIndex(files);
	const storyIndexMs = time(() => {
		stories = new StoryIndex(files);
		stories.indexAll();
	});
	const storyTimes: number[] = [];
	const quoteTimes: number[] = [];
	for (let round = 0; round < 3; round++)
		for (const query of QUERIES)
			for (const prefix of typed(query)) {
				storyTimes.push(time(() => stories.find(prefix)));
				quoteTimes.push(time(() => quotes.find(prefix)));
			}
	const commandTimes: number[] = [];
	for (let run = 0; run < 3; run++)
		commandTimes.push(
			time(() => {
				try {
					execFileSync(process.execPath, [cli, 'search', 'veto', folder], {env, stdio: 'ignore'});
				} catch {
					// Exit 1 (nothing found) is an answer too.
				}
			}),
		);
	return {
		stories: files.length,
		quotes: quotes.size,
		quoteIndexMs,
		storyIndexMs,
		storyQuery: summarize(storyTimes),
		quoteQuery: summarize(quoteTimes),
		commandMs: summarize(commandTimes),
	};
}
