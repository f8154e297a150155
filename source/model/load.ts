import * as jsonc from 'jsonc-parser';
import * as z from 'zod/mini';
import {describeValue, formatPath, type Problem} from './problems.js';
import {sanitizeLine} from './sanitize.js';
import {Briefing, BriefingHead, OLD_REPORTED, SCHEMA_VERSION} from './schema.js';
import {closest} from './suggest.js';
import {LineIndex, readTextFile} from './text-file.js';

/** Hand-written briefings are kilobytes; a generated one with 10,000 quotes is a few megabytes. */
export const MAX_BRIEFING_BYTES = 16 * 1024 * 1024;

/** A file with more problems than this is reported with the first ones and a count. */
const MAX_PROBLEMS = 50;

export type LoadResult = {ok: true; briefing: Briefing} | {ok: false; problems: Problem[]};

/** Reads, parses and validates one briefing file. Never throws for anything the file contains. */
export function loadBriefingFile(file: string): LoadResult {
	const read = readTextFile(file, {maxBytes: MAX_BRIEFING_BYTES, what: 'a JSON briefing'});
	if (!read.ok) return {ok: false, problems: [read.problem]};
	return parseBriefingText(read.text, file);
}

/** Parses and validates the text of a briefing; `file` names it in messages. */
export function parseBriefingText(text: string, file: string): LoadResult {
	const parsed = parseJson(text, file);
	if (!parsed.ok) return parsed;
	return checkParsed(text, parsed.value, file);
}

/** A file from this size on is previewed before it is checked in full (see previewBriefingFile). */
export const PREVIEW_FROM_CHARS = 1024 * 1024;

export type Preview =
	| {
			ok: true;
			/** For the Summary pane and the header only: in a preview, speakers, quotes, topics and paragraphs are empty. */
			briefing: Briefing;
			/** How many speakers, quotes and topics the file lists (what the header says). */
			size: {speakers: number; quotes: number; topics: number};
			/** The complete check; a preview is shown only until this has passed. */
			complete: () => LoadResult;
	  }
	| {ok: false; problems: Problem[]};

/**
 * A briefing for the dashboard's first frame. A large one (megabytes: thousands of quotes) is parsed,
 * and only what the Summary pane shows is checked (and sanitised) before the frame is drawn; `complete`
 * then checks everything, as `loadBriefingFile` does, before anything else is shown or a key acted on.
 * A small one is checked in full at once. Whatever fails the preview's check fails the complete one.
 */
export function previewBriefingFile(file: string): Preview {
	const read = readTextFile(file, {maxBytes: MAX_BRIEFING_BYTES, what: 'a JSON briefing'});
	if (!read.ok) return {ok: false, problems: [read.problem]};
	const parsed = parseJson(read.text, file);
	if (!parsed.ok) return parsed;
	const complete = () => checkParsed(read.text, parsed.value, file);
	const head = read.text.length < PREVIEW_FROM_CHARS ? undefined : BriefingHead().safeParse(parsed.value);
	if (!head?.success) {
		const result = complete();
		if (!result.ok) return result;
		const {briefing} = result;
		return {
			ok: true,
			briefing,
			size: {speakers: briefing.speakers.length, quotes: briefing.quotes.length, topics: briefing.topics.length},
			complete: () => result,
		};
	}
	const {speakers, quotes, topics, paragraphs: _, ...summary} = head.data;
	return {
		ok: true,
		// Read as this version, as the complete check does.
		briefing: {...summary, schemaVersion: SCHEMA_VERSION, speakers: [], quotes: [], topics: [], paragraphs: []},
		size: {speakers: speakers.length, quotes: quotes.length, topics: topics.length},
		complete,
	};
}

