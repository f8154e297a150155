// Search, the Article pane and the breadcrumb as Ink draws them (ink-testing-library), keys typed as a
// terminal sends them.

import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {KEY, NATO, renderDashboard} from './render.js';

afterEach(cleanup);

const lines = (frame: string) => frame.split('\n');
const size = {columns: 100, rows: 30};

describe('search in the dashboard, drawn by Ink', () => {
	test('/ opens a prompt on the bottom line; Enter goes to the match, n to the next', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press('2');
		await dashboard.frame('[2 Quotes]');
		dashboard.press('/');
		await dashboard.frame(frame => expect(lines(frame).at(-1)).toMatch(/^\//));
		// A paste arrives as one chunk: every character of it is text.
		dashboard.press('non-starters');
		await dashboard.frame(frame => expect(lines(frame).at(-1)).toMatch(/^\/non-starters.*1 here, \d+ in all/));
		dashboard.press(KEY.enter);
		const found = await dashboard.frame('match 1 of 1');
		expect(lines(found)[0]).toContain('› Quotes › Wendy Sherman › quote 1');
		expect(found).toContain('▌ “are simply non-starters”');
		dashboard.press('n');
		await dashboard.frame('no more in Quotes: on to Positions');
	});

	test('Backspace takes back what was typed; Esc closes the prompt where one was', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press('/', 'vetx', '\u007F', 'o');
		await dashboard.frame(frame => expect(lines(frame).at(-1)).toMatch(/^\/veto/));
		dashboard.press(KEY.escape);
		await dashboard.frame(frame => expect(lines(frame).at(-1)).toMatch(/q quit/));
		expect(lines(await dashboard.frame('[1 Summary]'))[0]).toBe(`${NATO.headline} › Summary`);
	});
});

describe('the Article pane, drawn by Ink', () => {
	test('4 shows the article from its first paragraph, who is quoted named with their side', async () => {
		const dashboard = await renderDashboard({size});
		dashboard.press('4');
		const frame = await dashboard.frame('[4 Article]');
		expect(frame).toContain('¶ 1 of 30 · NATO (NATO and the US)');
		expect(frame).toContain(NATO.paragraphs[0]!.slice(0, 40));
		expect(lines(frame).at(-1)).toContain('¶ 1 of 30');
		dashboard.press('G');
		await dashboard.frame(current => expect(current).toContain(NATO.paragraphs.at(-1)!.slice(0, 40)));
	});
});
