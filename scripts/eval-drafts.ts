import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {draftBriefing} from '../source/ingest/index.js';
import {fold, singular} from '../source/ingest/lexicon.js';
import {Briefing} from '../source/model/schema.js';
import {FIXTURES, sameSpeaker} from './ingest-scoring.js';

// `npm run eval:drafts [-- --check] [--verbose]`: drafts each bundled story from its own article and holds the draft
// against the hand-made briefing in data/. The article is the briefing's headline and paragraphs (the seed's is
// test/fixtures/seed/nato-russia-council.txt, the text as published, photo caption included).
//
// - topic recall: a hand-made topic is matched when one drafted topic (each used once, best first) shares at least
//   half of its key terms (and at least one) in its title or position summaries, one-to-one, as many as can be. Key terms are the stems of the
//   hand-made title's content words, less those of the story's headline (in the seed, "NATO", "Russia" and "talks" say
//   nothing about which topic it is);
// - agreement: the drafted topic's agreement is the hand-made one's, over matched topics;
// - side grouping: over every pair of hand-made speakers the draft also has (the same person, by the eval's strict
//   rule), whether the two are on one side in both or on different sides in both;
// - key figures: a hand-made key figure is found when a drafted one gives the same number;
// - dates: a drafted publication date other than the hand-made one, or a timeline date whose year (month, day) the
//   article does not write, is invented.

const args = process.argv.slice(2);
const check = args.includes('--check');
const verbose = args.includes('--verbose');
const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const SEED = `${FIXTURES}seed/nato-russia-council.txt`;

export const TARGETS = {topicRecall: 0.6, agreement: 0.6, sidePairs: 0.92, inventedDates: 0};

const STOP = new Set(
	`a an the and or of to in on at by for with from as its it their his her is are was were be been who what whom how
	over into after before about against between is this that these those should does do did not no any more than
	has have had will would can could may might must also both each other which where when why while`.split(/\s+/),
);

/** Content-word stems: folded, singular, a few suffixes cut, so "deployments" meets "deploy" and "talks" "talk". */
export function stems(text: string): Set<string> {
	const found = new Set<string>();
	for (const match of fold(text).matchAll(/[a-z0-9]+/g)) {
		const word = match[0];
		if (word.length < 3 || STOP.has(word)) continue;
		found.add(
			singular(word)
				.replace(/(?:ing|ed|ment|ments|ion|ions|ance|ence|al|ly)$/, '')
				.replace(/e$/, '')
				.slice(0, 7),
		);
	}
	return found;
}

type Row = {
	story: string;
	topics: number;
	drafted: number;
	matched: number;
	agreementRight: number;
	pairs: number;
	pairsRight: number;
	figures: number;
	figuresFound: number;
	invented: string[];
	matches: string[];
	unmatched: string[];
	draftedTitles: string[];
};

function numbersOf(value: string): string[] {
	const words = fold(value)
		.replace(/(\d),(\d)/g, '$1$2')
		.match(/\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/g);
	return words ?? [];
}

function articleOf(briefing: Briefing): string {
	if (briefing.id.startsWith('nato-russia-council')) return readFileSync(SEED, 'utf8');
	return [briefing.headline, ...briefing.paragraphs].join('\n\n');
}

interface Candidate {
	gold: number;
	drafted: number;
	score: number;
}

/**
 * The one-to-one pairing of hand-made and drafted topics that matches the most hand-made topics and, among those, has
 * the highest total score. (Taking the best-scoring pair first can leave a hand-made topic unmatched: its only
 * counterpart taken by a topic that had another.) Exact, by dynamic programming over the drafted topics used: a
 * story has at most seven of each.
 */
function bestMatching(candidates: readonly Candidate[], goldCount: number, draftedCount: number): Candidate[] {
	const memo = new Map<number, {value: number; pairs: Candidate[]}>();
	const solve = (goldIndex: number, used: number): {value: number; pairs: Candidate[]} => {
		if (goldIndex === goldCount) return {value: 0, pairs: []};
		const key = goldIndex * (1 << draftedCount) + used;
		const known = memo.get(key);
		if (known) return known;
		let best = solve(goldIndex + 1, used);
		for (const candidate of candidates) {
			if (candidate.gold !== goldIndex || used & (1 << candidate.drafted)) continue;
			const rest = solve(goldIndex + 1, used | (1 << candidate.drafted));
			// A matched topic outweighs any difference in score (scores are at most about 1).
			const value = 10 + candidate.score + rest.value;
			if (value > best.value) best = {value, pairs: [candidate, ...rest.pairs]};
		}
		memo.set(key, best);
		return best;
	};
	return solve(0, 0).pairs;
}

