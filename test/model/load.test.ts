import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {type LoadResult, loadBriefingFile, parseBriefingText, validateBriefing} from '../../source/model/load.js';
import {formatProblem, type Problem} from '../../source/model/problems.js';
import type {BriefingInput} from '../../source/model/schema.js';
import {bundledFiles, FIXTURES} from '../paths.js';

const FILE = 'story.json';
const MINIMAL: BriefingInput = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

/** The minimal briefing, changed, written out as a person would (tabs, one key per line). */
function textOf(change: (briefing: BriefingInput & Record<string, unknown>) => void): string {
	const briefing = structuredClone(MINIMAL) as BriefingInput & Record<string, unknown>;
	change(briefing);
	return JSON.stringify(briefing, null, '\t');
}

function problemsOf(result: LoadResult): Problem[] {
	if (result.ok) throw new Error('expected problems, the briefing loaded');
	return result.problems;
}

/** Problems as `path: message`, the part a test can state exactly. */
function problems(change: (briefing: BriefingInput & Record<string, unknown>) => void): string[] {
	return problemsOf(parseBriefingText(textOf(change), FILE)).map(problem => `${problem.path}: ${problem.message}`);
}

/** The source text where a problem points: from its column to the end of its line. */
function pointedAt(text: string, problem: Problem): string {
	const line = text.split('\n')[problem.line! - 1]!;
	return line.slice(problem.column! - 1);
}

describe('a valid briefing', () => {
	it.each(bundledFiles().map(file => [path.basename(file), file]))('%s loads', (_name, file) => {
		const result = loadBriefingFile(file);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
	});

	it('loads from text, with its lists in order', () => {
		const result = parseBriefingText(
			textOf(() => {}),
			FILE,
		);
		expect(result.ok && result.briefing.quotes.map(quote => quote.id)).toEqual(['q-mayor-need', 'q-chair-cost']);
	});

	it('an older file is read as version 3: its "paraphrase" is "reported"', () => {
		for (const version of [1, 2] as const) {
			const result = parseBriefingText(
				textOf(briefing => {
					briefing.schemaVersion = version;
					briefing.quotes[1]!.kind = 'paraphrase';
				}),
				FILE,
			);
			expect(result.ok && result.briefing.schemaVersion).toBe(3);
			expect(result.ok && result.briefing.quotes.map(quote => quote.kind)).toEqual(['direct', 'reported']);
		}
	});

	it('version 3: direct, partial, mixed and reported quotes', () => {
		const result = parseBriefingText(
			textOf(briefing => {
				briefing.schemaVersion = 3;
				briefing.quotes[0]!.kind = 'mixed';
				briefing.quotes[0]!.text = 'the town "needs this bridge"';
				briefing.quotes[1]!.kind = 'reported';
			}),
			FILE,
		);
		expect(result.ok && result.briefing.quotes.map(quote => [quote.kind, quote.text])).toEqual([
			['mixed', 'the town "needs this bridge"'],
			['reported', 'the cost is out of all proportion'],
		]);
	});

	it('accepts dates as precise as the source: a year, a month or a day', () => {
		const result = parseBriefingText(
			textOf(briefing => {
				briefing.timeline = [
					{date: '2022', event: 'a year'},
					{date: '2022-01', event: 'a month'},
					{date: '2022-01-31', event: 'a day'},
				];
			}),
			FILE,
		);
		expect(result.ok).toBe(true);
	});
});

describe('a missing field', () => {
	it('is named by its path and what belongs there', () => {
		expect(problems(briefing => delete (briefing as Partial<BriefingInput>).headline)).toEqual([
			'headline: missing, expected a string: the headline',
		]);
		expect(problems(briefing => delete (briefing.source as Partial<BriefingInput['source']>).published)).toEqual([
			'source.published: missing, expected a string: the date the article was published, YYYY-MM-DD (schemaVersion 1 requires it)',
		]);
		expect(problems(briefing => delete (briefing.quotes[1] as Partial<BriefingInput['quotes'][number]>).text)).toEqual([
			"quotes[1].text: missing, expected a string: the speaker's words, without quotation marks around them (a mixed quote keeps those inside it)",
		]);
	});

	it('points at the object that lacks it', () => {
		const text = textOf(briefing => delete (briefing.quotes[1] as Partial<BriefingInput['quotes'][number]>).text);
		const [problem] = problemsOf(parseBriefingText(text, FILE));
		expect(pointedAt(text, problem!)).toBe('{');
		expect(
			text
				.split('\n')
				.slice(problem!.line!, problem!.line! + 2)
				.join('\n'),
		).toContain('"q-chair-cost"');
	});
});

