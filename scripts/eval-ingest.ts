import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
	type ArticleResult,
	evaluateArticle,
	evaluateSpeech,
	FIXTURES,
	freshPart,
	heldOutPart,
	loadBlindSet,
	loadDevelopmentSet,
	loadExtraSet,
	loadFreshSet,
	loadHeldOutSet,
	loadSpeechSet,
	loadVariedSet,
	loadWireStyleSet,
	type Score,
	SPEECH_SETS,
	SPEECH_TABLES,
	type SpeechResult,
	type SpeechScores,
	type SpeechTable,
	TARGETS,
	total,
	totalSpeech,
	wireStylePart,
} from './ingest-scoring.js';

// `npm run eval:ingest [-- --check] [--no-blind] [--json FILE] [--errors | --errors-final] [--errors-speech]`: scores ingest
// against the gold annotations in test/fixtures and prints a table per set. --check exits 1 when a development target
// is missed; the held-out and wire-style sets are reported but not checked (see the README section on briefing
// ingest). --errors lists the misses of the development, extra, held-out 01–12, wire-style 01–06 and fresh 01–05
// articles; --errors-final adds held-out 13–20, wire-style 07–12 and fresh 06–10, which were held back when their
// sets were added (later rounds of rules were written with them in view, so they are no longer unseen). --errors
// also lists the varied set (the first blind set). --errors-speech lists the misses of the speech development sets
// (corpus/gold-speech, heldout/gold-speech, speech-dev), kind by kind.
//
// Blind sets (blind/, speech-blind/) are printed as totals only, and --json holds their totals only: no row, score or
// miss of one of their articles is ever shown, so that nobody tunes on them.
//
// What counts as found, and as the right speaker, is said at the top of ingest-scoring.ts: a direct quotation is
// found when a prediction covers >= 30% of it; speech of every kind when the two spans overlap in >= 30% of each;
// one-to-one. The speaker columns are strict (spkr%: the same person, named in full) and lenient (lenient%: the rule
// before, where a bare surname passes).

const args = process.argv.slice(2);
const check = args.includes('--check');
// --no-blind: the blind sets are not run at all (while rules are being written, not even their totals are seen).
const noBlind = args.includes('--no-blind');
const showFinalErrors = args.includes('--errors-final');
const showErrors = showFinalErrors || args.includes('--errors');
const jsonIndex = args.indexOf('--json');
const jsonFile =
	jsonIndex === -1
		? undefined
		: args[jsonIndex + 1] && !args[jsonIndex + 1]!.startsWith('--')
			? args[jsonIndex + 1]!
			: fileURLToPath(new URL('../bench/results/ingest-eval.json', import.meta.url));

const results: ArticleResult[] = loadDevelopmentSet().map(evaluateArticle);
const percent = (value: number) => (value * 100).toFixed(1).padStart(6);
const row = (name: string, score: Score | undefined) =>
	score
		? `${name.padEnd(34)} ${String(score.gold).padStart(4)} ${String(score.predicted).padStart(4)} ${String(score.matched).padStart(4)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)} ${percent(score.speakerAccuracy)} ${percent(score.lenientSpeakerAccuracy)}`
		: `${name.padEnd(34)}    -`;

const header = `${'article'.padEnd(34)} gold pred  hit   prec    rec     F1  spkr% lenient`;
console.log('Development set: direct quotations (a match covers >= 30% of the gold quotation, one-to-one)');
console.log(header);
for (const result of results) console.log(row(result.name, result.direct));
const direct = total(results.map(result => result.direct));
console.log(row('TOTAL', direct));

const reportedScores = results.flatMap(result => (result.reported ? [result.reported] : []));
const reported = reportedScores.length > 0 ? total(reportedScores) : undefined;
console.log('\nReported speech (annotated on the seed article only)');
console.log(header);
for (const result of results) if (result.reported) console.log(row(result.name, result.reported));
console.log(row('TOTAL', reported));

const extra: ArticleResult[] = loadExtraSet().map(evaluateArticle);
console.log('\nExtra test articles (written for the tests; not part of the targets)');
console.log(header);
for (const result of extra) console.log(row(result.name, result.direct));
const extraTotal = total(extra.map(result => result.direct));
console.log(row('TOTAL', extraTotal));

