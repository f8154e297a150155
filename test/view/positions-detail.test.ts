// The Positions pane's parts, in-process (source/view/positions-view.ts): a topic's line in the list, its sides'
// positions in columns or stacked, with or without the quotes behind them, and what an empty topic says.

import {describe, expect, it} from 'vitest';
import type {Briefing, Topic} from '../../source/model/schema.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {agreementLegend, agreementTag, topicDetail, topicLine} from '../../source/view/positions-view.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';

const PLAIN = createTheme({level: 0, color: false});
const NATO = bundled();

const topic: Topic = {
	id: 'bridge',
	title: 'The bridge',
	agreement: 'partial',
	positions: [
		{sideId: 'town', summary: 'Build it now.', quoteIds: ['q1', 'q2']},
		{sideId: 'farm', summary: 'Build it later.', quoteIds: ['q3']},
		{sideId: 'press', summary: 'Nobody knows.', quoteIds: []},
	],
};
const briefing: Briefing = {
	...NATO,
	sides: [
		{id: 'town', name: 'Town', kind: 'party'},
		{id: 'farm', name: 'Farmers', kind: 'party'},
		{id: 'press', name: 'Press', kind: 'observer'},
	],
	speakers: [
		{id: 'berg', name: 'Anna Berg', sideId: 'town'},
		{id: 'olsen', name: 'Per Olsen', sideId: 'farm'},
	],
	quotes: [
		{id: 'q1', speakerId: 'berg', text: 'Now', kind: 'direct', paragraph: 0},
		{id: 'q2', speakerId: 'berg', text: 'it should be built soon', kind: 'reported', paragraph: 0},
		{id: 'q3', speakerId: 'olsen', text: 'Later', kind: 'direct', paragraph: 0},
	],
	topics: [topic],
	paragraphs: ['Now, Later.'],
};
const model = buildDashboardModel(briefing, PLAIN);
const trimmed = (lines: readonly string[]) => lines.map(line => line.trimEnd());

describe('a topic in the list', () => {
	it('its agreement as a symbol, and spelled out at the right where there is room', () => {
		expect(topicLine(model, topic, 60)).toBe(`≈ The bridge${' '.repeat(40)} partial`);
		expect(topicLine(model, topic, 30)).toBe(`≈ The bridge${' '.repeat(18)}`);
		expect(agreementTag(model, 'disagree')).toBe('✗ disagree');
		expect(agreementLegend(model)).toBe('✓ agree  ≈ partial  ✗ disagree  ? unclear');
	});
});

describe('a topic’s positions', () => {
	it('side by side: the side names above, each position in its column, how many quotes behind it', () => {
		const {head, lines} = topicDetail(model, topic, 80, {sideBySide: true, withQuotes: false});
		expect(trimmed(head)).toEqual([
			'Town                     │ Farmers                  │ Press',
			'──────────────────────── │ ──────────────────────── │ ────────────────────────',
		]);
		expect(trimmed(lines)).toEqual([
			'Build it now.            │ Build it later.          │ Nobody knows.',
			'2 quotes behind this     │ 1 quote behind this      │',
		]);
	});

	it('stacked where the columns would be too narrow, each under its side’s name', () => {
		const {head, lines} = topicDetail(model, topic, 60, {sideBySide: true, withQuotes: false});
		expect(head).toEqual([]);
		expect(trimmed(lines)).toEqual([
			'Town',
			'─'.repeat(60),
			'Build it now.',
			'2 quotes behind this',
			'',
			'Farmers',
			'─'.repeat(60),
			'Build it later.',
			'1 quote behind this',
			'',
			'Press',
			'─'.repeat(60),
			'Nobody knows.',
		]);
	});

	it('opened: the quotes behind each position, who said them, the selected one marked', () => {
		const {lines, spans} = topicDetail(model, topic, 40, {sideBySide: false, withQuotes: true, selected: 1});
		expect(trimmed(lines).slice(0, 10)).toEqual([
			'Town',
			'─'.repeat(40),
			'Build it now.',
			'',
			'“Now”',
			'— Anna Berg',
			'',
			'▌ it should be built soon',
			'▌ — Anna Berg, reported',
			'',
		]);
		expect(trimmed(lines)).toContain('No quotes recorded for this position.');
		expect(spans.slice(0, 2)).toEqual([
			{top: 4, bottom: 5},
			{top: 7, bottom: 8},
		]);
	});

	it('a topic with no positions, a draft topic, what the sides agree on and why', () => {
		const bare: Topic = {...topic, positions: [], draft: true, common: 'A bridge is needed.', reason: 'Both said so.'};
		expect(trimmed(topicDetail(model, bare, 60, {sideBySide: true, withQuotes: false}).lines)).toEqual([
			'Draft topic: machine-grouped, not yet reviewed.',
			'',
			'No positions recorded for this topic.',
			'',
			'Where they agree: A bridge is needed.',
			'',
			'Why: Both said so.',
		]);
	});
});