describe('an id that points nowhere', () => {
	it('in a quote’s speakerId lists the speakers there are', () => {
		expect(problems(briefing => (briefing.quotes[1]!.speakerId = 'berg'))).toEqual([
			'quotes[1].speakerId: expected the id of a speaker (one of "mayor", "chair"), found "berg"',
		]);
	});

	it('in a speaker’s sideId lists the sides there are', () => {
		expect(problems(briefing => (briefing.speakers[0]!.sideId = 'mayors-office'))).toEqual([
			'speakers[0].sideId: expected the id of a side (one of "council", "residents", "press"), found "mayors-office"',
		]);
	});

	it('in a position’s quoteIds and sideId', () => {
		expect(
			problems(briefing => {
				const position = briefing.topics[0]!.positions[1]!;
				position.quoteIds = ['q-chair-cost', 'q-chair-costs'];
				position.sideId = 'residentz';
			}),
		).toEqual([
			'topics[0].positions[1].sideId: expected the id of a side (one of "council", "residents", "press"), found "residentz"',
			'topics[0].positions[1].quoteIds[1]: expected the id of a quote (one of "q-mayor-need", "q-chair-cost"), found "q-chair-costs"',
		]);
	});

	it('says so when there is nothing to point at', () => {
		expect(
			problems(briefing => {
				briefing.quotes = [];
			}),
		).toEqual([
			'topics[0].positions[0].quoteIds[0]: expected the id of a quote (none are defined), found "q-mayor-need"',
			'topics[0].positions[1].quoteIds[0]: expected the id of a quote (none are defined), found "q-chair-cost"',
		]);
	});

	it('shortens a long list of candidates', () => {
		const [problem] = problems(briefing => {
			briefing.speakers = Array.from({length: 9}, (_, index) => ({
				id: `s${index}`,
				name: `Speaker ${index}`,
				sideId: 'council',
			}));
			briefing.quotes = [{...briefing.quotes[0]!, speakerId: 'nobody'}];
			briefing.topics = [];
		});
		expect(problem).toBe(
			'quotes[0].speakerId: expected the id of a speaker (one of "s0", "s1", "s2", "s3", "s4", "s5", …), found "nobody"',
		);
	});

	it('never copies a malformed id into a message raw', () => {
		// zod checks references even when an id fails its pattern: the id must still be quoted safely.
		const found = problems(briefing => (briefing.sides[0]!.id = '\x1b[2J\x07'));
		expect(found).toContain(
			'speakers[0].sideId: expected the id of a side (one of a string of only control characters, "residents", "press"), found "council"',
		);
		expect(found.filter(line => /[\x00-\x1f\x7f-\x9f]/.test(line))).toEqual([]);
	});

	it('is located at the reference in the source', () => {
		const text = textOf(briefing => (briefing.quotes[1]!.speakerId = 'berg'));
		const [problem] = problemsOf(parseBriefingText(text, FILE));
		expect(pointedAt(text, problem!)).toBe('"speakerId": "berg",');
	});
});

describe('a duplicate id', () => {
	it.each([
		['sides', 'sides[1].id: expected a unique id, found "council" again (first at sides[0])'],
		['speakers', 'speakers[1].id: expected a unique id, found "mayor" again (first at speakers[0])'],
		['quotes', 'quotes[1].id: expected a unique id, found "q-mayor-need" again (first at quotes[0])'],
	] as const)('in %s names the first use', (list, expected) => {
		const found = problems(briefing => {
			const items = briefing[list] as {id: string}[];
			items[1]!.id = items[0]!.id;
		});
		// The second id is gone, so what referred to it now dangles too: both are worth knowing.
		expect(found[0]).toBe(expected);
	});

	it('in topics', () => {
		expect(
			problems(briefing => {
				briefing.topics.push({...briefing.topics[0]!});
			}),
		).toEqual(['topics[1].id: expected a unique id, found "cost" again (first at topics[0])']);
	});

	it('a second position for the same side', () => {
		expect(
			problems(briefing => {
				briefing.topics[0]!.positions[1]!.sideId = 'council';
			}),
		).toEqual(['topics[0].positions[1].sideId: expected one position per side, found a second for "council"']);
	});
});

