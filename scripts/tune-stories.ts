// Tunes story grouping (source/merge/stories.ts) on the labelled set: every article of
// test/fixtures/multi-source/ drafted, grouped at a range of thresholds, scored against stories.json
// (purity, completeness, pairwise precision and recall), then scores the held-out set (heldout/) at the chosen
// threshold. `npx tsx scripts/tune-stories.ts`.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {draftBriefing} from '../source/ingest/index.js';
import {groupStories, STORY_THRESHOLD, type StoryItem, scoreGrouping, storyItemsOf} from '../source/merge/stories.js';

const folder = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'multi-source');

/** A labelled set's articles as grouping reads them, and their stories. */
function labelled(labelsFile: string, articles: string): {items: StoryItem[]; truth: string[]} {
	const labels: Record<string, string> = JSON.parse(readFileSync(labelsFile, 'utf8'));
	const files = Object.keys(labels).sort();
	const items = files.flatMap(file => {
		const {briefing} = draftBriefing(readFileSync(path.join(articles, file), 'utf8'));
		return storyItemsOf(briefing);
	});
	return {items, truth: files.map(file => labels[file]!)};
}
const {items, truth} = labelled(path.join(folder, 'stories.json'), path.join(folder, 'articles'));
const heldout = labelled(path.join(folder, 'heldout', 'stories.json'), path.join(folder, 'heldout'));

const rows: string[] = [
	'| threshold | stories | purity | completeness | pair precision | pair recall |',
	'|---|---|---|---|---|---|',
];
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const f1 = (score: {precision: number; recall: number}) =>
	(2 * score.precision * score.recall) / (score.precision + score.recall || 1);
let best: number[] = [];
let bestF = -1;
for (let step = 10; step <= 60; step++) {
	const threshold = step / 100;
	const score = scoreGrouping(groupStories(items, {threshold}), truth);
	const f = f1(score);
	if (f > bestF + 1e-9) {
		bestF = f;
		best = [threshold];
	} else if (Math.abs(f - bestF) < 1e-9) best.push(threshold);
	const mark = Math.abs(threshold - STORY_THRESHOLD) < 1e-9 ? ' (chosen)' : '';
	if (step % 5 !== 0 && !mark) continue;
	rows.push(
		`| ${threshold.toFixed(2)}${mark} | ${score.stories} | ${pct(score.purity)} | ${pct(score.completeness)} | ${pct(score.precision)} | ${pct(score.recall)} |`,
	);
}
console.log(`${items.length} articles, ${new Set(truth).size} stories\n`);
console.log(rows.join('\n'));
console.log(
	`\nbest pairwise F1 ${(bestF * 100).toFixed(1)}% at thresholds ${best[0]!.toFixed(2)}–${best.at(-1)!.toFixed(2)}; STORY_THRESHOLD is ${STORY_THRESHOLD}`,
);

// The held-out set (written after the threshold was chosen, never used to choose it), mixed with the labelled set:
// 36 articles, 12 stories, three of them in Calderport within four days.
const mixed = scoreGrouping(groupStories([...items, ...heldout.items]), [...truth, ...heldout.truth]);
console.log(
	`\nheld out, mixed with the labelled set (${items.length + heldout.items.length} articles, ${new Set([...truth, ...heldout.truth]).size} stories) at ${STORY_THRESHOLD}: ` +
		`${mixed.stories} stories found, purity ${pct(mixed.purity)}, completeness ${pct(mixed.completeness)}, ` +
		`pair precision ${pct(mixed.precision)}, pair recall ${pct(mixed.recall)}`,
);
