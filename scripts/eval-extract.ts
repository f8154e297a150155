// Scores article extraction on the page set in test/fixtures/pages/ (made by scripts/make-pages.ts):
// body text as word-shingle F1 (as in published article-extraction benchmarks), per page shape and in
// total, beside plain Readability over linkedom as the baseline; and the metadata the pages state
// (headline, date, outlet, byline, language), where a date the page does not state counts as wrong.
//   npm run eval:extract [-- --check] [--pages]     --check: exit 1 below 0.96 F1 or on any wrong date

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {decodePage} from '../source/web/charset.js';
import {extractArticle} from '../source/web/extract.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = path.join(ROOT, 'test', 'fixtures', 'pages');
const TARGET_F1 = 0.96;
const SHINGLE = 4;

type Expected = {
	file: string;
	shape: string;
	url: string;
	headline: string;
	published: string | null;
	outlet: string;
	byline: string | null;
	language: string | null;
	captions: string[];
	/** Written after the rules were tuned, and never tuned on. */
	heldOut?: boolean;
};

/** Lower-cased words: runs of letters and digits. */
function tokens(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
	const words = tokens(text);
	const counts = new Map<string, number>();
	const n = Math.min(SHINGLE, Math.max(1, words.length));
	for (let index = 0; index + n <= words.length; index++) {
		const key = words.slice(index, index + n).join(' ');
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

/** Precision, recall and F1 of the shingles of `found` against those of `expected` (counted as multisets). */
export function shingleScore(found: string, expected: string): {precision: number; recall: number; f1: number} {
	const a = shingles(found);
	const b = shingles(expected);
	let overlap = 0;
	let sizeA = 0;
	let sizeB = 0;
	for (const count of a.values()) sizeA += count;
	for (const [key, count] of b) {
		sizeB += count;
		overlap += Math.min(count, a.get(key) ?? 0);
	}
	if (sizeA === 0 && sizeB === 0) return {precision: 1, recall: 1, f1: 1};
	const precision = sizeA === 0 ? 0 : overlap / sizeA;
	const recall = sizeB === 0 ? 0 : overlap / sizeB;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {precision, recall, f1};
}

function baseline(html: string): string {
	const {document} = parseHTML(html);
	try {
		const result = new Readability(document as unknown as globalThis.Document).parse();
		return result?.textContent ?? '';
	} catch {
		return '';
	}
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const pct = (value: number) => value.toFixed(3);

function main(): void {
	const args = new Set(process.argv.slice(2));
	const expected = JSON.parse(readFileSync(path.join(PAGES, 'pages.json'), 'utf8')) as Expected[];
	type Row = {
		page: Expected;
		f1: number;
		precision: number;
		recall: number;
		base: number;
		method: string;
		fields: Record<string, boolean>;
		captionsKept: number;
		captionsInBody: number;
		wrongDate?: string;
	};
	const rows: Row[] = [];
	for (const page of expected) {
		const bytes = readFileSync(path.join(PAGES, page.file));
		const {text: html} = decodePage(bytes);
		const body = readFileSync(path.join(PAGES, page.file.replace(/\.html$/, '.body.txt')), 'utf8');
		const result = extractArticle(html, page.url);
		const found = result.blocks
			.filter(block => block.kind !== 'caption')
			.map(block => block.text)
			.join('\n\n');
		const score = shingleScore(found, body);
		const captions = result.captions;
		const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
		const {metadata} = result;
		const published = metadata.published ?? null;
		rows.push({
			page,
			...score,
			base: shingleScore(baseline(html), body).f1,
			method: result.method,
			fields: {
				headline: norm(result.headline ?? '') === norm(page.headline),
				date: published === page.published,
				outlet: metadata.outlet === page.outlet,
				byline: (metadata.byline ?? null) === page.byline,
				language: (metadata.language ?? null) === page.language,
			},
			captionsKept: page.captions.filter(caption => captions.some(found => norm(found) === norm(caption))).length,
			captionsInBody: page.captions.filter(caption => found.includes(norm(caption))).length,
			...(published !== page.published
				? {wrongDate: `${page.file}: date ${published ?? 'unknown'}, the page states ${page.published ?? 'none'}`}
				: {}),
		});
	}

	const shapes = [...new Set(rows.map(row => row.page.shape))];
	const out: string[] = [];
	out.push('| page shape | pages | body F1 | precision | recall | Readability alone |', '|---|---|---|---|---|---|');
	for (const shape of shapes) {
		const of = rows.filter(row => row.page.shape === shape);
		out.push(
			`| ${shape} | ${of.length} | ${pct(mean(of.map(row => row.f1)))} | ${pct(mean(of.map(row => row.precision)))} | ${pct(mean(of.map(row => row.recall)))} | ${pct(mean(of.map(row => row.base)))} |`,
		);
	}
	const total = mean(rows.map(row => row.f1));
	const summaryRow = (label: string, of: Row[]) =>
		`| **${label}** | ${of.length} | **${pct(mean(of.map(row => row.f1)))}** | ${pct(mean(of.map(row => row.precision)))} | ${pct(mean(of.map(row => row.recall)))} | ${pct(mean(of.map(row => row.base)))} |`;
	out.push(
		summaryRow(
			'tuned on',
			rows.filter(row => !row.page.heldOut),
		),
	);
	out.push(
		summaryRow(
			'held out',
			rows.filter(row => row.page.heldOut),
		),
	);
	out.push(summaryRow('all', rows));
	out.push('');
	const fieldNames = Object.keys(rows[0]?.fields ?? {});
	out.push(
		`metadata right: ${fieldNames
			.map(field => `${field} ${rows.filter(row => row.fields[field]).length}/${rows.length}`)
			.join(', ')}`,
	);
	const captionTotal = rows.reduce((sum, row) => sum + row.page.captions.length, 0);
	out.push(
		`captions: ${rows.reduce((sum, row) => sum + row.captionsKept, 0)} of ${captionTotal} kept and marked as captions; ${rows.reduce((sum, row) => sum + row.captionsInBody, 0)} in the body text`,
	);
	if (args.has('--pages')) {
		out.push('');
		for (const row of rows)
			out.push(
				`${row.page.file.padEnd(58)} F1 ${pct(row.f1)} P ${pct(row.precision)} R ${pct(row.recall)} base ${pct(row.base)} ${row.method} ${Object.entries(
					row.fields,
				)
					.filter(([, ok]) => !ok)
					.map(([field]) => `✗${field}`)
					.join(' ')}`,
			);
	}
	const wrongDates = rows.flatMap(row => (row.wrongDate ? [row.wrongDate] : []));
	for (const wrong of wrongDates) out.push(`wrong date: ${wrong}`);
	process.stdout.write(`${out.join('\n')}\n`);
	if (args.has('--check') && (total < TARGET_F1 || wrongDates.length > 0)) {
		process.stderr.write(`extraction: F1 ${pct(total)} (target ${TARGET_F1}), ${wrongDates.length} wrong dates\n`);
		process.exitCode = 1;
	}
}

if (process.argv[1]?.endsWith('eval-extract.ts')) main();
