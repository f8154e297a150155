import {describe, expect, it} from 'vitest';
import {PANE_IDS, paneCommand, paneOf, paneTitle} from '../../source/navigation/panes.js';

describe('the panes', () => {
	it('are Summary, Quotes, Positions and Article, in tab order', () => {
		expect(PANE_IDS).toEqual(['summary', 'quotes', 'positions', 'article']);
		expect(PANE_IDS.map(paneTitle)).toEqual(['Summary', 'Quotes', 'Positions', 'Article']);
	});

	it('each number key opens the pane at that place, counting from 1', () => {
		expect(PANE_IDS.map((_, index) => paneOf(paneCommand(index)))).toEqual(PANE_IDS);
		expect(paneCommand(0)).toBe('pane1');
	});

	it('a number past the last pane, or a command that only looks like one, opens no pane', () => {
		for (const command of ['pane0', 'pane5', 'pane', 'xpane1', 'pane1x', 'next', 'pane-1'])
			expect(paneOf(command), command).toBeUndefined();
	});
});
