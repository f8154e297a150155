// The multi-source test set (test/fixtures/multi-source/): 8 stories, each told by three invented outlets.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {draftBriefing} from '../../source/ingest/index.js';
import type {Briefing} from '../../source/model/schema.js';
import {FIXTURES} from '../paths.js';

export const MULTI_SOURCE = path.join(FIXTURES, 'multi-source');
export const ARTICLES = path.join(MULTI_SOURCE, 'articles');

/** Each article's story, by file name. */
export const STORY_OF: Readonly<Record<string, string>> = JSON.parse(
	readFileSync(path.join(MULTI_SOURCE, 'stories.json'), 'utf8'),
);

/** The article files of each story, wire first. */
export function storyFiles(): Map<string, string[]> {
	const stories = new Map<string, string[]>();
	for (const [file, story] of Object.entries(STORY_OF)) stories.set(story, [...(stories.get(story) ?? []), file]);
	return stories;
}

export const articleText = (file: string) => readFileSync(path.join(ARTICLES, file), 'utf8');

/** The draft of one article of the set. */
export function draftOf(file: string): Briefing {
	return draftBriefing(articleText(file)).briefing;
}

/** An article of the set as a web page: its outlet, date and headline in the page's metadata. */
export function articlePage(file: string): string {
	const text = articleText(file);
	const [headline, ...rest] = text.trim().split(/\n\s*\n/);
	const outlet = /^Source: (.+)$/m.exec(text)?.[1] ?? 'Unknown';
	const date = /(\d{1,2}) March 2025/.exec(text)?.[1]?.padStart(2, '0');
	const paragraphs = rest.filter(
		paragraph => !/^Source: /.test(paragraph) && !/^(?:Published )?\d{1,2} March 2025$/.test(paragraph),
	);
	const html = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return `<!doctype html><html lang="en"><head><title>${html(headline!)}</title>
<meta property="og:site_name" content="${html(outlet)}">
<meta property="article:published_time" content="2025-03-${date}T08:00:00Z">
</head><body><article><h1>${html(headline!)}</h1>
${paragraphs.map(paragraph => `<p>${html(paragraph)}</p>`).join('\n')}
</article></body></html>`;
}
