import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {validateBriefing} from '../../source/model/load.js';
import type {Briefing, BriefingInput} from '../../source/model/schema.js';
import {headerTexts} from '../../source/view/chrome-view.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {formatDate} from '../../source/view/dates.js';
import {summaryLines} from '../../source/view/summary-view.js';
import {createTheme} from '../../source/view/theme.js';
import {FIXTURES} from '../paths.js';

const theme = createTheme({level: 0, color: false});
const minimal: BriefingInput = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

function briefingWith(source: Partial<BriefingInput['source']>, extra: Partial<BriefingInput> = {}): Briefing {
	const {published: _, ...rest} = minimal.source;
	const result = validateBriefing({...minimal, schemaVersion: 2, source: {...rest, ...source}, ...extra}, 'x.json');
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.briefing;
}

describe('provenance', () => {
	it('says "date unknown" where an unstated date would be, in the header and the Summary pane', () => {
		expect(formatDate(undefined, 'long')).toBe('date unknown');
		const model = buildDashboardModel(briefingWith({}), theme);
		expect(headerTexts(model).about).toContain('date unknown');
		expect(summaryLines(model, 80).join('\n')).toContain('date unknown');
	});

	it('shows the outlet, URL, date, when it was retrieved, that it is a machine draft, and the key to open it', () => {
		const model = buildDashboardModel(
			briefingWith(
				{
					name: 'Gazette',
					url: 'https://gazette.test/a',
					published: '2024-03-05',
					retrieved: '2026-12-03T09:41:07.120Z',
				},
				{draft: true},
			),
			theme,
		);
		const lines = summaryLines(model, 80);
		const source = lines.slice(lines.indexOf('Source'));
		expect(source).toEqual([
			'Source',
			'Gazette · 5 March 2024',
			'https://gazette.test/a',
			'Retrieved 3 December 2026, 09:41 UTC',
			'Machine draft by `briefing ingest`, not reviewed: check speakers, sides and',
			'topics against the source.',
			'o opens the source in your browser',
		]);
		// Printed, there is no key to press.
		expect(summaryLines(model, 80, {interactive: false}).join('\n')).not.toContain('opens the source');
	});
});
