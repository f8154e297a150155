// What the panes are built from, derived once per briefing (source/view/dashboard-model.ts): the speakers in the
// order the Quotes pane lists them, each speaker's quotes in article order, and the share of voice.

import {describe, expect, it} from 'vitest';
import type {Briefing, Quote} from '../../source/model/schema.js';
import {buildDashboardModel} from '../../source/view/dashboard-model.js';
import {createTheme} from '../../source/view/theme.js';
import {bundled} from '../helpers.js';

const PLAIN = createTheme({level: 0, color: false});
const NATO = bundled();

const said = (id: string, speakerId: string, text: string, paragraph?: number): Quote => ({
	id,
	speakerId,
	text,
	kind: 'direct',
	...(paragraph === undefined ? {} : {paragraph}),
});

const briefing: Briefing = {
	...NATO,
	sides: [
		{id: 'town', name: 'Town', kind: 'party'},
		{id: 'press', name: 'Press', kind: 'observer'},
		{id: 'silent', name: 'Silent', kind: 'party'},
	],
	speakers: [
		{id: 'reporter', name: 'Rita Reporter', sideId: 'press'},
		{id: 'zed', name: 'Zed Adams', sideId: 'town'},
		{id: 'amy', name: 'Amy Zane', sideId: 'town'},
		{id: 'bob', name: 'Bob Brown', sideId: 'town'},
		{id: 'stray', name: 'Sam Stray', sideId: 'nowhere'},
	],
	quotes: [
		said('b2', 'bob', 'second words', 1),
		said('b1', 'bob', 'first words', 1),
		said('b0', 'bob', 'earlier', 0),
		said('bx', 'bob', 'not in the text', 1),
		said('bn', 'bob', 'nowhere placed'),
		said('z1', 'zed', 'zed says', 0),
		said('a1', 'amy', 'amy says', 0),
		said('r1', 'reporter', 'reported', 0),
		said('s1', 'stray', 'stray words', 0),
	],
	topics: [],
	paragraphs: ['earlier zed says amy says reported stray words', 'first words and then second words'],
};
// Built in each test, not once for the file: what a test reaches is then what it states (for mutation testing).
const built = () => buildDashboardModel(briefing, PLAIN);

describe('the dashboard model', () => {
	it('lists speakers by side, in the order of the sides; most quoted first; then by name; no side last', () => {
		const model = built();
		expect(model.speakers.map(entry => entry.speaker.name)).toEqual([
			'Bob Brown',
			'Amy Zane',
			'Zed Adams',
			'Rita Reporter',
			'Sam Stray',
		]);
		expect(model.speakerById.get('stray')?.side.name).toBe('No side');
		expect(model.speakerById.get('bob')?.count).toBe(5);
	});

	it('puts each speaker’s quotes in article order: by paragraph, then by place in it; unplaced words first', () => {
		expect(
			built()
				.speakerById.get('bob')
				?.quotes.map(quote => quote.id),
		).toEqual(['bn', 'b0', 'b1', 'b2', 'bx']);
	});

	it('counts the quotes of each side for the share of voice, leaving out sides nobody quoted', () => {
		expect(built().voice.map(share => [share.side.name, share.quotes])).toEqual([
			['Town', 7],
			['Press', 1],
		]);
	});

	it('says how many speakers, quotes and topics, and finds quotes by id', () => {
		const model = built();
		expect(model.size).toEqual({speakers: 5, quotes: 9, topics: 0});
		expect(model.quoteById.get('b1')?.text).toBe('first words');
	});
});
