// Tunes story grouping (source/merge/stories.ts) on the labelled set: every article of
// test/fixtures/multi-source/ drafted, grouped at a range of thresholds, scored against stories.json
// (purity, completeness, pairwise precision and recall). `npx tsx scripts/tune-stories.ts [--json]`.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {draftBriefing} from '../source/ingest/index.js';
import {groupStories, STORY_THRESHOLD, scoreGrouping, storyItemsOf} from '../source/merge/stories.js';

const folder = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'multi-source');
const labels: Record<string, string> = JSON.parse(readFileSync(path.join(folder, 'stories.json'), 'utf8'));
const files = Object.keys(labels).sort();
const items = files.flatMap(file => {
	const {briefing} = draftBriefing(readFileSync(path.join(folder, 'articles', file), 'utf8'));
	return storyItemsOf(briefing);
});
const truth = files.map(file => labels[file]!);

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