describe('a value of the wrong kind', () => {
	it('wrong type: says what was expected and what was found', () => {
		expect(
			problems(briefing => {
				(briefing as Record<string, unknown>)['summary'] = 'The vote is delayed.';
				(briefing as Record<string, unknown>)['headline'] = 42;
				(briefing as Record<string, unknown>)['draft'] = 'yes';
				(briefing.source as Record<string, unknown>)['name'] = null;
			}),
		).toEqual([
			'headline: expected a string: the headline, found the number 42',
			'source.name: expected a string: the name of the publication, found null',
			'summary: expected a list, found "The vote is delayed."',
			// A key added last is written last: problems come in file order.
			'draft: expected true or false: true when drafted by `briefing ingest` and not yet reviewed, found "yes"',
		]);
	});

	it('enum value: lists the allowed ones', () => {
		expect(
			problems(briefing => {
				(briefing.quotes[0] as Record<string, unknown>)['kind'] = 'indirect';
				(briefing.topics[0] as Record<string, unknown>)['agreement'] = 'maybe';
				(briefing.sides[2] as Record<string, unknown>)['kind'] = 'neutral';
			}),
		).toEqual([
			'sides[2].kind: expected "party" or "observer", found "neutral"',
			'quotes[0].kind: expected "direct", "partial", "mixed" or "reported", found "indirect"',
			'topics[0].agreement: expected "agree", "partial", "disagree" or "unclear", found "maybe"',
		]);
	});

	it('bad date: names the format', () => {
		expect(
			problems(briefing => {
				briefing.source.published = '2024-13-05';
				briefing.timeline[0]!.date = '5 March 2024';
				briefing.timeline[1]!.date = '2024-3';
			}),
		).toEqual([
			'source.published: expected a date as YYYY-MM-DD, found "2024-13-05"',
			'timeline[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "5 March 2024"',
			'timeline[1].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "2024-3"',
		]);
	});

	it('schemaVersion from the future', () => {
		expect(problems(briefing => ((briefing as Record<string, unknown>)['schemaVersion'] = 4))).toEqual([
			'schemaVersion: expected 1, 2 or 3, found the number 4',
		]);
	});

	it('version 3 calls reported speech "reported": "paraphrase" there is a mistake', () => {
		expect(
			problems(briefing => {
				briefing.schemaVersion = 3;
				(briefing.quotes[1] as Record<string, unknown>)['kind'] = 'paraphrase';
			}),
		).toEqual([
			'quotes[1].kind: expected "direct", "partial", "mixed" or "reported", found "paraphrase": schemaVersion 3 calls it "reported"',
		]);
	});

	it('mixed and reported are kinds of version 3: a file of version 1 or 2 is told to say so', () => {
		expect(
			problems(briefing => {
				briefing.quotes[0]!.kind = 'mixed';
				briefing.quotes[1]!.kind = 'reported';
			}),
		).toEqual([
			'quotes[0].kind: expected "direct", "partial" or "paraphrase" in a file of schemaVersion 1, found "mixed": a kind of schemaVersion 3 (set "schemaVersion": 3, and write "reported" for "paraphrase")',
			'quotes[1].kind: expected "direct", "partial" or "paraphrase" in a file of schemaVersion 1, found "reported": a kind of schemaVersion 3 (set "schemaVersion": 3, and write "reported" for "paraphrase")',
		]);
	});

	it('version 2: the publication date may be unknown; version 1 still requires it', () => {
		const withoutDate = (version: number) => {
			const briefing = structuredClone(MINIMAL) as Record<string, unknown> & {source: Record<string, unknown>};
			briefing['schemaVersion'] = version;
			delete briefing.source['published'];
			return validateBriefing(briefing, 'x.json');
		};
		expect(withoutDate(2).ok).toBe(true);
		expect(withoutDate(1).ok).toBe(false);
	});

	it('an empty string where text belongs', () => {
		expect(problems(briefing => (briefing.speakers[0]!.name = ''))).toEqual([
			'speakers[0].name: expected the speaker name, as first introduced, found an empty string',
		]);
	});

	it('a string of only control characters is empty text', () => {
		expect(problems(briefing => (briefing.paragraphs[1] = '\x1b[2J\x07\t'))).toEqual([
			'paragraphs[1]: expected an article paragraph, found only white space or control characters',
		]);
	});

	it('an id with spaces', () => {
		expect(problems(briefing => (briefing.id = 'harbour bridge'))).toEqual([
			"id: expected the briefing id: letters, digits, '.', '_' or '-', starting with a letter or digit, found \"harbour bridge\"",
		]);
	});
});