/**
 * A set reported in two halves, each with its articles and total, then in all: the first half may
 * guide fixes; the second was held back when the set was added. Never part of --check.
 */
function reportHalves(
	title: string,
	articles: ArticleResult[],
	part: (name: string) => 'tuning' | 'final',
	[first, second, all]: [string, string, string],
) {
	const tuning = articles.filter(result => part(result.name) === 'tuning');
	const final = articles.filter(result => part(result.name) === 'final');
	const totals = {
		tuning: total(tuning.map(result => result.direct)),
		final: total(final.map(result => result.direct)),
		all: total(articles.map(result => result.direct)),
	};
	console.log(`\n${title} (direct quotations; reported, not checked)`);
	console.log(header);
	for (const result of tuning) console.log(row(result.name, result.direct));
	console.log(row(`TOTAL ${first} (may guide fixes)`, totals.tuning));
	for (const result of final) console.log(row(result.name, result.direct));
	console.log(row(`TOTAL ${second} (held back at first)`, totals.final));
	console.log(row(`TOTAL ${all}`, totals.all));
	return {tuning, totals};
}

const heldOut: ArticleResult[] = loadHeldOutSet().map(evaluateArticle);
const {tuning, totals: heldOutTotals} = reportHalves(
	'Held-out set: 20 Wikinews articles not used to write the rules',
	heldOut,
	heldOutPart,
	['01-12', '13-20', '01-20'],
);
const wire: ArticleResult[] = loadWireStyleSet().map(evaluateArticle);
const {tuning: wireTuning, totals: wireTotals} = reportHalves(
	'Wire-style set: 12 synthetic articles in agency and paper styles',
	wire,
	wireStylePart,
	['01-06', '07-12', '01-12'],
);
const fresh: ArticleResult[] = loadFreshSet().map(evaluateArticle);
const {tuning: freshTuning, totals: freshTotals} = reportHalves(
	'Fresh set: 10 synthetic articles in other styles and genres',
	fresh,
	freshPart,
	['01-05', '06-10', '01-10'],
);

// The varied set: the first blind set, whose misses may guide fixes since round 5.
const varied: ArticleResult[] = loadVariedSet().map(evaluateArticle);
const variedTotal = total(varied.map(result => result.direct));
console.log('\nVaried set: 8 synthetic articles, the first blind set (direct quotations; reported, not checked)');
console.log(header);
for (const result of varied) console.log(row(result.name, result.direct));
console.log(row('TOTAL 01-08 (may guide fixes)', variedTotal));

// The blind set: annotated without reading the rules, and never looked at to write one.
const BLIND = path.join(FIXTURES, 'blind');
const blind: ArticleResult[] = existsSync(BLIND) && !noBlind ? loadBlindSet().map(evaluateArticle) : [];
const blindTotal = total(blind.map(result => result.direct));
if (blind.length > 0) {
	console.log(
		`\nBlind set: ${blind.length} synthetic articles nobody tuned ingest on (direct quotations; reported, not checked; totals only)`,
	);
	console.log(header);
	console.log(row('TOTAL (blind)', blindTotal));
}

// Speech by kind: direct, mixed and reported, with speech in quotation marks (direct and mixed) and all of it.
const TABLE_NAMES: Record<SpeechTable, string> = {
	direct: 'direct (ingest: direct, partial)',
	mixed: 'mixed',
	reported: 'reported',
	quoted: 'in quotation marks (direct, mixed)',
	all: 'all speech',
};
const speech: Record<string, {totals: SpeechScores; articles?: SpeechResult[]}> = {};
const speechShown: SpeechResult[] = [];
console.log(
	'\nSpeech by kind (found: spans overlapping in >= 30% of each, one-to-one, kind with kind; spkr% strict, lenient the rule before)',
);
for (const set of SPEECH_SETS) {
	if (set.blind && noBlind) continue;
	const articles = loadSpeechSet(set);
	const scored = articles.map(article => evaluateSpeech(article));
	const totals = totalSpeech(scored);
	// A blind set keeps its totals only: nothing of one of its articles is shown or saved.
	speech[set.id] = set.blind ? {totals} : {totals, articles: scored};
	if (!set.blind) speechShown.push(...scored.map(result => ({...result, name: `${set.id}/${result.name}`})));
	console.log(`\n${set.title}: ${set.blind ? 'blind, nobody tunes on it' : 'development'}`);
	console.log(header.replace('article'.padEnd(34), 'kind'.padEnd(34)));
	for (const table of SPEECH_TABLES) console.log(row(TABLE_NAMES[table], totals[table]));
}

