import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {formatText} from '../../source/format/text.js';
import {bundled} from '../helpers.js';

const briefing = bundled();

describe('text output', () => {
	it('wraps every line to the width asked for', () => {
		for (const width of [40, 60, 80, 120]) {
			const lines = formatText(briefing, {width}).split('\n');
			const widest = Math.max(...lines.map(line => stringWidth(line)));
			expect(widest, `width ${width}`).toBeLessThanOrEqual(width);
		}
	});

	it('has no escape sequences (it is for pipes and files)', () => {
		expect(formatText(briefing, {width: 80})).not.toMatch(/\u001B/);
	});

	it('shows every pane: summary, every quote under its speaker, every topic with each side', () => {
		const text = formatText(briefing, {width: 100});
		expect(text.split('\n')[0]).toBe(briefing.headline);
		for (const heading of ['SUMMARY', 'QUOTES', 'POSITIONS', 'Key numbers', 'Timeline'])
			expect(text).toContain(heading);
		for (const speaker of briefing.speakers) expect(text).toContain(speaker.name);
		for (const topic of briefing.topics) expect(text).toContain(topic.title);
		// Quotes are wrapped, so compare with white space folded.
		const folded = text.replace(/\s+/g, ' ');
		for (const quote of briefing.quotes) expect(folded).toContain(quote.text.replace(/\s+/g, ' '));
	});

	it('prints one pane when asked', () => {
		const quotes = formatText(briefing, {width: 80, pane: 'quotes'});
		expect(quotes).toContain('QUOTES');
		expect(quotes).not.toContain('POSITIONS');
		expect(quotes).not.toContain('What happened');
		const positions = formatText(briefing, {width: 80, pane: 'positions'});
		expect(positions).toContain('✗ disagree');
		expect(positions).not.toContain('QUOTES');
	});
});
