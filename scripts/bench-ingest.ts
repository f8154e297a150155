import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {type PathologicalTiming, timePathological} from './bench/pathological.js';

// `npm run bench:ingest`: articles per second on typical 600-word articles (the corpus and seed
// articles, padded or trimmed to ~600 words), one core, plus memory after 1,000 and 10,000 articles.
// `measureIngest` is exported for the project-wide benchmark. Run alone, it then times the pathological
// paragraphs of scripts/bench/pathological.ts (printed, never asserted).

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const TYPICAL_WORDS = 600;

/** The development articles, each padded (by repeating its paragraphs) or trimmed to about 600 words. */
export function typicalArticles(root = FIXTURES): string[] {
	const files = [
		...readdirSync(path.join(root, 'corpus', 'articles')).map(name => path.join(root, 'corpus', 'articles', name)),
		path.join(root, 'seed', 'nato-russia-council.txt'),
	].filter(file => file.endsWith('.txt'));
	return files.map(file => {
		const [headline, ...paragraphs] = readFileSync(file, 'utf8').split(/\n\s*\n/);
		const body: string[] = [];
		let words = 0;
		for (let index = 0; words < TYPICAL_WORDS; index++) {
			const paragraph = paragraphs[index % paragraphs.length]!;
			body.push(paragraph);
			words += paragraph.split(/\s+/).length;
		}
		return [headline, ...body].join('\n\n');
	});
}

export type IngestBenchmark = {
	articles: number;
	seconds: number;
	articlesPerSecond: number;
	/** The median and best rate of 50-article batches: on a shared machine the best is closest to an idle core. */
	medianBatchArticlesPerSecond: number;
	bestBatchArticlesPerSecond: number;
	msPerArticle: number;
	/** CPU time per article: what the rate would be on an otherwise idle core. */
	cpuMsPerArticle: number;
	wordsPerArticle: number;
	/** Importing ingest (and compromise's lexicon) and the first article, in ms. */
	startupMs: number;
	rssMb: {start: number; after1000: number; after10000: number};
	heapUsedMb: {after1000: number; after10000: number};
};

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Measures ingest throughput (>= `minSeconds` of work, one thread) and memory over 10,000 articles. */
export async function measureIngest(
	options: {minSeconds?: number; memoryRuns?: number} = {},
): Promise<IngestBenchmark> {
	const minSeconds = options.minSeconds ?? 2;
	const memoryRuns = options.memoryRuns ?? 10_000;
	const articles = typicalArticles();
	const started = performance.now();
	const {draftBriefing} = await import('../source/ingest/index.js');
	const ingest = (text: string) => JSON.stringify(draftBriefing(text).briefing).length;
	ingest(articles[0]!);
	const startupMs = performance.now() - started;

	const gc = (globalThis as {gc?: () => void}).gc;
	for (let index = 0; index < 200; index++) ingest(articles[index % articles.length]!); // warm up
	gc?.();
	const rssStart = process.memoryUsage().rss;

	let count = 0;
	const cpuBegin = process.cpuUsage();
	const begin = performance.now();
	const batchRates: number[] = [];
	while (performance.now() - begin < minSeconds * 1000) {
		const batchStart = performance.now();
		for (let index = 0; index < 50; index++) ingest(articles[count++ % articles.length]!);
		batchRates.push(50 / ((performance.now() - batchStart) / 1000));
	}
	batchRates.sort((a, b) => a - b);
	const seconds = (performance.now() - begin) / 1000;
	const cpu = process.cpuUsage(cpuBegin);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;

	const memoryAt = new Map<number, {rss: number; heap: number}>();
	for (let index = 1; index <= memoryRuns; index++) {
		ingest(articles[index % articles.length]!);
		if (index === 1000 || index === memoryRuns) {
			gc?.();
			const usage = process.memoryUsage();
			memoryAt.set(index, {rss: usage.rss, heap: usage.heapUsed});
		}
	}
	const words = articles.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / articles.length;
	return {
		articles: count,
		seconds: Math.round(seconds * 100) / 100,
		articlesPerSecond: Math.round(count / seconds),
		medianBatchArticlesPerSecond: Math.round(batchRates[Math.floor(batchRates.length / 2)]!),
		bestBatchArticlesPerSecond: Math.round(batchRates.at(-1)!),
		msPerArticle: Math.round((seconds * 1000 * 1000) / count) / 1000,
		cpuMsPerArticle: Math.round((cpuSeconds * 1000 * 1000) / count) / 1000,
		wordsPerArticle: Math.round(words),
		startupMs: Math.round(startupMs),
		rssMb: {
			start: megabytes(rssStart),
			after1000: megabytes(memoryAt.get(1000)!.rss),
			after10000: megabytes(memoryAt.get(memoryRuns)!.rss),
		},
		heapUsedMb: {after1000: megabytes(memoryAt.get(1000)!.heap), after10000: megabytes(memoryAt.get(memoryRuns)!.heap)},
	};
}

/** Seconds per pathological article (issue 14: one huge paragraph of a repeated piece), by kind and size. */
async function measurePathological(): Promise<PathologicalTiming[]> {
	const {draftBriefing} = await import('../source/ingest/index.js');
	const timings = timePathological(text => draftBriefing(text));
	const sizes = [...new Set(timings.map(timing => timing.kilobytes))];
	console.log(`pathological paragraphs (seconds at ${sizes.map(size => `${size} KB`).join(', ')}):`);
	for (const kind of new Set(timings.map(timing => timing.kind))) {
		const row = timings.filter(timing => timing.kind === kind).map(timing => timing.seconds.toFixed(2).padStart(6));
		console.log(`  ${kind.padEnd(32)}${row.join('')}`);
	}
	return timings;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const result = await measureIngest();
	// After the throughput and memory figures, which the megabytes of these would disturb.
	const pathological = await measurePathological();
	console.log(
		`ingest: ${result.articlesPerSecond} articles/s (median batch ${result.medianBatchArticlesPerSecond}/s, best ${result.bestBatchArticlesPerSecond}/s; ${result.msPerArticle} ms per ${result.wordsPerArticle}-word article, ${result.articles} articles in ${result.seconds} s, one thread; ${result.cpuMsPerArticle} ms CPU per article); ` +
			`startup ${result.startupMs} ms; RSS ${result.rssMb.start} MB at start, ${result.rssMb.after1000} MB after 1,000, ${result.rssMb.after10000} MB after 10,000 articles`,
	);
	const file = fileURLToPath(new URL('../bench/results/ingest.json', import.meta.url));
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(
		file,
		`${JSON.stringify({when: new Date().toISOString(), node: process.version, ...result, pathological}, null, 2)}\n`,
	);
	console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