function evaluate(file: string): Row {
	const gold = Briefing.parse(JSON.parse(readFileSync(`${DATA}${file}`, 'utf8')));
	const text = articleOf(gold);
	const draft = draftBriefing(text).briefing;
	const headline = stems(gold.headline);

	// Topics, one-to-one: the most hand-made topics matched, then the best-scoring pairs.
	const candidates: Candidate[] = [];
	gold.topics.forEach((topic, goldIndex) => {
		const key = [...stems(topic.title)].filter(term => !headline.has(term));
		const terms = key.length > 0 ? key : [...stems(topic.title)];
		draft.topics.forEach((drafted, draftedIndex) => {
			const own = stems([drafted.title, ...drafted.positions.map(position => position.summary)].join(' '));
			const shared = terms.filter(term => own.has(term)).length;
			// Between drafted topics that share as many, the one whose title names them is the counterpart.
			const title = stems(drafted.title);
			const inTitle = terms.filter(term => title.has(term)).length;
			if (shared >= 1 && shared >= terms.length / 2)
				candidates.push({
					gold: goldIndex,
					drafted: draftedIndex,
					score: shared / terms.length + (0.01 * inTitle) / terms.length,
				});
		});
	});
	const usedGold = new Set<number>();
	let agreementRight = 0;
	const matches: string[] = [];
	for (const candidate of bestMatching(candidates, gold.topics.length, draft.topics.length)) {
		usedGold.add(candidate.gold);
		const goldTopic = gold.topics[candidate.gold]!;
		const draftedTopic = draft.topics[candidate.drafted]!;
		if (goldTopic.agreement === draftedTopic.agreement) agreementRight++;
		matches.push(
			`  "${goldTopic.title}" (${goldTopic.agreement}) ~ "${draftedTopic.title}" (${draftedTopic.agreement})`,
		);
	}

	// Side grouping over pairs of speakers both files have.
	const matched = gold.speakers
		.map(speaker => ({
			gold: speaker,
			drafted: draft.speakers.find(other => sameSpeaker(speaker.name, other.name, text)),
		}))
		.filter(pair => pair.drafted !== undefined);
	let pairs = 0;
	let pairsRight = 0;
	for (let i = 0; i < matched.length; i++)
		for (let j = i + 1; j < matched.length; j++) {
			const a = matched[i]!;
			const b = matched[j]!;
			pairs++;
			if ((a.gold.sideId === b.gold.sideId) === (a.drafted!.sideId === b.drafted!.sideId)) pairsRight++;
		}

	// Key figures by number.
	const draftedNumbers = draft.keyFacts.map(fact => numbersOf(fact.value));
	const figuresFound = gold.keyFacts.filter(fact => {
		const wanted = numbersOf(fact.value);
		return wanted.length > 0 && draftedNumbers.some(numbers => wanted.some(number => numbers.includes(number)));
	}).length;

	// Dates: nothing the article does not say.
	const invented: string[] = [];
	const published = draft.source.published;
	if (published && published !== gold.source.published) invented.push(`published ${published}`);
	const folded = fold(text);
	const MONTHS = 'january february march april may june july august september october november december'.split(' ');
	for (const entry of draft.timeline) {
		const [year, month, day] = entry.date.split('-');
		const ok =
			folded.includes(year!) &&
			(!month || folded.includes(MONTHS[Number(month) - 1]!)) &&
			(!day || new RegExp(`\\b0?${Number(day)}\\b`).test(folded));
		if (!ok) invented.push(`timeline ${entry.date}`);
	}
	return {
		story: gold.id,
		topics: gold.topics.length,
		drafted: draft.topics.length,
		matched: usedGold.size,
		agreementRight,
		pairs,
		pairsRight,
		figures: gold.keyFacts.length,
		figuresFound,
		invented,
		matches,
		unmatched: gold.topics.filter((_, index) => !usedGold.has(index)).map(topic => topic.title),
		draftedTitles: draft.topics.map(topic => `${topic.title} (${topic.agreement})`),
	};
}

const rows = readdirSync(DATA)
	.filter(file => file.endsWith('.json') && file !== 'briefing.schema.json')
	.sort()
	.map(evaluate);

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
console.log(
	'| story | topics | drafted | matched | agreement right | speaker pairs right | key figures | dates invented |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows)
	console.log(
		`| ${row.story} | ${row.topics} | ${row.drafted} | ${row.matched} | ${row.agreementRight}/${row.matched} | ` +
			`${row.pairsRight}/${row.pairs} | ${row.figuresFound}/${row.figures} | ${row.invented.length} |`,
	);
const totals = {
	topicRecall: sum(row => row.matched) / sum(row => row.topics),
	agreement:
		sum(row => row.agreementRight) /
		Math.max(
			1,
			sum(row => row.matched),
		),
	sidePairs:
		sum(row => row.pairsRight) /
		Math.max(
			1,
			sum(row => row.pairs),
		),
	figures:
		sum(row => row.figuresFound) /
		Math.max(
			1,
			sum(row => row.figures),
		),
	inventedDates: sum(row => row.invented.length),
};
console.log(
	`| **all** | ${sum(row => row.topics)} | ${sum(row => row.drafted)} | ` +
		`**${percent(
			sum(row => row.matched),
			sum(row => row.topics),
		)}** recall | ` +
		`**${percent(
			sum(row => row.agreementRight),
			sum(row => row.matched),
		)}** | ` +
		`**${percent(
			sum(row => row.pairsRight),
			sum(row => row.pairs),
		)}** | ` +
		`${percent(
			sum(row => row.figuresFound),
			sum(row => row.figures),
		)} | ${totals.inventedDates} |`,
);
if (verbose)
	for (const row of rows) {
		console.log(`\n${row.story}:`);
		for (const line of row.matches) console.log(line);
		console.log(`  unmatched hand-made: ${row.unmatched.map(title => `"${title}"`).join(', ') || 'none'}`);
		console.log(`  drafted: ${row.draftedTitles.map(title => `"${title}"`).join(', ')}`);
		for (const date of row.invented) console.log(`  invented: ${date}`);
	}

if (check) {
	const missed = [
		totals.topicRecall < TARGETS.topicRecall &&
			`topic recall ${totals.topicRecall.toFixed(2)} < ${TARGETS.topicRecall}`,
		totals.agreement < TARGETS.agreement && `agreement ${totals.agreement.toFixed(2)} < ${TARGETS.agreement}`,
		totals.sidePairs < TARGETS.sidePairs && `side grouping ${totals.sidePairs.toFixed(2)} < ${TARGETS.sidePairs}`,
		totals.inventedDates > TARGETS.inventedDates && `${totals.inventedDates} invented dates`,
	].filter(Boolean);
	for (const miss of missed) console.error(`missed: ${miss}`);
	if (missed.length > 0) process.exitCode = 1;
}
