import {describe, expect, it} from 'vitest';
import {
	describeProblem,
	describeValue,
	formatPath,
	formatProblem,
	UsageError,
	UserError,
} from '../../source/model/problems.js';

describe('formatProblem', () => {
	it('writes file:line:column: path: message with whatever is known', () => {
		expect(formatProblem({file: 'a.json', line: 3, column: 5, path: 'quotes[0].kind', message: 'expected x'})).toBe(
			'a.json:3:5: quotes[0].kind: expected x',
		);
		expect(formatProblem({file: 'a.json', path: 'id', message: 'expected x'})).toBe('a.json: id: expected x');
		expect(formatProblem({file: 'a.json', line: 7, message: 'is odd'})).toBe('a.json:7:1: is odd');
		expect(formatProblem({file: 'a.json', message: 'no such file'})).toBe('a.json: no such file');
	});

	it('cleans a hostile file name', () => {
		expect(formatProblem({file: 'evil\x1b]0;title\x07\n.json', message: 'no such file'})).toBe(
			'evil .json: no such file',
		);
	});
});

describe('formatPath', () => {
	it('joins keys and indexes the way JavaScript would', () => {
		expect(formatPath(['topics', 0, 'positions', 2, 'quoteIds', 1])).toBe('topics[0].positions[2].quoteIds[1]');
		expect(formatPath([])).toBe('');
		expect(formatPath(['$schema'])).toBe('$schema');
	});

	it('quotes keys that are not identifiers, cleaned', () => {
		expect(formatPath(['source', 'published date'])).toBe('source["published date"]');
		expect(formatPath(['a-b', ''])).toBe('["a-b"][""]');
		expect(formatPath(['x\x1b[31my'])).toBe('["xy"]');
	});

	it('shortens a key longer than 40 characters', () => {
		expect(formatPath(['quotes', 0, 'k'.repeat(100_000)])).toBe(`quotes[0].${'k'.repeat(39)}…`);
		expect(formatPath(['a b '.repeat(50)])).toBe(`["${'a b '.repeat(10).slice(0, 39)}…"]`);
	});

	it('does not cut a surrogate pair in half when shortening', () => {
		const path = formatPath([`${'x'.repeat(38)}🚀🚀`]);
		expect(path).toBe(`["${'x'.repeat(38)}…"]`);
	});
});

describe('describeValue', () => {
	it.each([
		[undefined, 'nothing'],
		[null, 'null'],
		[[], 'an empty list'],
		[[1, 2], 'a list of 2'],
		['', 'an empty string'],
		['\x1b[2J\x07', 'a string of only control characters'],
		['hi \x1b[31mthere', '"hi there"'],
		['x'.repeat(100), `"${'x'.repeat(39)}…"`],
		[3.5, 'the number 3.5'],
		[false, 'false'],
		[{}, 'an object'],
	])('%j', (value, text) => {
		expect(describeValue(value)).toBe(text);
	});
});

describe('errors a user caused', () => {
	it('bad input exits 1 and prints every problem, one per line', () => {
		const error = UserError.fromProblems([
			{file: 'a.json', message: 'no such file'},
			{file: 'b.json', line: 1, column: 2, message: 'invalid JSON: expected a value'},
		]);
		expect(error.exitCode).toBe(1);
		expect(error.message).toBe('a.json: no such file\nb.json:1:2: invalid JSON: expected a value');
		expect(error.problems).toHaveLength(2);
	});

	it('bad usage exits 2', () => {
		const error = new UsageError('briefing: unknown option --x');
		expect(error).toBeInstanceOf(UserError);
		expect(error.exitCode).toBe(2);
	});
});

describe('describeProblem: a problem in a list that already names the file', () => {
	it('line and column, path and message, with whatever parts are known', () => {
		expect(describeProblem({file: 'a.json', line: 3, column: 5, path: 'quotes[0]', message: 'missing'})).toBe(
			'line 3, column 5: quotes[0]: missing',
		);
		expect(describeProblem({file: 'a.json', line: 3, message: 'missing'})).toBe('line 3, column 1: missing');
		expect(describeProblem({file: 'a.json', path: 'id', message: 'missing'})).toBe('id: missing');
		expect(describeProblem({file: 'a.json', message: 'not JSON'})).toBe('not JSON');
	});
});

describe('the errors’ names and problems', () => {
	it('a UserError carries its problems (none by default) and exit 1; a UsageError exit 2', () => {
		expect(new UserError('x')).toMatchObject({name: 'UserError', problems: [], exitCode: 1});
		expect(new UsageError('x')).toMatchObject({name: 'UsageError', exitCode: 2});
	});

	it('a key of exactly 40 characters is kept whole; a path key goes after a dot, the first without one', () => {
		const forty = 'k'.repeat(40);
		expect(formatPath([forty])).toBe(forty);
		expect(formatPath(['quotes', 0, 'text'])).toBe('quotes[0].text');
		expect(formatPath(['two words'])).toBe('["two words"]');
	});

	it('a string of exactly 40 characters is shown whole; 41 are cut', () => {
		expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
		expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(39)}…"`);
	});
});
