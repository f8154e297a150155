import {describe, expect, it} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import type {Briefing} from '../../source/model/schema.js';
import {blockMover} from '../../source/view/article-view.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {citation, locateQuote} from '../../source/view/quotes-view.js';
import {createTheme} from '../../source/view/theme.js';

describe('moving through the article, paragraph by paragraph', () => {
	// Paragraphs of 4, 3 and 5 lines (12 in all), seen through a window of 5 lines.
	const LENGTHS = [4, 3, 5];
	const mover = () => blockMover(LENGTHS.length, block => LENGTHS[block]!, 5);

	it('a line down within a paragraph, and on into the next at its end', () => {
		expect(mover().move({paragraph: 0, line: 0}, 1)).toEqual({paragraph: 0, line: 1});
		expect(mover().move({paragraph: 0, line: 3}, 1)).toEqual({paragraph: 1, line: 0});
		expect(mover().move({paragraph: 0, line: 2}, 3)).toEqual({paragraph: 1, line: 1});
	});

	it('a line up into the end of the paragraph before, and never above the top', () => {
		expect(mover().move({paragraph: 1, line: 0}, -1)).toEqual({paragraph: 0, line: 3});
		expect(mover().move({paragraph: 1, line: 1}, -10)).toEqual({paragraph: 0, line: 0});
	});

	it('stops where the last window is full: the last 5 lines are the last paragraph', () => {
		expect(mover().last()).toEqual({paragraph: 2, line: 0});
		expect(mover().move({paragraph: 0, line: 0}, 100)).toEqual({paragraph: 2, line: 0});
		expect(mover().move({paragraph: 0, line: 0}, Number.POSITIVE_INFINITY)).toEqual({paragraph: 2, line: 0});
	});

	it('the last window may start inside a paragraph', () => {
		const lengths = [4, 6];
		expect(blockMover(2, block => lengths[block]!, 8).last()).toEqual({paragraph: 0, line: 2});
		expect(blockMover(2, block => lengths[block]!, 3).last()).toEqual({paragraph: 1, line: 3});
	});

	it('an article that fits stays at the top, and says it fits', () => {
		const short = blockMover(2, () => 2, 5);
		expect(short.move({paragraph: 0, line: 0}, 3)).toEqual({paragraph: 0, line: 0});
		expect(short.fits()).toBe(true);
		expect(mover().fits()).toBe(false);
		expect(blockMover(2, () => 3, 5).fits()).toBe(false);
		expect(blockMover(1, () => 9, 5).fits()).toBe(false);
		expect(blockMover(1, () => 5, 5).fits()).toBe(true);
	});

	it('an article without paragraphs has only the top', () => {
		expect(blockMover(0, () => 0, 5).move({paragraph: 3, line: 2}, 1)).toEqual({paragraph: 0, line: 0});
	});

	it('makes each paragraph’s lines once, when first needed', () => {
		const made: number[] = [];
		const lazy = blockMover(
			100,
			block => {
				made.push(block);
				return 3;
			},
			5,
		);
		lazy.move({paragraph: 0, line: 0}, 1);
		expect(made.length).toBeLessThan(10);
	});
});

describe('finding quoted words in their paragraph', () => {
	it('exactly where they are written', () => {
		expect(locateQuote('He said "we will not back down" today.', 'we will not back down')).toEqual({start: 9, end: 30});
	});

	it('else ignoring case and the punctuation that ends the quotation', () => {
		expect(locateQuote('“We will not back down.”', 'we will not back down,')).toEqual({start: 1, end: 22});
	});

	it('not at all when the words are not there, or too few to tell', () => {
		expect(locateQuote('Nothing like it.', 'we will not back down')).toBeUndefined();
		expect(locateQuote('An ox.', 'Ox,')).toBeUndefined();
	});
});

describe('a quote as y copies it', () => {
	const result = loadBriefingFile(new URL('../fixtures/minimal-briefing.json', import.meta.url).pathname);
	if (!result.ok) throw new Error('the minimal briefing does not load');
	const briefing: Briefing = result.briefing;
	const model = buildDashboardModel(briefing, createTheme({level: 0, color: false}));

	it('the words in quotation marks, then who said it, their role, the outlet and the date', () => {
		expect(citation(model, briefing.quotes[0]!)).toBe(
			'“The town needs this bridge.” — Ana Silva, Mayor, The Example Gazette, 5 March 2024',
		);
	});

	it('reported speech says so, without quotation marks; a mixed quote keeps its own', () => {
		const quote = briefing.quotes[0]!;
		expect(citation(model, {...quote, kind: 'reported', text: 'the town needed it'})).toBe(
			'the town needed it (reported) — Ana Silva, Mayor, The Example Gazette, 5 March 2024',
		);
		expect(citation(model, {...quote, kind: 'mixed', text: 'the town “needs this bridge”'})).toBe(
			'the town “needs this bridge” — Ana Silva, Mayor, The Example Gazette, 5 March 2024',
		);
	});

	it('without a date or a known speaker, what is known', () => {
		const undated = buildDashboardModel(
			{...briefing, source: {...briefing.source, published: undefined}},
			createTheme({level: 0, color: false}),
		);
		expect(citation(undated, {...briefing.quotes[0]!, speakerId: 'nobody'})).toBe(
			'“The town needs this bridge.” — nobody, The Example Gazette',
		);
	});

	it('is one line with nothing in it that could act on a terminal', () => {
		expect(citation(model, {...briefing.quotes[0]!, text: 'a\nb\u001B[31m'})).not.toMatch(/[\n\u001B]/);
	});
});