/** The checks after parsing: duplicate keys, the schema and the cross-references. */
function checkParsed(text: string, value: unknown, file: string): LoadResult {
	// Locating duplicate keys needs a second, slow parse: do it only when there are any.
	// Stryker disable next-line ConditionalExpression: always looking finds the same (none); the count only saves time
	const duplicates = countWrittenKeys(text) === countParsedKeys(value) ? [] : duplicateKeys(text, file);
	const result = validateBriefing(value, file, text);
	if (duplicates.length === 0) return result;
	// In file order, like the schema's problems; "and N more problems not shown" has no place and stays last.
	const nowhere = Number.MAX_SAFE_INTEGER;
	const problems = [...duplicates, ...(result.ok ? [] : result.problems)].sort(
		(a, b) => (a.line ?? nowhere) - (b.line ?? nowhere) || (a.column ?? 0) - (b.column ?? 0),
	);
	return {ok: false, problems};
}

/** How many property names a valid JSON text writes: strings followed by a colon. */
export function countWrittenKeys(text: string): number {
	let count = 0;
	// indexOf jumps from quote to quote natively; a character loop over a 5 MB briefing took 25 ms.
	for (let start = text.indexOf('"'); start !== -1; ) {
		let end = text.indexOf('"', start + 1);
		// A quote preceded by an odd number of backslashes is escaped and does not end the string.
		for (;;) {
			let backslashes = 0;
			while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
			if (backslashes % 2 === 0 || end === -1) break;
			end = text.indexOf('"', end + 1);
		}
		if (end === -1) break;
		let next = end + 1;
		for (
			let code = text.charCodeAt(next);
			code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
			code = text.charCodeAt(++next)
		);
		if (text.charCodeAt(next) === 0x3a) count++;
		start = text.indexOf('"', end + 1);
	}
	return count;
}

/** How many properties the parsed value holds, at every depth (JSON.parse keeps one per name). */
export function countParsedKeys(value: unknown): number {
	let count = 0;
	// Only objects and lists go on the stack, and keys are counted without listing them: no garbage per object.
	const stack: object[] = value !== null && typeof value === 'object' ? [value] : [];
	while (stack.length > 0) {
		const current = stack.pop()!;
		if (Array.isArray(current)) {
			for (const item of current as unknown[]) if (item !== null && typeof item === 'object') stack.push(item);
			continue;
		}
		for (const key in current) {
			count++;
			const item = (current as Record<string, unknown>)[key];
			if (item !== null && typeof item === 'object') stack.push(item);
		}
	}
	return count;
}

/**
 * Keys written twice in one object. JSON.parse keeps the last silently, so an edit to the first
 * (a copied quote whose "text" was changed in the wrong place) would vanish without a word.
 */
function duplicateKeys(text: string, file: string): Problem[] {
	const problems: Problem[] = [];
	// Stryker disable next-line ArrayDeclaration: a property is always inside an object, whose map is on top
	const objects: Map<string, number>[] = [];
	const lines = new LineIndex(text);
	try {
		jsonc.visit(text, {
			onObjectBegin: () => {
				objects.push(new Map());
			},
			onObjectEnd: () => {
				objects.pop();
			},
			onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
				const seen = objects.at(-1);
				// Stryker disable next-line OptionalChaining: a property is always inside an object: `seen` is never undefined
				const first = seen?.get(key);
				// Stryker disable next-line OptionalChaining: as above
				if (first === undefined) seen?.set(key, offset);
				else if (problems.length < MAX_PROBLEMS)
					problems.push({
						file,
						path: formatPath([...pathSupplier(), key]),
						...lines.at(offset),
						message: `duplicate key (first at ${where(lines.at(first))}): JSON keeps only the last, so remove one`,
					});
			},
		});
	} catch {
		// Nesting too deep to walk: report what was found before it.
	}
	return problems;
}

function where({line, column}: {line: number; column: number}): string {
	return `line ${line}, column ${column}`;
}

/** Keys of which a briefing, even a broken one, has at least one. */
const BRIEFING_MARKS = ['schemaVersion', 'headline', 'quotes', 'speakers', 'paragraphs'];