describe('an unknown key', () => {
	it('suggests the key it resembles', () => {
		expect(
			problems(briefing => {
				const {headline, ...rest} = briefing;
				for (const key of Object.keys(briefing)) delete briefing[key];
				Object.assign(briefing, rest, {headlin: headline});
			}),
		).toEqual(['headline: missing, expected a string: the headline', 'headlin: unknown key, did you mean "headline"?']);
	});

	it('suggests inside nested objects too', () => {
		expect(problems(briefing => Object.assign(briefing.quotes[0]!, {speaker: 'mayor'}))).toEqual([
			'quotes[0].speaker: unknown key, did you mean "speakerId"?',
		]);
		expect(problems(briefing => Object.assign(briefing.source, {Published: '2024-03-05'}))).toEqual([
			'source.Published: unknown key, did you mean "published"?',
		]);
	});

	it('lists the keys there are when nothing is close', () => {
		expect(problems(briefing => Object.assign(briefing.keyFacts[0]!, {unit: 'EUR'}))).toEqual([
			'keyFacts[0].unit: unknown key, expected one of "label", "value"',
		]);
	});

	it('is located at the key', () => {
		const text = textOf(briefing => Object.assign(briefing.quotes[0]!, {speaker: 'mayor'}));
		const [problem] = problemsOf(parseBriefingText(text, FILE));
		expect(pointedAt(text, problem!)).toBe('"speaker": "mayor"');
	});
});

describe('a quote paragraph', () => {
	it('out of range names the range', () => {
		expect(problems(briefing => (briefing.quotes[1]!.paragraph = 2))).toEqual([
			'quotes[1].paragraph: expected a paragraph index from 0 to 1, found 2',
		]);
	});

	it('with no paragraphs at all', () => {
		expect(
			problems(briefing => {
				briefing.paragraphs = [];
				delete briefing.quotes[1]!.paragraph;
			}),
		).toEqual(['quotes[0].paragraph: expected no paragraph index, as "paragraphs" is empty, found 0']);
	});

	it('negative or fractional', () => {
		expect(
			problems(briefing => {
				briefing.quotes[0]!.paragraph = -1;
				briefing.quotes[1]!.paragraph = 0.5;
			}),
		).toEqual([
			'quotes[0].paragraph: expected a paragraph index of 0 or more, found the number -1',
			'quotes[1].paragraph: expected a whole number: index into "paragraphs" of the paragraph the quote comes from, found the number 0.5',
		]);
	});
});

