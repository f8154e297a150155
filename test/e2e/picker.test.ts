// Issue "A story library with a picker": `briefing` with no argument opens a picker of the bundled
// stories in a real terminal; every story opens with Enter and returns with Esc or Backspace.

import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import {frameText, layoutProblems, ROOT, start, stopAll} from './pty.js';

afterEach(stopAll);

/** The bundled stories, newest first, as the picker lists them. */
const stories = readdirSync(join(ROOT, 'data'))
	.filter(name => name.endsWith('.json') && !name.endsWith('.schema.json'))
	.map(name => {
		const result = loadBriefingFile(join(ROOT, 'data', name));
		if (!result.ok) throw new Error(`${name} does not load`);
		return result.briefing;
	})
	.sort((a, b) => (b.source.published ?? '').localeCompare(a.source.published ?? ''));

describe('the story picker in a terminal', () => {
	test('lists at least five real stories, and every one opens and comes back', {timeout: 120_000}, async () => {
		expect(stories.length).toBeGreaterThanOrEqual(5);
		const session = await start([], {columns: 100, rows: 30, ready: `Stories · ${stories.length} in`});
		for (const [index, story] of stories.entries()) {
			await session.waitFor(`story ${index + 1} of ${stories.length}`);
			session.press('Enter');
			const opened = await session.waitFor(
				shown =>
					shown[0]?.startsWith(`Stories › ${story.headline.slice(0, 30)}`) === true &&
					shown.join('\n').includes('[1 Summary]'),
			);
			expect(layoutProblems(session), frameText(opened)).toEqual([]);
			// Esc at the top level of a story goes back; Backspace too.
			session.press(index % 2 === 0 ? 'Escape' : 'Backspace');
			await session.waitFor(`Stories · ${stories.length} in`);
			session.press('j');
		}
		session.press('q');
		expect((await session.exit()).exitCode).toBe(0);
	});

	test('keys typed before a story has opened still reach it', async () => {
		const session = await start([], {columns: 100, rows: 30, ready: 'Stories ·'});
		// Enter opens the first story; the keys after it arrive before it has drawn.
		session.press('Enter', '3', 'j');
		await session.waitFor(
			shown => shown.join('\n').includes('[3 Positions]') && shown.join('\n').includes('topic 2 of'),
		);
	});
});
