// Rules of loading a briefing that mutation testing (issue 20) found no test stating: each test is one rule.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
	countParsedKeys,
	countWrittenKeys,
	PREVIEW_FROM_CHARS,
	parseBriefingText,
	previewBriefingFile,
	validateBriefing,
} from '../../source/model/load.js';
import type {Problem} from '../../source/model/problems.js';
import {FIXTURES} from '../paths.js';

const FILE = 'story.json';
const folder = mkdtempSync(path.join(tmpdir(), 'briefing-load-rules-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

function problemsOf(result: ReturnType<typeof parseBriefingText>): Problem[] {
	if (result.ok) throw new Error('expected problems, the briefing loaded');
	return result.problems;
}

describe('a JSON object that is no briefing', () => {
	it('is one problem at its start, naming its first four keys and marking that there are more', () => {
		const text = '{"name": "x", "version": "1", "type": "module", "main": "a.js", "scripts": {}}';
		expect(problemsOf(parseBriefingText(text, FILE))).toEqual([
			{
				file: FILE,
				line: 1,
				column: 1,
				message:
					'not a briefing: expected an object with "schemaVersion", "headline" and "quotes"; ' +
					'its keys are "name", "version", "type", "main", …',
			},
		]);
	});

	it('with four keys or fewer, names them all, with no mark of more', () => {
		expect(problemsOf(parseBriefingText('{"compilerOptions": {}, "include": []}', FILE))[0]!.message).toBe(
			'not a briefing: expected an object with "schemaVersion", "headline" and "quotes"; ' +
				'its keys are "compilerOptions", "include"',
		);
	});

	it('without its source text, has no line or column', () => {
		expect(validateBriefing({name: 'x'}, FILE)).toEqual({
			ok: false,
			problems: [
				{
					file: FILE,
					message:
						'not a briefing: expected an object with "schemaVersion", "headline" and "quotes"; its keys are "name"',
				},
			],
		});
	});

	it.each(['schemaVersion', 'headline', 'quotes', 'speakers', 'paragraphs'])(
		'with a "%s" key, is a briefing begun: it is told each field it lacks',
		key => {
			const found = problemsOf(parseBriefingText(JSON.stringify({[key]: null, other: 1}), FILE));
			expect(found.length).toBeGreaterThan(1);
			expect(found.map(problem => problem.message)).not.toContainEqual(expect.stringMatching(/^not a briefing/));
		},
	);
});

describe('counting the keys a text writes', () => {
	it('counts a property name followed by a colon, after any white space', () => {
		expect(countWrittenKeys('{"a": 1, "b" :2, "c"\n:\t3, "d"\r\n: 4}')).toBe(4);
	});

	it('does not count strings that are values, nor a colon inside a string', () => {
		expect(countWrittenKeys('{"a": "b", "c": ["d", "e:"], "f": "g\\": h"}')).toBe(3);
	});

	it('an escaped quote does not end a key, but an escaped backslash before a quote does', () => {
		expect(countWrittenKeys('{"a\\"b": 1, "c\\\\": 2, "d\\\\\\"": 3}')).toBe(3);
		expect(JSON.parse('{"a\\"b": 1, "c\\\\": 2, "d\\\\\\"": 3}')).toEqual({'a"b': 1, 'c\\': 2, 'd\\"': 3});
	});

	it('counts nothing in a text without keys, or whose last string is not closed', () => {
		expect(countWrittenKeys('[1, "a", true]')).toBe(0);
		expect(countWrittenKeys('{"a": 1, "b')).toBe(1);
	});

	it('counts the parsed properties at every depth, inside lists too, and none of a value that is no object', () => {
		expect(countParsedKeys({a: 1, b: {c: null, d: [{e: 1}, [{f: 2, g: {}}]]}})).toBe(7);
		expect(countParsedKeys([{a: 1}, null, 3])).toBe(1);
		expect(countParsedKeys(null)).toBe(0);
		expect(countParsedKeys('text')).toBe(0);
	});
});

describe('malformed JSON, the character at fault', () => {
	const at = (text: string) => problemsOf(parseBriefingText(text, FILE))[0]!;

	it('a printable character is shown as itself', () => {
		expect(at('{"a": @x}')).toEqual({file: FILE, line: 1, column: 7, message: 'invalid JSON: unexpected character @'});
	});

	it('a control character or half a surrogate pair is shown by its code point', () => {
		expect(at('{"a": \u0001}').message).toBe('invalid JSON: unexpected character U+0001');
		expect(at('{"a": \ud800}').message).toBe('invalid JSON: unexpected character U+D800');
	});

	it('a bare word of more than 40 characters is not quoted back', () => {
		expect(at(`{"a": ${'x'.repeat(45)}}`).message).toBe(
			"invalid JSON: unexpected bare word (text needs double quotes; JSON's only bare words are true, false and null)",
		);
	});

	it('a bare word of 40 characters is quoted back', () => {
		expect(at(`{"a": ${'x'.repeat(40)}}`).message).toBe(
			`invalid JSON: unexpected bare word ${'x'.repeat(40)} ` +
				"(text needs double quotes; JSON's only bare words are true, false and null)",
		);
	});

	it('a malformed \\u escape after a good one is pointed at, not the good one', () => {
		expect(at('{"a": "\\u0041\\u12"}')).toMatchObject({
			line: 1,
			column: 14,
			message: 'invalid JSON: malformed \\u escape in a string',
		});
	});

	it('a trailing comma is found across spaces and blank lines', () => {
		expect(at('[1 , ]')).toMatchObject({line: 1, column: 4});
		expect(at('{"a":1,\n\n}')).toMatchObject({line: 1, column: 7});
	});

	it('nesting too deep to re-scan is reported where JSON.parse stopped', () => {
		// Far deeper than any stack: jsonc's recursive re-scan overflows however large the stack of the process.
		const text = '['.repeat(500_000);
		expect(at(text)).toEqual({
			file: FILE,
			line: 1,
			column: 500_001,
			message: 'invalid JSON: unexpected end of JSON input',
		});
	});
});

describe('duplicate keys', () => {
	it('the same key in an object and in an object inside it is no duplicate', () => {
		const duplicates = problemsOf(parseBriefingText('{"a": {"x": 1}, "x": 2, "b": 1, "b": 2}', FILE)).filter(problem =>
			problem.message.startsWith('duplicate key'),
		);
		expect(duplicates.map(problem => problem.path)).toEqual(['b']);
	});

	it('a key written sixty times is reported at most fifty times', () => {
		const text = `{${Array.from({length: 60}, () => '"headline": "x"').join(', ')}}`;
		const duplicates = problemsOf(parseBriefingText(text, FILE)).filter(problem =>
			problem.message.startsWith('duplicate key'),
		);
		expect(duplicates).toHaveLength(50);
		expect(duplicates[0]).toMatchObject({path: 'headline', line: 1, column: 19});
		expect(duplicates[0]!.message).toBe(
			'duplicate key (first at line 1, column 2): JSON keeps only the last, so remove one',
		);
	});
});

describe('previewing', () => {
	const minimal = readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8');
	/** The minimal briefing, padded with white space to `chars` characters. */
	function fileOf(chars: number): string {
		const file = path.join(folder, `padded-${chars}.json`);
		writeFileSync(file, minimal.trimEnd().padEnd(chars, ' '));
		return file;
	}

	it(`a file of exactly PREVIEW_FROM_CHARS characters is previewed: its quotes wait for the complete check`, () => {
		const preview = previewBriefingFile(fileOf(PREVIEW_FROM_CHARS));
		if (!preview.ok) throw new Error(preview.problems[0]!.message);
		expect(preview.briefing.quotes).toEqual([]);
		expect(preview.briefing.topics).toEqual([]);
		expect(preview.briefing.paragraphs).toEqual([]);
		expect(preview.size.quotes).toBeGreaterThan(0);
		const whole = preview.complete();
		expect(whole.ok && whole.briefing.quotes.length).toBe(preview.size.quotes);
	});

	it('a file one character shorter is checked in full at once', () => {
		const preview = previewBriefingFile(fileOf(PREVIEW_FROM_CHARS - 1));
		if (!preview.ok) throw new Error(preview.problems[0]!.message);
		expect(preview.briefing.quotes).toHaveLength(preview.size.quotes);
		expect(preview.size.quotes).toBeGreaterThan(0);
	});
});

describe('where a schema problem points', () => {
	const minimal = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

	it('a missing top-level field points at the briefing object itself', () => {
		const {id: _, ...rest} = minimal;
		expect(problemsOf(parseBriefingText(`\n\n${JSON.stringify(rest, null, '\t')}`, FILE))).toEqual([
			{file: FILE, path: 'id', line: 3, column: 1, message: 'missing, expected a string: the briefing id'},
		]);
	});

	it('a missing field of a nested object points at that object, not at its key', () => {
		const briefing = structuredClone(minimal);
		delete briefing.source.name;
		const text = JSON.stringify(briefing, null, '\t');
		const [problem] = problemsOf(parseBriefingText(text, FILE));
		expect(problem!.path).toBe('source.name');
		expect(text.split('\n')[problem!.line! - 1]!.slice(problem!.column! - 1)).toBe('{');
	});

	it("problems on one line come in the order of their columns, not the schema's", () => {
		const found = problemsOf(parseBriefingText('{"standfirst": 2, "headline": 1, "id": 3}', FILE));
		expect(found.filter(problem => problem.column! > 1).map(problem => problem.path)).toEqual([
			'standfirst',
			'headline',
			'id',
		]);
	});
});