describe('reporting', () => {
	it('gives one problem per line, each with file, line, column and path', () => {
		const text = textOf(briefing => {
			briefing.quotes[0]!.kind = 'indirect' as 'direct';
			briefing.source.published = 'yesterday';
			Object.assign(briefing.sides[0]!, {colour: 'blue'});
		});
		const found = problemsOf(parseBriefingText(text, FILE));
		expect(found).toHaveLength(3);
		for (const problem of found) {
			const line = formatProblem(problem);
			expect(line).not.toContain('\n');
			expect(line).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: \\S+: .+`));
		}
	});

	it('shows the first 50 problems of a very broken file and counts the rest', () => {
		const found = problemsOf(
			parseBriefingText(
				textOf(briefing => {
					briefing.summary = Array.from({length: 80}, () => 7 as unknown as string);
				}),
				FILE,
			),
		);
		expect(found).toHaveLength(51);
		expect(found[49]!.path).toBe('summary[49]');
		expect(found[50]!.message).toBe('and 30 more problems not shown');
	});

	it('shows all of exactly 50 problems, with no count of more', () => {
		const found = problemsOf(
			parseBriefingText(
				textOf(briefing => {
					briefing.summary = Array.from({length: 50}, () => 7 as unknown as string);
				}),
				FILE,
			),
		);
		expect(found).toHaveLength(50);
		expect(found.some(problem => /not shown/.test(problem.message))).toBe(false);
	});

	it('validates data that did not come from text, without line numbers', () => {
		const result = validateBriefing({...structuredClone(MINIMAL), id: ''}, FILE);
		expect(problemsOf(result)).toEqual([
			{
				file: FILE,
				path: 'id',
				message:
					"expected the briefing id: letters, digits, '.', '_' or '-', starting with a letter or digit, found an empty string",
			},
		]);
	});
});

describe('a duplicate key in one object', () => {
	it('is a problem at the second key, naming where the first is', () => {
		const text = textOf(() => {}).replace('"kind": "direct",', '"kind": "direct",\n\t\t\t\t"kind": "partial",');
		const found = problemsOf(parseBriefingText(text, FILE));
		expect(found.map(problem => `${problem.path}: ${problem.message}`)).toEqual([
			expect.stringMatching(
				/^quotes\[0\]\.kind: duplicate key \(first at line \d+, column \d+\): JSON keeps only the last, so remove one$/,
			),
		]);
		expect(pointedAt(text, found[0]!)).toBe('"kind": "partial",');
	});

	it('is reported among the schema’s problems, in file order', () => {
		const text = '{\n"headline": 1,\n"id": "a",\n"id": "b"\n}';
		const found = problemsOf(parseBriefingText(text, FILE)).filter(problem => problem.line! > 1);
		expect(found.map(problem => `${problem.line}:${problem.column}: ${problem.path}`)).toEqual([
			'2:1: headline',
			'4:1: id',
		]);
	});

	it('on one line, problems are in the order of their columns', () => {
		const text = '{"id": "a", "headline": 1, "id": "b", "standfirst": 2}';
		const found = problemsOf(parseBriefingText(text, FILE)).filter(problem => problem.column !== undefined);
		const columns = found.map(problem => problem.column!);
		expect(columns).toEqual([...columns].sort((a, b) => a - b));
		expect(found.map(problem => problem.path)).toEqual(expect.arrayContaining(['headline', 'id', 'standfirst']));
		const at = (path: string) => found.findIndex(problem => problem.path === path);
		expect(at('headline')).toBeLessThan(at('id'));
		expect(at('id')).toBeLessThan(at('standfirst'));
	});

	it('is the same key only in the same object', () => {
		// Every quote has an "id": that is not a duplicate.
		expect(
			parseBriefingText(
				textOf(() => {}),
				FILE,
			).ok,
		).toBe(true);
	});
});

describe('malformed JSON', () => {
	// Each case: the text, then where the problem should point (1-based line and column) and what it should say.
	it.each([
		['trailing comma in an object', '{\n\t"a": 1,\n}', 2, 8, 'a comma after the last item is not allowed in JSON'],
		['trailing comma in a list', '{\n\t"a": [1, 2,]\n}', 2, 12, 'a comma after the last item is not allowed in JSON'],
		[
			'trailing comma before a line break',
			'{\n\t"a": [\n\t\t1,\n\t]\n}',
			3,
			4,
			'a comma after the last item is not allowed in JSON',
		],
		['missing comma', '{\n\t"a": 1\n\t"b": 2\n}', 3, 2, "expected ',' between items (or a missing closing bracket)"],
		[
			'missing comma in a list',
			'[\n\t"a"\n\t"b"\n]',
			3,
			2,
			"expected ',' between items (or a missing closing bracket)",
		],
		['unterminated string', '{\n\t"a": "no end\n}', 2, 7, 'a string is not closed (missing ")'],
		['unterminated string at the end', '{"a": "no end', 1, 7, 'a string is not closed (missing ")'],
		['line comment', '{\n\t// a note\n\t"a": 1\n}', 2, 2, 'comments are not allowed in JSON'],
		['block comment', '{\n\t"a": 1 /* note */\n}', 2, 9, 'comments are not allowed in JSON'],
		['single quotes', "{\n\t'a': 1\n}", 2, 2, 'strings and property names need double quotes ("), not single quotes'],
		[
			'an unquoted key',
			'{\n\ta: 1\n}',
			2,
			2,
			"unexpected bare word a (text needs double quotes; JSON's only bare words are true, false and null)",
		],
		[
			'a Python True',
			'{"a": True}',
			1,
			7,
			"unexpected bare word True (text needs double quotes; JSON's only bare words are true, false and null)",
		],
		['a no-break space', '\u00a0{}', 1, 1, 'unexpected character U+00A0'],
		['missing colon', '{"a" 1}', 1, 6, "expected ':' after the property name"],
		['missing closing brace', '{\n\t"a": 1\n', 3, 1, "expected '}' to close the object"],
		['missing closing bracket', '{"a": [1, 2}', 1, 12, "expected ',' between items (or a missing closing bracket)"],
		['a second document', '{}\n{}', 2, 1, 'unexpected text after the end of the document'],
		[
			'a tab inside a string',
			'{\n\t"a": "one\ttwo"\n}',
			2,
			11,
			'control character inside a string (write it as an escape, e.g. \\n)',
		],
		['a bad escape', '{"a": "C:\\Users"}', 1, 10, 'malformed escape in a string'],
		['a bad \\u escape', '{"a": "\\u12"}', 1, 8, 'malformed \\u escape in a string'],
		['a malformed number', '{"a": 1.}', 1, 7, 'malformed number'],
		[
			'a line of non-ASCII before the error',
			'{\n\t"é東🚀": 1,\n}',
			2,
			11,
			'a comma after the last item is not allowed in JSON',
		],
	])('%s', (_name, text, line, column, message) => {
		expect(problemsOf(parseBriefingText(text, FILE))).toEqual([
			{file: FILE, line, column, message: `invalid JSON: ${message}`},
		]);
	});

	it('counts columns after Windows line endings like any other', () => {
		expect(problemsOf(parseBriefingText('{\r\n\t"a": 1,\r\n}', FILE))[0]).toMatchObject({line: 2, column: 8});
	});

	it('empty or white-space text has nothing to parse', () => {
		expect(problemsOf(parseBriefingText('', FILE))).toEqual([
			{file: FILE, line: 1, column: 1, message: 'invalid JSON: expected a value'},
		]);
		expect(problemsOf(parseBriefingText(' \n\t', FILE))).toEqual([
			{file: FILE, line: 2, column: 2, message: 'invalid JSON: expected a value'},
		]);
	});
});

describe('JSON that is not an object', () => {
	it.each([
		['[]', 'an empty list'],
		['[{"id": "x"}]', 'a list of 1'],
		['"a briefing"', '"a briefing"'],
		['null', 'null'],
		['42', 'the number 42'],
		['true', 'true'],
	])('%s', (text, found) => {
		expect(problemsOf(parseBriefingText(text, FILE))).toEqual([
			{file: FILE, message: `expected a JSON object with a briefing, found ${found}`},
		]);
	});

	it('an empty object lists every missing field, and nothing else', () => {
		const found = problemsOf(parseBriefingText('{}', FILE));
		expect(
			found.every(problem => problem.message.startsWith('missing') || problem.message.startsWith('expected 1')),
		).toBe(true);
		expect(found.map(problem => problem.path)).toEqual([
			'schemaVersion',
			'id',
			'headline',
			'standfirst',
			'source',
			'summary',
			'keyFacts',
			'background',
			'timeline',
			'sides',
			'speakers',
			'quotes',
			'topics',
			'paragraphs',
		]);
	});
});
