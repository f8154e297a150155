// What `open --speaker NAME` lists when no speaker has that name and there are too many to list them all: the
// nearest few (`nearest`), and what "did you mean" offers (`closest`).

import {describe, expect, it} from 'vitest';
import {nearest} from '../../source/model/suggest.js';

describe('nearest', () => {
	it('lists the asked number of candidates, nearest first', () => {
		const speakers = ['Li Wei', 'Ann Stoltenberger', 'Jens Stoltenberg', 'Joe Biden'];
		expect(nearest('Stoltenbrg', speakers, 2)).toEqual(['Jens Stoltenberg', 'Ann Stoltenberger']);
		expect(nearest('Stoltenbrg', speakers, 1)).toEqual(['Jens Stoltenberg']);
	});

	it('measures a name word by word too: a mistyped surname finds the full name', () => {
		// "Grushkp" is one letter from "Grushko", but ten from "Alexander Grushko" as a whole.
		expect(nearest('Grushkp', ['Ann Li', 'Alexander Grushko'], 1)).toEqual(['Alexander Grushko']);
	});

	it('ignores case and the spaces around the word', () => {
		expect(nearest('  GRUSHKP ', ['Ann Li', 'Alexander Grushko'], 1)).toEqual(['Alexander Grushko']);
		expect(nearest('biden', ['Joe Biden', 'Bide'], 1)).toEqual(['Joe Biden']);
		expect(nearest('GRUSHKO', ['Ann Li', 'Alexander Grushko'], 1)).toEqual(['Alexander Grushko']);
		expect(nearest('li ', ['Lu', 'Alix Khan'], 1)).toEqual(['Alix Khan']);
	});

	it('puts a name that contains the word before one a letter away from it', () => {
		expect(nearest('Grushko', ['Ivan Gruschko', 'Alexander Grushkov'], 1)).toEqual(['Alexander Grushkov']);
	});

	it('keeps the candidates’ own order among those equally near', () => {
		const equallyNear = ['Anna Wei', 'Bo Wei', 'Cy Wei', 'Di Wei', 'Ed Wei', 'Fay Wei', 'Gus Wei', 'Hal Wei'];
		expect(nearest('wei', equallyNear, 8)).toEqual(equallyNear);
		expect(nearest('wex', ['Xavier Long', ...equallyNear, 'Wex Moore'], 3)).toEqual([
			'Wex Moore',
			'Anna Wei',
			'Bo Wei',
		]);
	});

	it('ranks by nearness, not by the order given', () => {
		expect(nearest('Leyen', ['Joe Biden', 'Li Wei', 'Ursula von der Leyen'], 3)).toEqual([
			'Ursula von der Leyen',
			'Joe Biden',
			'Li Wei',
		]);
	});

	it('an empty word contains nothing: names are ranked by their shortest word', () => {
		expect(nearest('', ['Alexander Grushko', 'Li Wei'], 1)).toEqual(['Li Wei']);
	});

	it('a run of spaces between two names is one gap, not an empty word near every short query', () => {
		expect(nearest('ab', ['Qqqqqqqq   Rrrrrrrrr', 'Xyzxyz'], 1)).toEqual(['Xyzxyz']);
	});
});