if (showErrors) {
	console.log('\nErrors');
	const shown = [
		...results,
		...extra,
		...(showFinalErrors ? [...heldOut, ...wire, ...fresh] : [...tuning, ...wireTuning, ...freshTuning]),
		...varied,
	];
	for (const result of shown)
		for (const error of result.errors)
			console.log(
				`${result.name}: ${error.kind}: "${error.text.slice(0, 70)}" gold=${error.gold ?? '-'} predicted=${error.predicted ?? '-'}`,
			);
}
if (args.includes('--errors-speech')) {
	console.log('\nSpeech errors (development sets only)');
	for (const result of speechShown)
		for (const error of result.errors)
			console.log(
				`${result.name}: ${error.table} ${error.kind}: "${error.text.slice(0, 70)}" gold=${error.gold ?? '-'} predicted=${error.predicted ?? '-'}`,
			);
}

const seed = results.find(result => result.name.startsWith('seed'))!;
const seedAllRight = seed.direct.matched === seed.direct.gold && seed.direct.sameSpeaker === seed.direct.gold;
// The speaker target was set, and is checked, with the lenient rule it was measured by; the strict figure is printed
// beside it, and is the one ingest's next round (issue 16) has to bring to the target before the check moves to it.
const met =
	direct.f1 >= TARGETS.directF1 && direct.lenientSpeakerAccuracy >= TARGETS.directSpeakerAccuracy && seedAllRight;
const strictMet = direct.speakerAccuracy >= TARGETS.directSpeakerAccuracy;
console.log(
	`\nTargets: direct F1 ${percent(direct.f1).trim()}% (>= ${TARGETS.directF1 * 100}%), speaker accuracy ${percent(direct.lenientSpeakerAccuracy).trim()}% lenient (>= ${TARGETS.directSpeakerAccuracy * 100}%, checked; strict ${percent(direct.speakerAccuracy).trim()}%, ${strictMet ? 'at' : 'below'} it, not yet checked), seed quotations all found with the right speaker: ${seedAllRight ? 'yes' : 'no'} => ${met ? 'met' : 'NOT met'}`,
);
/** A reported set's totals beside the development targets. */
function reportedOnly(name: string, score: Score): void {
	const at = score.f1 >= TARGETS.directF1 && score.speakerAccuracy >= TARGETS.directSpeakerAccuracy;
	console.log(
		`${name} (reported only): direct F1 ${percent(score.f1).trim()}%, speaker accuracy ${percent(score.speakerAccuracy).trim()}% strict (lenient ${percent(score.lenientSpeakerAccuracy).trim()}%) => ${at ? 'at' : 'below'} the same targets (strict)`,
	);
}
reportedOnly('Held-out', heldOutTotals.all);
reportedOnly('Wire-style', wireTotals.all);
reportedOnly('Fresh', freshTotals.all);
reportedOnly('Varied', variedTotal);
if (blind.length > 0) reportedOnly('Blind', blindTotal);

if (jsonFile) {
	mkdirSync(path.dirname(jsonFile), {recursive: true});
	writeFileSync(
		jsonFile,
		`${JSON.stringify({direct, reported, extra: extraTotal, heldOut: heldOutTotals, wireStyle: wireTotals, fresh: freshTotals, varied: variedTotal, blind: blindTotal, speech, targets: TARGETS, met, strictMet, articles: results, extraArticles: extra, heldOutArticles: heldOut, wireStyleArticles: wire, freshArticles: fresh, variedArticles: varied}, null, 2)}\n`,
	);
	console.log(`wrote ${jsonFile}`);
}
if (check && !met) process.exitCode = 1;
