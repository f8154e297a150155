import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {type ArticleResult, evaluateArticle, loadDevelopmentSet, loadExtraSet, type Score, TARGETS, total} from './ingest-scoring.js';

// `npm run eval:ingest [-- --check] [--json FILE] [--errors]`: scores ingest against the gold
// annotations in test/fixtures and prints a table. --check exits 1 when a target is missed.

const args = process.argv.slice(2);
const check = args.includes('--check');
const showErrors = args.includes('--errors');
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
		? `${name.padEnd(34)} ${String(score.gold).padStart(4)} ${String(score.predicted).padStart(4)} ${String(score.matched).padStart(4)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)} ${percent(score.speakerAccuracy)}`
		: `${name.padEnd(34)}    -`;

const header = `${'article'.padEnd(34)} gold pred  hit   prec    rec     F1  spkr%`;
console.log('Direct quotations (a match covers >= 30% of the gold quotation, one-to-one)');
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

if (showErrors) {
	console.log('\nErrors');
	for (const result of [...results, ...extra])
		for (const error of result.errors)
			console.log(`${result.name}: ${error.kind}: "${error.text.slice(0, 70)}" gold=${error.gold ?? '-'} predicted=${error.predicted ?? '-'}`);
}

const seed = results.find(result => result.name.startsWith('seed'))!;
const seedAllRight = seed.direct.matched === seed.direct.gold && seed.direct.sameSpeaker === seed.direct.gold;
const met = direct.f1 >= TARGETS.directF1 && direct.speakerAccuracy >= TARGETS.directSpeakerAccuracy && seedAllRight;
console.log(
	`\nTargets: direct F1 ${percent(direct.f1).trim()}% (>= ${TARGETS.directF1 * 100}%), speaker accuracy ${percent(direct.speakerAccuracy).trim()}% (>= ${TARGETS.directSpeakerAccuracy * 100}%), seed quotations all found with the right speaker: ${seedAllRight ? 'yes' : 'no'} => ${met ? 'met' : 'NOT met'}`,
);

if (jsonFile) {
	mkdirSync(path.dirname(jsonFile), {recursive: true});
	writeFileSync(jsonFile, `${JSON.stringify({direct, reported, extra: extraTotal, targets: TARGETS, met, articles: results, extraArticles: extra}, null, 2)}\n`);
	console.log(`wrote ${jsonFile}`);
}
if (check && !met) process.exitCode = 1;
