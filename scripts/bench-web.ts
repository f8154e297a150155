// `npm run bench:web`: the speed targets of the web issue, measured, not tested.
//   1. extraction + draft of a 150 KB news page, median of 40 runs, on one core (taskset -c 0 when there is one);
//   2. `briefing ingest FEED -o DIR` of a 20-item feed from a loopback server (the built CLI, start-up included),
//      median of 5 runs.
//   npm run bench:web [-- --quick] [--json]      (npm run bench runs it too, with --json, for its table)

import {execFile, execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {startServer} from '../test/web/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PAGE = path.join(ROOT, 'test', 'fixtures', 'pages', '04-broadsheet-germany-bans-mahan-air.html');
const TARGET_MS = 50;
const TARGET_FEED_MS = 2000;

/** Re-runs this script on CPU 0 alone, where taskset exists, so "one core" is what is measured. */
function pinned(): boolean {
	if (process.env['BENCH_WEB_PINNED'] || process.platform !== 'linux') return false;
	const taskset = spawnSync('sh', ['-c', 'command -v taskset'], {encoding: 'utf8'}).stdout.trim();
	if (!taskset) return false;
	const run = spawnSync(taskset, ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
		stdio: 'inherit',
		env: {...process.env, BENCH_WEB_PINNED: '1'},
	});
	process.exitCode = run.status ?? 1;
	return true;
}

/** A 150 KB page: a real article's shape with the weight of a real news page (scripts, styles, menus, comments). */
function heavyPage(): string {
	const page = readFileSync(PAGE, 'utf8');
	const script = `<script>window.__CONFIG__=${JSON.stringify(
		Array.from({length: 400}, (_, index) => ({
			slot: `ad-${index}`,
			sizes: [
				[300, 250],
				[728, 90],
			],
			targeting: {section: 'world', pos: index},
		})),
	)};</script>`;
	const style = `<style>${Array.from({length: 300}, (_, index) => `.c${index}{margin:${index}px;color:#${(index * 997).toString(16).padStart(6, '0').slice(0, 6)}}`).join('')}</style>`;
	const menu = `<nav class="mega-menu">${Array.from({length: 120}, (_, index) => `<a href="/section/${index}">Section ${index}</a>`).join('')}</nav>`;
	let comments = '';
	let n = 0;
	const target = 150 * 1024;
	let html = page.replace('</head>', `${script}${style}</head>`).replace('<main>', `${menu}<main>`);
	while (Buffer.byteLength(html) + Buffer.byteLength(comments) < target) {
		comments += `<div class="comment"><p class="comment-author">Reader ${n}</p><p>Comment ${n}: I have followed this story for years and this is the first report that explains the background properly.</p></div>`;
		n++;
	}
	html = html.replace('</main>', `<section id="comments">${comments}</section></main>`);
	return html;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
	if (pinned()) return;
	const quick = process.argv.includes('--quick');
	const {articleFromHtml} = await import('../source/web/sources.js');
	const {draftBriefing} = await import('../source/ingest/index.js');
	const html = heavyPage();
	const runs = quick ? 15 : 40;
	const times: number[] = [];
	let quotes = 0;
	for (let run = 0; run < runs + 5; run++) {
		const started = performance.now();
		const article = articleFromHtml(html, {
			name: 'bench',
			url: 'https://www.northerncourier.test/x',
			retrieved: new Date().toISOString(),
		});
		quotes = draftBriefing(article.text, article.options).briefing.quotes.length;
		const elapsed = performance.now() - started;
		if (run >= 5) times.push(elapsed);
	}
	const pageMs = median(times);

	try {
		execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {stdio: 'ignore'});
	} catch {
		throw new Error('cannot build dist/cli.js');
	}
	const server = await startServer();
	const feedTimes: number[] = [];
	let drafted = '';
	try {
		for (let run = 0; run < (quick ? 3 : 5); run++) {
			const out = mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-web-'));
			const started = performance.now();
			const result = await promisify(execFile)(
				process.execPath,
				[CLI, 'ingest', `${server.url}/feed20.xml`, '-o', out],
				{
					env: {...process.env, NO_COLOR: '1'},
				},
			);
			feedTimes.push(performance.now() - started);
			drafted = result.stderr.trim().split('\n').at(-1) ?? '';
			rmSync(out, {recursive: true, force: true});
		}
	} finally {
		await server.close();
	}
	const feedMs = median(feedTimes);
	const results = {
		pageKb: Math.round(Buffer.byteLength(html) / 1024),
		pageMedianMs: pageMs,
		pageP90Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]!,
		pageRuns: runs,
		feedMedianMs: feedMs,
		feedRuns: feedTimes.length,
		pinned: Boolean(process.env['BENCH_WEB_PINNED']),
	};
	if (process.argv.includes('--json')) {
		process.stdout.write(`${JSON.stringify(results)}\n`);
		return;
	}
	const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
	const cpus = os.cpus();
	process.stdout.write(
		[
			`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${process.env['BENCH_WEB_PINNED'] ? 'pinned to CPU 0' : `${cpus.length} CPUs`}, Node.js ${process.versions.node}`,
			'',
			'| Measure | Figure | Target | |',
			'|---|---|---|---|',
			`| extraction + draft, ${Math.round(Buffer.byteLength(html) / 1024)} KB page (median of ${runs}; ${quotes} quotes) | ${pageMs.toFixed(1)} ms (p90 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]!.toFixed(1)} ms) | <= ${TARGET_MS} ms | ${pass(pageMs <= TARGET_MS)} |`,
			`| \`briefing ingest\` of a 20-item feed from a loopback server (median of ${feedTimes.length}) | ${feedMs.toFixed(0)} ms | <= ${TARGET_FEED_MS} ms | ${pass(feedMs <= TARGET_FEED_MS)} |`,
			'',
			`last feed run: ${drafted}`,
			'',
		].join('\n'),
	);
}

await main();
