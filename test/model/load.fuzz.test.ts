// Hostile and broken input: whatever a file holds, loading it gives a result (a briefing, or problems
// written for a person), never an exception, a hang or a polluted prototype.
//
// Deterministic: every property runs from a fixed seed. fast-check prints the seed and the path of a
// failing case; replay it with FUZZ_SEED=<seed>, or explore with another seed and FUZZ_RUNS=<factor>.
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {type LoadResult, loadBriefingFile, parseBriefingText, validateBriefing} from '../../source/model/load.js';
import {decodeText} from '../../source/model/text-file.js';
import {bundledFiles, FIXTURES, NATO_FILE} from '../paths.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_240_305);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1);

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
	fc.assert(fc.property(arbitrary, predicate), {seed: SEED, numRuns: Math.ceil(numRuns * RUNS)});
}

const FILE = 'fuzz.json';
const NATO_TEXT = readFileSync(NATO_FILE, 'utf8');
const NATO = JSON.parse(NATO_TEXT) as Record<string, unknown>;
const MINIMAL_TEXT = readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8');

/** What a terminal would act on, or what would break a one-line message. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NOT_SHOWN = /^and \d+ more problems not shown$/;

function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** The contract: a result; a clean briefing, or problems with a clean one-line message placed inside the text. */
function expectWellFormed(result: LoadResult, text?: string): void {
	expect(typeof result.ok).toBe('boolean');
	if (result.ok) {
		expect(stringsIn(result.briefing).filter(value => UNSAFE.test(value))).toEqual([]);
		return;
	}
	expect(result.problems.length).toBeGreaterThan(0);
	const lineCount = text === undefined ? Number.POSITIVE_INFINITY : text.split('\n').length;
	for (const problem of result.problems) {
		expect(problem.message.length).toBeGreaterThan(0);
		expect(problem.message).not.toMatch(UNSAFE);
		if (problem.path !== undefined) expect(problem.path).not.toMatch(UNSAFE);
		if (problem.line !== undefined) {
			expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount).toBe(true);
			expect(Number.isInteger(problem.column) && problem.column! >= 1).toBe(true);
		}
	}
}

function parse(text: string): LoadResult {
	const result = parseBriefingText(text, FILE);
	expectWellFormed(result, text);
	return result;
}

/** Decodes bytes as a file would be, then parses what decodes. */
function decodeAndParse(bytes: Uint8Array): LoadResult {
	const decoded = decodeText(bytes, FILE, 'a JSON briefing');
	if (!decoded.ok) {
		const result: LoadResult = {ok: false, problems: [decoded.problem]};
		expectWellFormed(result);
		return result;
	}
	return parse(decoded.text);
}

let folder: string;
beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'briefing-fuzz-'));
});
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

// Prototype pollution would show here: a new property on Object.prototype or Array.prototype.
const OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTOTYPE = Object.getOwnPropertyNames(Array.prototype).sort();
afterEach(() => {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE);
	expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTOTYPE);
	expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('random JSON', () => {
	it('any JSON value', () => {
		check(fc.jsonValue(), value => void parse(JSON.stringify(value)), 400);
	});

	it('any JavaScript value, through JSON.stringify', () => {
		check(
			fc.anything({withNullPrototype: true, withObjectString: true}),
			value => void parse(JSON.stringify(value) ?? 'null'),
			300,
		);
	});

	it('any JavaScript value, validated without JSON', () => {
		const arbitrary = fc.anything({
			withNullPrototype: true,
			withMap: true,
			withSet: true,
			withDate: true,
			withSparseArray: true,
			withTypedArray: true,
		});
		check(arbitrary, value => expectWellFormed(validateBriefing(value, FILE)), 300);
	});

	it('objects with the briefing’s own keys, nested, with values of any kind', () => {
		const keys = fc.constantFrom(
			...Object.keys(NATO),
			'id',
			'name',
			'sideId',
			'speakerId',
			'quoteIds',
			'positions',
			'kind',
			'text',
			'paragraph',
			'date',
			'event',
			'label',
			'value',
			'url',
			'published',
			'__proto__',
			'constructor',
			'prototype',
			'toString',
			'hasOwnProperty',
		);
		const {tree} = fc.letrec(tie => ({
			tree: fc.oneof({depthSize: 'small'}, fc.jsonValue({maxDepth: 1}), tie('array'), tie('object')),
			array: fc.array(tie('tree'), {maxLength: 4}),
			object: fc.dictionary(keys, tie('tree'), {maxKeys: 8}),
		}));
		check(fc.dictionary(keys, tree, {minKeys: 5, maxKeys: 20}), value => void parse(JSON.stringify(value)), 200);
	});
});

