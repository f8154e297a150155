import {describe, expect, it} from 'vitest';
import {escapeMarkdown, formatMarkdown} from '../../source/format/markdown.js';
import {bundled} from '../helpers.js';

const briefing = bundled();

describe('markdown output', () => {
	const markdown = formatMarkdown(briefing);

	it('uses headings, block quotes, a table and lists', () => {
		expect(markdown.startsWith(`# ${escapeMarkdown(briefing.headline)}\n`)).toBe(true);
		expect(markdown).toMatch(/^## Summary$/m);
		expect(markdown).toMatch(/^## Quotes$/m);
		expect(markdown).toMatch(/^## Positions$/m);
		expect(markdown).toMatch(/^\| Figure \| Value \|$/m);
		expect(markdown).toMatch(/^> “There is a real risk for new armed conflict in Europe,”$/m);
		expect(markdown).toMatch(/^### Jens Stoltenberg$/m);
	});

	it('names the source and its attribution', () => {
		expect(markdown).toMatch(/^## Source$/m);
		const wikinews = formatMarkdown(bundled(`${__dirname}/../../data/g7-amazon-fires-2019.json`));
		expect(wikinews).toContain('CC BY 2.5');
		expect(wikinews).toContain('<https://en.wikinews.org/wiki/');
	});

	it('escapes markup in the data', () => {
		expect(escapeMarkdown('a *b* _c_ [d](e) <f> # | `g`')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\# \\| \\`g\\`');
		expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
		expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
	});

	it('prints one pane (and the source) when asked', () => {
		const positions = formatMarkdown(briefing, {pane: 'positions'});
		expect(positions).toMatch(/^## Positions$/m);
		expect(positions).not.toMatch(/^## Quotes$/m);
		expect(positions).toMatch(/^## Source$/m);
	});
});
