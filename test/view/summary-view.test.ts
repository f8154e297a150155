import {describe, expect, it} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import type {Briefing} from '../../source/model/schema.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {formatRetrieved, summaryLines} from '../../source/view/summary-view.js';
import {createTheme} from '../../source/view/theme.js';

const PLAIN = createTheme({level: 0, color: false});
const STYLED = createTheme({level: 1, color: true});
const MINIMAL: Briefing = (() => {
	const result = loadBriefingFile(new URL('../fixtures/minimal-briefing.json', import.meta.url).pathname);
	if (!result.ok) throw new Error('the minimal briefing does not load');
	return result.briefing;
})();
const DRAFTED: Briefing = {
	...MINIMAL,
	keyFacts: [...MINIMAL.keyFacts, {label: 'Length', value: '400 metres'}],
	background: ['One.', 'Two.'],
	timeline: [...MINIMAL.timeline].reverse(),
	source: {...MINIMAL.source, author: 'Jo Reed', licence: 'CC BY 2.5', retrieved: '2026-12-03T12:14:00Z'},
	draft: true,
};
const summary = (briefing: Briefing, width = 60, options = {}, theme = PLAIN) =>
	summaryLines(buildDashboardModel(briefing, theme), width, options);

describe('the Summary pane', () => {
	it('reads standfirst, what happened, key numbers, background, timeline (by date) and source, in that order', () => {
		expect(summary(DRAFTED)).toEqual([
			'The town council put off its vote on a new harbour bridge',
			'after residents objected to the cost.',
			'',
			'What happened',
			' • The vote on the harbour bridge is delayed by a month.',
			'',
			'Key numbers',
			' Estimated cost  12 million euros',
			' Length          400 metres',
			'',
			'Background',
			'One.',
			'',
			'Two.',
			'',
			'Timeline',
			' 2022        The old bridge closes.',
			' 5 Mar 2024  The vote is delayed.',
			'',
			'Source',
			'The Example Gazette · Jo Reed · 5 March 2024',
			'https://example.com/news/harbour-bridge',
			'Retrieved 3 December 2026, 12:14 UTC',
			'Machine draft by `briefing ingest`, not reviewed: check',
			'speakers, sides and topics against the source.',
			'o opens the source in your browser',
			'Licence: CC BY 2.5',
		]);
	});

	it('leaves out the sections a briefing has nothing for', () => {
		const bare = {...MINIMAL, summary: [], keyFacts: [], background: [], timeline: []};
		expect(summary(bare)).toEqual([
			'The town council put off its vote on a new harbour bridge',
			'after residents objected to the cost.',
			'',
			'Source',
			'The Example Gazette · 5 March 2024',
			'https://example.com/news/harbour-bridge',
			'o opens the source in your browser',
		]);
	});

	it('in print: no key to press, an attribution in place of the licence', () => {
		const attributed = {...DRAFTED, source: {...DRAFTED.source, attribution: 'From Wikinews'}};
		const lines = summary(attributed, 60, {interactive: false});
		expect(lines).not.toContain('o opens the source in your browser');
		expect(lines.at(-1)).toBe('From Wikinews');
		expect(lines).not.toContain('Licence: CC BY 2.5');
	});

	it('a key number’s label takes at most half the width, wrapping under itself', () => {
		const long = {...MINIMAL, keyFacts: [{label: 'Estimated cost of the whole bridge', value: '12 million euros'}]};
		const lines = summary(long, 30);
		const at = lines.indexOf('Key numbers');
		// 15 columns of label (half of 30), two spaces, the value in what is left.
		expect(lines.slice(at + 1, at + 4)).toEqual([
			' Estimated cost   12 million',
			' of the whole     euros',
			' bridge           ',
		]);
	});

	it('styles headings, the standfirst and the numbers, and dims where the story came from', () => {
		const lines = summary(DRAFTED, 60, {}, STYLED);
		expect(lines).toContain(STYLED.accent('What happened'));
		expect(lines[0]).toContain('\u001B[3m');
		expect(lines).toContain(` Estimated cost  ${STYLED.bold('12 million euros')}`);
		expect(lines).toContain(STYLED.dim('Retrieved 3 December 2026, 12:14 UTC'));
	});
});

describe('when a story was retrieved', () => {
	it('the day, and the time when it is given in UTC', () => {
		expect(formatRetrieved('2026-12-03T12:14:00Z')).toBe('3 December 2026, 12:14 UTC');
		expect(formatRetrieved('2026-12-03T12:14:00+02:00')).toBe('3 December 2026');
		expect(formatRetrieved('2026-12-03')).toBe('3 December 2026');
	});
});
