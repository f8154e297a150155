import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatMarkdown} from '../../source/format/markdown.js';
import {formatText} from '../../source/format/text.js';
import {validateBriefing} from '../../source/model/load.js';
import type {Briefing, BriefingInput} from '../../source/model/schema.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {topicDetailLines} from '../../source/view/positions-view.js';
import {voiceLines} from '../../source/view/quotes-view.js';
import {summaryLines} from '../../source/view/summary-view.js';
import {createTheme} from '../../source/view/theme.js';
import {FIXTURES} from '../paths.js';

const plain = createTheme({level: 0, color: false});
const minimal: BriefingInput = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

function briefingWith(extra: Partial<BriefingInput>): Briefing {
	const result = validateBriefing({...minimal, schemaVersion: 3, ...extra}, 'x.json');
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.briefing;
}

describe('draft marks', () => {
	const drafted = briefingWith({drafted: ['summary', 'timeline', 'quotes', 'topics']});
	const reviewed = briefingWith({});

	it('tags each drafted group of the Summary pane, and only those', () => {
		const lines = summaryLines(buildDashboardModel(drafted, plain), 80);
		expect(lines).toContain('What happened [draft]');
		expect(lines).toContain('Timeline [draft]');
		expect(lines).toContain('Key numbers');
		expect(summaryLines(buildDashboardModel(reviewed, plain), 80).join('\n')).not.toContain('draft');
	});

	it('tags the Quotes pane and the Positions pane, on screen and in print', () => {
		expect(voiceLines(buildDashboardModel(drafted, plain), 80, 3)[0]).toMatch(/\[draft\]$/);
		const text = formatText(drafted, {width: 80});
		expect(text).toContain('QUOTES [draft]');
		expect(text).toContain('POSITIONS [draft]');
		expect(formatText(reviewed, {width: 80})).not.toContain('[draft]');
		const markdown = formatMarkdown(drafted);
		expect(markdown).toContain('## Summary *(draft)*');
		expect(markdown).toContain('## Positions *(draft)*');
		expect(markdown).not.toContain('Key numbers *(draft)*');
	});

	it('dims the tag where there are styles', () => {
		const styled = createTheme({level: 1, color: true});
		const line = summaryLines(buildDashboardModel(drafted, styled), 80).find(text => text.includes('What happened'));
		expect(line).toContain('\u001b[2mdraft\u001b[22m');
	});

	it('shows why the sides agree or not, when the topic says', () => {
		const topic = {...minimal.topics[0]!, reason: 'Residents refuse (“will not”); the council demands (“must”)'};
		const briefing = briefingWith({topics: [topic]});
		const model = buildDashboardModel(briefing, plain);
		const lines = topicDetailLines(model, model.topics[0]!, 80, {sideBySide: false, withQuotes: false});
		expect(lines.join('\n')).toContain('Why: Residents refuse (“will not”); the council demands (“must”)');
		expect(formatMarkdown(briefing)).toContain('*Why: Residents refuse');
	});

	it('loads files without the marks, and refuses a group that is not one', () => {
		expect(reviewed.drafted).toBeUndefined();
		const result = validateBriefing({...minimal, schemaVersion: 3, drafted: ['everything']}, 'x.json');
		expect(result.ok).toBe(false);
	});
});
