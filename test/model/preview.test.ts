// A large briefing's first frame is drawn from a preview (what the Summary pane shows, checked and
// sanitised), and the rest is checked before anything else happens (commands/open.tsx).

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateLargeBriefing} from '../../scripts/bench/generate.js';
import {loadBriefingFile, PREVIEW_FROM_CHARS, previewBriefingFile} from '../../source/model/load.js';
import {NATO_FILE} from '../helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-preview-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const large = generateLargeBriefing({quotes: 6000, speakers: 300, topics: 120, paragraphs: 1200});
function write(name: string, briefing: unknown): string {
	const file = path.join(folder, name);
	const text = JSON.stringify(briefing, null, '\t');
	expect(text.length).toBeGreaterThan(PREVIEW_FROM_CHARS);
	writeFileSync(file, text);
	return file;
}

describe('previewBriefingFile', () => {
	it('previews a large briefing without its speakers, quotes, topics and paragraphs, and completes it', () => {
		const preview = previewBriefingFile(write('large.json', large));
		if (!preview.ok) throw new Error(preview.problems[0]!.message);
		expect(preview.briefing.headline).toBe(large.headline);
		expect(preview.briefing.summary).toEqual(large.summary);
		expect(preview.briefing.quotes).toEqual([]);
		expect(preview.briefing.speakers).toEqual([]);
		expect(preview.size).toEqual({speakers: 300, quotes: 6000, topics: 120});
		const whole = preview.complete();
		if (!whole.ok) throw new Error(whole.problems[0]!.message);
		expect(whole.briefing.quotes).toHaveLength(6000);
		expect(whole.briefing.headline).toBe(preview.briefing.headline);
	});

	it('sanitises what it previews', () => {
		const preview = previewBriefingFile(
			write('escapes.json', {...large, headline: 'Talks \u001B]52;c;ZXZpbA==\u0007stall\u001B[2J'}),
		);
		if (!preview.ok) throw new Error(preview.problems[0]!.message);
		expect(preview.briefing.headline).toBe('Talks stall');
	});

	it('leaves a problem deep in the quotes to the complete check, which reports it with its place', () => {
		const quotes = large.quotes.map((quote, index) => (index === 5000 ? {...quote, speakerId: 'nobody'} : quote));
		const preview = previewBriefingFile(write('deep.json', {...large, quotes}));
		expect(preview.ok).toBe(true);
		if (!preview.ok) return;
		const whole = preview.complete();
		expect(whole.ok).toBe(false);
		if (whole.ok) return;
		expect(whole.problems.map(problem => problem.path)).toEqual(['quotes[5000].speakerId']);
		expect(whole.problems[0]!.line).toBeGreaterThan(1);
	});

	it('fails at once, with every problem of the file, when what the Summary shows is wrong', () => {
		const quotes = large.quotes.map((quote, index) => (index === 5000 ? {...quote, kind: 'quote'} : quote));
		const preview = previewBriefingFile(write('head.json', {...large, headline: '', quotes}));
		expect(preview.ok).toBe(false);
		if (preview.ok) return;
		expect(preview.problems.map(problem => problem.path)).toEqual(['headline', 'quotes[5000].kind']);
	});

	it('checks a small briefing in full at once: the preview is the briefing', () => {
		const preview = previewBriefingFile(NATO_FILE);
		const loaded = loadBriefingFile(NATO_FILE);
		if (!preview.ok || !loaded.ok) throw new Error('the bundled briefing does not load');
		expect(preview.briefing).toEqual(loaded.briefing);
		expect(preview.size).toEqual({speakers: 8, quotes: 33, topics: 7});
		expect(preview.complete()).toEqual(loaded);
	});

	it('reports unreadable and malformed files as loading does', () => {
		const missing = path.join(folder, 'missing.json');
		expect(previewBriefingFile(missing)).toEqual(loadBriefingFile(missing));
		const broken = path.join(folder, 'broken.json');
		writeFileSync(broken, `${JSON.stringify(large).slice(0, PREVIEW_FROM_CHARS + 100)}`);
		expect(previewBriefingFile(broken)).toEqual(loadBriefingFile(broken));
	});
});