/** Validates parsed JSON as a briefing. With the source text, problems carry line and column. */
export function validateBriefing(data: unknown, file: string, text?: string): LoadResult {
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return {
			ok: false,
			problems: [{file, message: `expected a JSON object with a briefing, found ${describeValue(data)}`}],
		};
	// A JSON file that is no briefing at all (package.json, a tsconfig) is one problem, not one per field.
	// (An empty object is a briefing begun: the list of what it needs is what its author wants.)
	const keys = Object.keys(data);
	if (keys.length > 0 && !BRIEFING_MARKS.some(key => Object.hasOwn(data, key))) {
		const shown = keys.slice(0, 4).map(key => JSON.stringify(sanitizeLine(key)));
		const found = `its keys are ${shown.join(', ')}${keys.length > 4 ? ', …' : ''}`;
		return {
			ok: false,
			problems: [
				{
					file,
					...(text === undefined ? {} : {line: 1, column: 1}),
					message: `not a briefing: expected an object with "schemaVersion", "headline" and "quotes"; ${found}`,
				},
			],
		};
	}
	const result = Briefing.safeParse(data, {reportInput: true});
	if (result.success) return {ok: true, briefing: result.data};
	const locate = text === undefined ? undefined : locator(text);
	const issues = result.error.issues.flatMap((issue): Issue[] =>
		issue.code === 'unrecognized_keys' ? issue.keys.map(key => ({...issue, path: [...issue.path, key]})) : [issue],
	);
	const problems = issues
		.slice(0, MAX_PROBLEMS)
		.map(
			(issue): Problem => ({
				file,
				path: formatPath(issue.path) || '(top level)',
				...locate?.(issue.path),
				message: describeIssue(issue),
			}),
		)
		// In the order they appear in the file, as people read it.
		.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
	if (issues.length > MAX_PROBLEMS)
		problems.push({file, message: `and ${issues.length - MAX_PROBLEMS} more problems not shown`});
	return {ok: false, problems};
}

type ParseResult = {ok: true; value: unknown} | {ok: false; problems: Problem[]};

const SYNTAX_MESSAGES: Record<number, string> = {
	1: 'unexpected character',
	2: 'malformed number',
	3: 'expected a property name in double quotes',
	4: 'expected a value',
	5: "expected ':' after the property name",
	6: "expected ',' between items (or a missing closing bracket)",
	7: "expected '}' to close the object",
	8: "expected ']' to close the list",
	9: 'unexpected text after the end of the document',
	10: 'comments are not allowed in JSON',
	11: 'comments are not allowed in JSON',
	12: 'a string is not closed (missing ")',
	13: 'malformed number',
	14: 'malformed \\u escape in a string',
	15: 'malformed escape in a string',
	16: 'control character inside a string (write it as an escape, e.g. \\n)',
};

/** JSON.parse, with syntax errors turned into a message with line and column. */
export function parseJson(text: string, file: string): ParseResult {
	try {
		return {ok: true, value: JSON.parse(text)};
	} catch (error) {
		return {ok: false, problems: [syntaxProblem(text, file, error)]};
	}
}

function syntaxProblem(text: string, file: string, error: unknown): Problem {
	// JSON.parse's messages name a position only sometimes, and quote the input; a strict re-scan finds the place.
	const errors: jsonc.ParseError[] = [];
	try {
		jsonc.parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
	} catch {
		// Too deeply nested for the re-scan: fall back to V8's position, if any.
	}
	const first = errors[0];
	if (first) {
		const {offset, reason} = explain(text, first);
		return {file, ...new LineIndex(text).at(offset), message: `invalid JSON: ${reason}`};
	}
	return {file, ...v8Location(text, error), message: `invalid JSON: ${v8Reason(error)}`};
}