describe('random text and bytes', () => {
	it('any string, lone surrogates included', () => {
		check(fc.string({unit: 'binary', maxLength: 200}), text => void parse(text), 400);
	});

	it('a real briefing with random text spliced in: syntax errors stay inside the text', () => {
		const splice = fc.record({
			at: fc.nat({max: NATO_TEXT.length}),
			remove: fc.nat({max: 20}),
			insert: fc.oneof(
				fc.string({maxLength: 6}),
				fc.constantFrom(',', '}', ']', '{', '[', '"', ':', '//', '/*', '\\', "'", '\n', '\t', '\0', '\ufeff'),
			),
		});
		check(
			fc.array(splice, {minLength: 1, maxLength: 4}),
			splices => {
				let text = NATO_TEXT;
				for (const {at, remove, insert} of splices) text = text.slice(0, at) + insert + text.slice(at + remove);
				parse(text);
			},
			300,
		);
	});

	const interesting = fc.constantFrom(
		0x00,
		0x0a,
		0x22,
		0x7b,
		0x7d,
		0x5b,
		0x5d,
		0x5c,
		0x80,
		0xbf,
		0xc0,
		0xc3,
		0xe2,
		0xed,
		0xef,
		0xbb,
		0xf0,
		0xf4,
		0xfe,
		0xff,
	);
	const bytes = fc.oneof(
		fc.uint8Array({maxLength: 400}),
		fc.array(interesting, {maxLength: 64}).map(list => Uint8Array.from(list)),
		fc
			.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({maxLength: 200}))
			.map(([start, rest]) => Uint8Array.from([...start, ...rest])),
	);

	it('any bytes, decoded then parsed', () => {
		check(bytes, value => void decodeAndParse(value), 500);
	});

	it('any bytes, from a file', () => {
		const file = path.join(folder, 'random.json');
		check(
			bytes,
			value => {
				writeFileSync(file, value);
				expectWellFormed(loadBriefingFile(file));
			},
			60,
		);
	});
});

describe('truncated briefings', () => {
	it('every prefix of the minimal briefing, byte by byte, is a clear problem', () => {
		const full = Buffer.from(MINIMAL_TEXT);
		const end = Buffer.from(MINIMAL_TEXT.trimEnd()).length;
		for (let length = 0; length < end; length++) expect(decodeAndParse(full.subarray(0, length)).ok).toBe(false);
		expect(decodeAndParse(full.subarray(0, end)).ok).toBe(true);
	});

	it.each(bundledFiles().map(file => [path.basename(file), file]))(
		'prefixes of %s, sampled over its whole length',
		(_name, file) => {
			const full = readFileSync(file);
			const end = Buffer.from(full.toString('utf8').trimEnd()).length;
			// Cuts land anywhere: inside a key, a string, a number, a multi-byte character.
			check(
				fc.nat({max: end - 1}),
				length => {
					expect(decodeAndParse(full.subarray(0, length)).ok).toBe(false);
				},
				100,
			);
		},
	);
});

