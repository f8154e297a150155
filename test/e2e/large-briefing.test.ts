// A large briefing is drawn from a preview and checked in full just after (commands/open.tsx): in a
// real terminal it opens as any other, and a problem deep inside it ends the program with the message
// and the terminal as it was.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {generateLargeBriefing} from '../../scripts/bench/generate.js';
import {start, stopAll, terminalRestored} from './pty.js';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-large-'));
afterEach(stopAll);
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const large = generateLargeBriefing({quotes: 6000, speakers: 300, topics: 120, paragraphs: 1200});
const good = path.join(folder, 'large.json');
writeFileSync(good, JSON.stringify(large, null, '\t'));
const broken = path.join(folder, 'broken.json');
writeFileSync(
	broken,
	JSON.stringify(
		{...large, quotes: large.quotes.map((quote, index) => (index === 5000 ? {...quote, speakerId: 'nobody'} : quote))},
		null,
		'\t',
	),
);

describe('a large briefing', () => {
	test('opens on its Summary, and its quotes are there at the first key', {timeout: 60_000}, async () => {
		const session = await start([good], {
			columns: 100,
			rows: 30,
			sttyAfter: true,
			ready: '300 speakers · 6000 quotes · 120 topics',
		});
		session.press('2');
		await session.waitFor('speaker 1 of 300');
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
		expect(terminalRestored(session.raw())).toEqual([]);
	});

	test('with a problem deep inside, ends with the problem and the terminal restored', {timeout: 60_000}, async () => {
		const session = await start([broken], {columns: 100, rows: 30, sttyAfter: true, ready: false});
		expect((await session.exit()).exitCode).toBe(1);
		expect(terminalRestored(session.raw())).toEqual([]);
		const afterwards = session.raw().slice(session.raw().lastIndexOf('\u001B[?1049l'));
		expect(afterwards).toContain('quotes[5000].speakerId');
		expect(afterwards).toContain('expected the id of a speaker');
		expect(afterwards).not.toMatch(/Error|\n\s+at /);
	});
});
