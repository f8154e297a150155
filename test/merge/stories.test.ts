import {describe, expect, it} from 'vitest';
import {groupStories, type StoryItem, scoreGrouping, storyItemsOf} from '../../source/merge/stories.js';
import {draftOf, STORY_OF} from './multi-source.js';

const files = Object.keys(STORY_OF).sort();
const items = files.flatMap(file => storyItemsOf(draftOf(file)));
const labels = files.map(file => STORY_OF[file]!);

describe('groupStories on the multi-source set', () => {
	it('finds the eight stories, each whole and none mixed', () => {
		const groups = groupStories(items);
		const score = scoreGrouping(groups, labels);
		expect(score).toMatchObject({purity: 1, completeness: 1, stories: 8});
	});

	it('keeps two rail stories with the same minister apart, and never joins articles weeks apart', () => {
		const groups = groupStories(items).map(group => group.map(index => labels[index]));
		const rail = groups.filter(group => group.some(label => label === 'rail-strike' || label === 'ashby-derailment'));
		expect(rail.map(group => [...new Set(group)])).toEqual([['ashby-derailment'], ['rail-strike']]);

		const late = files.indexOf('wildfire-wire.txt');
		const moved = items.map((item, index) => (index === late ? {...item, date: '2025-04-20'} : item));
		const alone = groupStories(moved).find(group => group.includes(late));
		expect(alone).toEqual([late]);
	});

	it('keeps a library story together and never joins two of them', () => {
		const cruise = files.filter(file => file.startsWith('cruise-')).map(file => items[files.indexOf(file)]!);
		// Two library stories of the same articles stay two; a new article joins one of them.
		const groups = groupStories([...cruise.slice(0, 2), ...cruise.slice(0, 2), cruise[2]!], {
			together: [
				[0, 1],
				[2, 3],
			],
		});
		expect(groups).toHaveLength(2);
		expect(groups.map(group => group.length).sort()).toEqual([2, 3]);
	});

	it('groups 500 items (the benchmark size) into stories without error', () => {
		const many: StoryItem[] = Array.from({length: 500}, (_, index) => ({
			...items[index % items.length]!,
			headline: `${items[index % items.length]!.headline} ${index % 7}`,
		}));
		const groups = groupStories(many);
		expect(groups.flat().sort((a, b) => a - b)).toEqual(Array.from({length: 500}, (_, index) => index));
	});
});