describe('deep nesting', () => {
	const DEPTH = 200_000;
	const deepArrays = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
	const deepObjects = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
	const inSummary = (deep: string) => NATO_TEXT.replace(/"summary": \[/, `"summary": [${deep},`);

	it.each([
		['arrays', deepArrays],
		['objects', deepObjects],
		['arrays and objects in turn', `${'[{"a":'.repeat(DEPTH / 2)}1${'}]'.repeat(DEPTH / 2)}`],
		['arrays never closed', '['.repeat(DEPTH)],
		['objects never closed', '{"a":'.repeat(DEPTH)],
		['arrays, then a stray character', `${'['.repeat(DEPTH)}x`],
		['arrays, then a control character', `${'['.repeat(DEPTH)}\x01`],
		['arrays, then a bidi override', `${'['.repeat(DEPTH)}\u202e`],
	])('%s, 200,000 levels deep', (_name, text) => {
		expect(parse(text).ok).toBe(false);
	});

	it.each([
		['arrays', deepArrays, 'summary[0]: expected a string: a summary bullet, found a list of 1'],
		['objects', deepObjects, 'summary[0]: expected a string: a summary bullet, found an object'],
	])('%s, 200,000 levels deep inside "summary", are found at summary[0]', (_name, deep, expected) => {
		const result = parse(inSummary(deep));
		expect(result.ok ? [] : result.problems.map(problem => `${problem.path}: ${problem.message}`)).toEqual([expected]);
	});

	it('under an unknown key, the key is reported', () => {
		const text = NATO_TEXT.replace('"summary": [', `"summry": ${deepObjects}, "summary": [`);
		const result = parse(text);
		expect(result.ok ? [] : result.problems.map(problem => `${problem.path}: ${problem.message}`)).toEqual([
			'summry: unknown key, did you mean "summary"?',
		]);
	});

	it('from a file', () => {
		const file = path.join(folder, 'deep.json');
		writeFileSync(file, inSummary(deepArrays));
		expectWellFormed(loadBriefingFile(file));
	});
});

describe('huge values', () => {
	const MEGABYTE = 1024 * 1024;

	/** Writes a file in pieces, a chunk repeated in the middle, so the test never holds the whole of it. */
	function writeInPieces(name: string, start: string, chunk: string, times: number, end: string): string {
		const file = path.join(folder, name);
		const fd = openSync(file, 'w');
		try {
			writeSync(fd, start);
			for (let index = 0; index < times; index++) writeSync(fd, chunk);
			writeSync(fd, end);
		} finally {
			closeSync(fd);
		}
		return file;
	}

	it('a 30 MB string is too large to read', () => {
		const file = writeInPieces('30mb.json', '{"headline": "', 'x'.repeat(MEGABYTE), 30, '"}');
		expect(loadBriefingFile(file)).toEqual({
			ok: false,
			problems: [{file, message: 'is too large (30.0 MB; the limit is 16.0 MB)'}],
		});
	});

	it('a 15 MB paragraph, under the limit, loads', () => {
		const [before, after] = NATO_TEXT.split(/(?<="paragraphs": \[)/) as [string, string];
		const chunk = 'lorem ipsum '.repeat(87_381); // just under a megabyte
		const file = writeInPieces('15mb.json', `${before}"`, chunk, 15, `",${after}`);
		const result = loadBriefingFile(file);
		expectWellFormed(result);
		// The trailing space is trimmed; nothing else about the text changes.
		expect(result.ok && result.briefing.paragraphs[0]!.length).toBe(chunk.length * 15 - 1);
	});

	it('megabytes of escape sequences in one string are empty text', () => {
		const file = writeInPieces('escapes.json', '{"headline": "', '\\u001b[31m'.repeat(100_000), 4, '"}');
		const result = loadBriefingFile(file);
		expectWellFormed(result);
		expect(
			result.ok ? [] : result.problems.filter(problem => problem.path === 'headline').map(problem => problem.message),
		).toEqual(['expected the headline, found only white space or control characters']);
	});

	it('a key of a million characters is reported, shortened', () => {
		const result = parse(NATO_TEXT.replace('{', `{"${'k'.repeat(1_000_000)}": 1,`));
		expect(result.ok ? [] : result.problems.map(problem => problem.path)).toEqual([`${'k'.repeat(39)}…`]);
	});

	it('thousands of references to ids that do not exist', () => {
		const count = 20_000;
		const briefing = structuredClone(NATO);
		briefing['speakers'] = Array.from({length: count}, (_, index) => ({
			id: `s${index}`,
			name: `Speaker ${index}`,
			sideId: 'nato',
		}));
		briefing['quotes'] = Array.from({length: count}, (_, index) => ({
			id: `q${index}`,
			speakerId: `nobody${index}`,
			text: 'x',
			kind: 'direct',
		}));
		briefing['topics'] = [];
		const result = parse(JSON.stringify(briefing));
		expect(result.ok ? [] : result.problems.at(-1)!.message).toBe(`and ${count - 50} more problems not shown`);
	});
});

/** Defines an own enumerable key, even "__proto__", as JSON.parse would. */
function defineKey(target: object, key: string, value: unknown): void {
	Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}

/** Every object in a parsed document (the root included), for picking one at random. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
	if (Array.isArray(value)) for (const item of value) objectsIn(item, found);
	else if (value && typeof value === 'object') {
		found.push(value as Record<string, unknown>);
		for (const item of Object.values(value)) objectsIn(item, found);
	}
	return found;
}

describe('prototype keys', () => {
	const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
	const payload = fc.oneof(
		fc.constant({polluted: true}),
		fc.constant({prototype: {polluted: true}}),
		fc.jsonValue({maxDepth: 2}),
	);

	it('at any level of a real briefing: reported as unknown, nothing polluted', () => {
		const objectCount = objectsIn(JSON.parse(NATO_TEXT)).length;
		check(
			fc.record({target: fc.nat({max: objectCount - 1}), key, payload}),
			({target, key, payload}) => {
				const briefing = JSON.parse(NATO_TEXT) as unknown;
				defineKey(objectsIn(briefing)[target]!, key, payload);
				const result = parse(JSON.stringify(briefing));
				expect(result.ok).toBe(false);
				if (!result.ok)
					expect(
						result.problems.some(problem => problem.path?.endsWith(key) && problem.message.startsWith('unknown key')),
					).toBe(true);
			},
			150,
		);
	});

	it('written in the text at the top and nested', () => {
		const text = NATO_TEXT.replace(
			'{',
			'{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
		).replace('"source": {', '"source": {"__proto__": {"polluted": true},');
		const result = parse(text);
		expect(result.ok ? [] : result.problems.map(problem => problem.path).sort()).toEqual([
			'__proto__',
			'constructor',
			'source.__proto__',
		]);
	});
});

describe('duplicates', () => {
	const LISTS = ['sides', 'speakers', 'quotes', 'topics'] as const;

	it('a duplicate id in any list is named at the later of the two, pointing at the first', () => {
		check(
			fc.record({list: fc.constantFrom(...LISTS), i: fc.nat(), j: fc.nat()}),
			({list, i, j}) => {
				const briefing = structuredClone(NATO) as Record<string, {id: string}[]>;
				const items = briefing[list]!;
				const [a, b] = [i % items.length, j % items.length];
				fc.pre(a !== b);
				items[b]!.id = items[a]!.id;
				const result = parse(JSON.stringify(briefing));
				const [first, later] = [Math.min(a, b), Math.max(a, b)];
				expect(result.ok ? [] : result.problems.map(problem => `${problem.path}: ${problem.message}`)).toContain(
					`${list}[${later}].id: expected a unique id, found "${items[a]!.id}" again (first at ${list}[${first}])`,
				);
			},
			120,
		);
	});

	/** JSON text for a value, with one object given a key twice: first `extra`, then its own value. */
	function stringifyWithDuplicate(value: unknown, target: object, key: string, extra: unknown): string {
		if (Array.isArray(value))
			return `[${value.map(item => stringifyWithDuplicate(item, target, key, extra)).join(',')}]`;
		if (value && typeof value === 'object') {
			const entries = Object.entries(value).map(
				([name, item]) => `${JSON.stringify(name)}:${stringifyWithDuplicate(item, target, key, extra)}`,
			);
			if (value === target) entries.unshift(`${JSON.stringify(key)}:${JSON.stringify(extra)}`);
			return `{${entries.join(',')}}`;
		}
		return JSON.stringify(value);
	}

	it('a key written twice in any object is a problem at that key', () => {
		const briefing = JSON.parse(NATO_TEXT) as unknown;
		const objects = objectsIn(briefing);
		check(
			fc.record({target: fc.nat({max: objects.length - 1}), keyIndex: fc.nat(), extra: fc.jsonValue({maxDepth: 2})}),
			({target, keyIndex, extra}) => {
				const object = objects[target]!;
				const keys = Object.keys(object);
				const key = keys[keyIndex % keys.length]!;
				const result = parse(stringifyWithDuplicate(briefing, object, key, extra));
				expect(result.ok).toBe(false);
				if (!result.ok)
					expect(result.problems.filter(problem => problem.message.startsWith('duplicate key'))).toHaveLength(1);
			},
			150,
		);
	});
});

