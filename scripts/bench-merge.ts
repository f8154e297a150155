// Merging and story grouping speed (issue 19): `npm run bench:merge`.
// - merge: 10 drafts of 1,000-word articles on one story (the seed article as ten outlets print it: other
//   quotation marks, paragraphs cut or left out) merged into one briefing; target 1 s.
// - group: 500 feed items (the multi-source set's 24 articles, each copied into stories weeks apart with
//   words of the headline changed) grouped into stories; target 2 s.
// Each is timed as the median of several runs after one warm-up, on this machine as it is.

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {draftBriefing} from '../source/ingest/index.js';
import {mergeBriefings} from '../source/merge/merge.js';
import {groupStories, type StoryItem, storyItemsOf} from '../source/merge/stories.js';

const root = path.join(import.meta.dirname, '..');
const seed = readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'nato-russia-council.txt'), 'utf8');

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, work: () => void): number {
	work();
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return median(times);
}

// Ten outlets' versions of the seed: each leaves out a different paragraph, one in three uses straight quotation
// marks, and each is padded to 1,000 words with paragraphs of its own.
const [headline, ...paragraphs] = seed.trim().split(/\n\s*\n/);
const articles = Array.from({length: 10}, (_, outlet) => {
	const kept = paragraphs.filter((_, index) => index % 10 !== outlet);
	let text = [`${headline} (${outlet + 1})`, ...kept].join('\n\n');
	if (outlet % 3 === 0) text = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
	let words = text.split(/\s+/).length;
	for (let extra = 1; words < 1000; extra++) {
		const paragraph = `Analysts at outlet ${outlet + 1} noted point ${extra} about the talks, the troops near the border and the long history of the council, which has met only rarely since 2014.`;
		text += `\n\n${paragraph}`;
		words += paragraph.split(/\s+/).length;
	}
	return `${text}\n\nSource: Outlet ${outlet + 1}\n`;
});
const drafts = articles.map(text => draftBriefing(text).briefing);
const words = Math.round(articles.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / articles.length);
const mergeMs = time(10, () => mergeBriefings(drafts.map(briefing => ({briefing}))));
const merged = mergeBriefings(drafts.map(briefing => ({briefing}))).briefing;
const endToEnd = time(5, () => mergeBriefings(articles.map(text => ({briefing: draftBriefing(text).briefing}))));

// 500 feed items: the set's articles, copied into stories 10 days apart (so no copy joins another), headline words
// changed in each copy.
const folder = path.join(root, 'test', 'fixtures', 'multi-source', 'articles');
const base = readdirSync(folder)
	.filter(name => name.endsWith('.txt'))
	.sort()
	.flatMap(name => storyItemsOf(draftBriefing(readFileSync(path.join(folder, name), 'utf8')).briefing));
const items: StoryItem[] = Array.from({length: 500}, (_, index) => {
	const item = base[index % base.length]!;
	const copy = Math.floor(index / base.length);
	const day = new Date(Date.UTC(2025, 0, 1 + copy * 10 + (index % 3))).toISOString().slice(0, 10);
	return {...item, headline: `${item.headline} ${['update', 'latest', 'live', 'analysis'][copy % 4]}`, date: day};
});
const groupMs = time(5, () => groupStories(items));
const stories = groupStories(items).length;

const pass = (value: number, target: number) => (value <= target ? 'PASS' : 'FAIL');
console.log('| Measure | Figure | Target | |');
console.log('|---|---|---|---|');
console.log(
	`| merge 10 drafts of ${words}-word articles (${merged.quotes.length} quotes, ${merged.speakers.length} speakers after) | ${mergeMs.toFixed(1)} ms | <= 1 s | ${pass(mergeMs, 1000)} |`,
);
console.log(`| draft and merge the same 10 articles | ${endToEnd.toFixed(1)} ms | | |`);
console.log(
	`| group 500 feed items (${stories} stories) | ${groupMs.toFixed(1)} ms | <= 2 s | ${pass(groupMs, 2000)} |`,
);