/** What a re-scan error means, and where exactly: jsonc points at the whole token, the user needs the character. */
function explain(text: string, error: jsonc.ParseError): {offset: number; reason: string} {
	const reason = SYNTAX_MESSAGES[error.error] ?? 'syntax error';
	const comma = trailingComma(text, error);
	if (comma !== undefined) return {offset: comma, reason: 'a comma after the last item is not allowed in JSON'};
	if (error.error === 1) return {offset: error.offset, reason: unexpectedSymbol(text, error.offset)};
	// 14-16: a bad \u escape, a bad escape, a raw control character: point inside the string, not at its opening quote.
	const inside = {14: /\\u(?![0-9a-fA-F]{4})/, 15: /\\[^"\\/bfnrtu]/, 16: /[\x00-\x1f]/}[error.error as 14 | 15 | 16];
	const at = inside ? text.slice(error.offset, error.offset + error.length + 1).search(inside) : -1;
	return {offset: at === -1 ? error.offset : error.offset + at, reason};
}

/**
 * A character as the user can see it: itself when printable, else U+XXXX (a control, a space, half a surrogate pair).
 */
function showChar(char: string): string {
	const printable = sanitizeLine(char) === char && char.trim() !== '' && !/^[\ud800-\udfff]$/u.test(char);
	return printable ? char : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "unexpected character" says little: name the word or character, and the usual cause. */
function unexpectedSymbol(text: string, offset: number): string {
	const char = String.fromCodePoint(text.codePointAt(offset) ?? 0x20);
	if (char === "'") return 'strings and property names need double quotes ("), not single quotes';
	const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(offset, offset + 41))?.[0];
	if (word) {
		const shown = word.length > 40 ? '' : ` ${word}`;
		return `unexpected bare word${shown} (text needs double quotes; JSON's only bare words are true, false and null)`;
	}
	return `unexpected character ${showChar(char)}`;
}

/** The offset of a trailing comma (`[1, 2,]`, `{"a": 1,}`) that caused the error, if that is what it is. */
function trailingComma(text: string, error: jsonc.ParseError): number | undefined {
	// 3 and 4: PropertyNameExpected and ValueExpected (jsonc's const enum cannot be imported under verbatimModuleSyntax).
	if ((error.error !== 3 && error.error !== 4) || (text[error.offset] !== '}' && text[error.offset] !== ']'))
		return undefined;
	let before = error.offset - 1;
	// Stryker disable next-line EqualityOperator,ConditionalExpression: text[-1] is undefined, never white space or ','
	while (before >= 0 && ' \t\r\n'.includes(text[before]!)) before--;
	return text[before] === ',' ? before : undefined;
}

function v8Message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Where V8 says the error is: a position when it gives one, the end for "end of JSON input". */
function v8Location(text: string, error: unknown): {line?: number; column?: number} {
	const message = v8Message(error);
	const position = /at position (\d+)/.exec(message);
	if (position) return new LineIndex(text).at(Number(position[1]));
	if (/end of JSON input/i.test(message)) return new LineIndex(text).at(text.length);
	return {};
}

/**
 * V8's reason without the input it quotes (`…, "[[x" is not valid JSON`), with an unprintable token named by code
 * point.
 */
function v8Reason(error: unknown): string {
	const reason = v8Message(error)
		.replace(/,? in JSON at position \d+.*$/s, '')
		.replace(/, (?:\.\.\.)?".*$/s, '')
		.replace(/'(.)'/su, (quoted, token: string) => (showChar(token) === token ? quoted : showChar(token)));
	const clean = sanitizeLine(reason);
	if (clean.length === 0 || clean.length > 80) return 'syntax error';
	return clean.charAt(0).toLowerCase() + clean.slice(1);
}

/** Maps a JSON path to the line and column of that value in the source text. */
function locator(text: string): (path: readonly PropertyKey[]) => {line?: number; column?: number} {
	let root: jsonc.Node | undefined;
	try {
		root = jsonc.parseTree(text);
	} catch {
		root = undefined; // nesting too deep to walk: problems are still reported, without lines
	}
	const lines = new LineIndex(text);
	return path => {
		// Stryker disable next-line ConditionalExpression: jsonc's findNodeAtLocation finds nothing in no tree either
		if (!root) return {};
		// A missing key has no node: point at the nearest enclosing value that exists.
		for (let length = path.length; length >= 0; length--) {
			// Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: zod's paths hold no symbols
			const segments = path.slice(0, length).filter((key): key is string | number => typeof key !== 'symbol');
			const node = jsonc.findNodeAtLocation(root, segments);
			if (node) {
				const target = node.parent?.type === 'property' && length === path.length ? node.parent : node;
				return lines.at(target.offset);
			}
		}
		return {};
	};
}

const EXPECTED: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	null: 'null',
};

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
	const description = describeSchemaAt(issue.path);
	switch (issue.code) {
		case 'invalid_type': {
			const expected = EXPECTED[issue.expected] ?? issue.expected;
			// Descriptions are written for editors' tooltips ("The quotes behind …"); mid-sentence they start lower case.
			const what = description
				? `${expected}: ${description.charAt(0).toLowerCase()}${description.slice(1)}`
				: expected;
			return issue.input === undefined
				? `missing, expected ${what}`
				: `expected ${what}, found ${describeValue(issue.input)}`;
		}
		case 'unrecognized_keys': {
			const key = String(issue.path.at(-1));
			const known = keysAt(issue.path.slice(0, -1));
			const near = closest(key, known);
			return near
				? `unknown key, did you mean "${near}"?`
				: `unknown key, expected one of ${known.map(name => `"${name}"`).join(', ')}`;
		}
		case 'invalid_value':
			// The kinds list what this version writes: "paraphrase", read from older files, is not offered.
			return `expected ${issue.values
				.filter(value => value !== OLD_REPORTED)
				.map(value => JSON.stringify(value))
				.join(', ')
				.replace(/, ([^,]*)$/, ' or $1')}, found ${describeValue(issue.input)}`;
		case 'invalid_format':
		case 'too_small':
		case 'too_big':
			// Our schema words these messages itself; add what was found.
			return issue.message.includes('found') ? issue.message : `${issue.message}, found ${describeValue(issue.input)}`;
		default:
			return issue.message;
	}
}

type Schema = z.core.$ZodType;
type SchemaDef = {type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema; in?: Schema};

/** The schema at a JSON path, or undefined where the path leaves the schema. */
function schemaAt(path: readonly PropertyKey[]): Schema | undefined {
	let schema: Schema | undefined = Briefing;
	for (const key of path) {
		const def = unwrap(schema)?._zod.def as SchemaDef | undefined;
		// Own keys only: a user's "__proto__" or "constructor" must not find Object.prototype's members.
		if (def?.type === 'object' && typeof key === 'string')
			schema = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
		else if (def?.type === 'array' && typeof key === 'number') schema = def.element;
		else return undefined;
	}
	return schema;
}

function keysAt(path: readonly PropertyKey[]): string[] {
	const def = unwrap(schemaAt(path))?._zod.def as SchemaDef | undefined;
	return Object.keys(def?.shape ?? {});
}

/** The description registered for the schema at a JSON path (or what it wraps), to say what a value should be. */
function describeSchemaAt(path: readonly PropertyKey[]): string | undefined {
	const described = (schema: Schema | undefined) => (schema ? z.globalRegistry.get(schema)?.description : undefined);
	const schema = schemaAt(path);
	return described(schema) ?? described(unwrap(schema));
}

function unwrap(schema: Schema | undefined): Schema | undefined {
	let current = schema;
	// Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: no schema here wraps 8 deep
	for (let depth = 0; current && depth < 8; depth++) {
		const def = current._zod.def as SchemaDef;
		if (def.type === 'optional' && def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else break;
	}
	return current;
}