describe('UTF-16', () => {
	const encode = (text: string, order: 'le' | 'be', bom: boolean) => {
		const body = Buffer.from(text, 'utf16le');
		if (order === 'be') body.swap16();
		return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
	};

	it('any JSON, in either byte order, with or without a BOM, is refused with a reason', () => {
		check(
			fc.record({value: fc.jsonValue(), order: fc.constantFrom('le' as const, 'be' as const), bom: fc.boolean()}),
			({value, order, bom}) => {
				const result = decodeAndParse(encode(JSON.stringify(value), order, bom));
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.problems[0]!.message).toMatch(bom ? /^is UTF-16 encoded/ : /UTF-16|binary/);
			},
			200,
		);
	});
});

describe('mutations of the NATO briefing', () => {
	type Path = (string | number)[];

	function pathsIn(value: unknown, at: Path = [], found: Path[] = []): Path[] {
		if (at.length > 0) found.push(at);
		if (Array.isArray(value)) for (const [index, item] of value.entries()) pathsIn(item, [...at, index], found);
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) pathsIn(item, [...at, key], found);
		return found;
	}

	const PATHS = pathsIn(NATO);
	const hostile = fc.constantFrom(
		'',
		' ',
		'\x1b[2J',
		'\u202e',
		'\x00',
		'x'.repeat(300),
		'"',
		'\\',
		'🚀',
		'nato',
		'q-none',
		'2022-13-45',
	);
	const mutation = fc.record({
		target: fc.nat({max: PATHS.length - 1}),
		op: fc.constantFrom('delete', 'replace', 'hostile', 'duplicate', 'unknown key'),
		value: fc.oneof(fc.jsonValue({maxDepth: 2}), hostile),
	});

	function apply(briefing: unknown, {target, op, value}: {target: number; op: string; value: unknown}): void {
		const at = PATHS[target]!;
		let parent = briefing as Record<string | number, unknown> | undefined;
		for (const key of at.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
		const key = at.at(-1)!;
		if (!parent || typeof parent !== 'object' || !(key in parent)) return; // an earlier mutation removed it
		if (op === 'delete') {
			if (Array.isArray(parent)) parent.splice(Number(key), 1);
			else delete parent[key];
		} else if (op === 'replace' || op === 'hostile') parent[key] = value;
		else if (op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
		else if (op === 'unknown key' && !Array.isArray(parent)) defineKey(parent, `${String(key)}x`, value);
	}

	it('never throw, and every problem names a path', () => {
		check(
			fc.array(mutation, {minLength: 1, maxLength: 6}),
			mutations => {
				const briefing = structuredClone(NATO);
				for (const change of mutations) apply(briefing, change);
				const result = parse(JSON.stringify(briefing, null, '\t'));
				if (!result.ok)
					for (const problem of result.problems.filter(problem => !NOT_SHOWN.test(problem.message)))
						expect(problem.path, problem.message).toMatch(/\S/);
			},
			250,
		);
	});
});
