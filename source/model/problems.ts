import {sanitizeLine} from './sanitize.js';

/** Something wrong with a file a user gave us, written for that user. */
export type Problem = {
	readonly file: string;
	/** JSON path such as `quotes[3].speakerId`, when the problem is inside the document. */
	readonly path?: string;
	readonly line?: number;
	readonly column?: number;
	readonly message: string;
};

/** One line: `file:line:column: path: message`, with whatever parts are known. */
export function formatProblem(problem: Problem): string {
	let where = sanitizeLine(problem.file);
	if (problem.line !== undefined) where += `:${problem.line}:${problem.column ?? 1}`;
	return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** The problem without its file name, for lists that already name the file: `line 3, column 5: path: message`. */
export function describeProblem(problem: Problem): string {
	const parts: string[] = [];
	if (problem.line !== undefined) parts.push(`line ${problem.line}, column ${problem.column ?? 1}`);
	if (problem.path) parts.push(problem.path);
	parts.push(problem.message);
	return parts.join(': ');
}

/** An error a user caused (bad input, exit 1) or bad usage (exit 2): printed as its message, never as a stack. */
export class UserError extends Error {
	readonly problems: readonly Problem[];
	readonly exitCode: 1 | 2;

	constructor(message: string, options: {problems?: readonly Problem[]; exitCode?: 1 | 2} = {}) {
		super(message);
		this.name = 'UserError';
		this.problems = options.problems ?? [];
		this.exitCode = options.exitCode ?? 1;
	}

	static fromProblems(problems: readonly Problem[]): UserError {
		return new UserError(problems.map(formatProblem).join('\n'), {problems});
	}
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends UserError {
	constructor(message: string) {
		super(message, {exitCode: 2});
		this.name = 'UsageError';
	}
}

/** Keys longer than this are cut short in paths: a message names a place, it does not repeat the file. */
const MAX_KEY_LENGTH = 40;

function shorten(key: string): string {
	if (key.length <= MAX_KEY_LENGTH) return key;
	return `${key.slice(0, MAX_KEY_LENGTH - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/** `quotes[3].speakerId` from `['quotes', 3, 'speakerId']`; very long keys are shortened with "…". */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${shorten(key)}` : shorten(key);
		else out += `[${JSON.stringify(shorten(sanitizeLine(String(key))))}]`;
	}
	return out;
}

/** A short, safe description of a JSON value for "found …" in messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
	switch (typeof value) {
		case 'string': {
			const clean = sanitizeLine(value);
			if (clean.length === 0) return value.length === 0 ? 'an empty string' : 'a string of only control characters';
			return clean.length > 40 ? `"${clean.slice(0, 39)}…"` : `"${clean}"`;
		}
		case 'number':
			return `the number ${value}`;
		case 'boolean':
			return `${value}`;
		case 'object':
			return 'an object';
		default:
			return typeof value;
	}
}
