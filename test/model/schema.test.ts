import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Briefing, type BriefingInput} from '../../source/model/schema.js';
import {bundledFiles, FIXTURES} from '../paths.js';

const MINIMAL: BriefingInput = JSON.parse(readFileSync(path.join(FIXTURES, 'minimal-briefing.json'), 'utf8'));

/** A fresh copy of the minimal briefing to change. */
function minimal(): BriefingInput {
	return structuredClone(MINIMAL);
}

/** Every string in a value, however deep. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** What a terminal would act on: C0/C1 controls (tab and newline included), DEL, bidi controls. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the bundled briefings', () => {
	it('are at least the seven stories the dashboard ships with', () => {
		expect(bundledFiles().length).toBeGreaterThanOrEqual(7);
	});

	it.each(bundledFiles().map(file => [path.basename(file), file]))('%s passes the schema', (_name, file) => {
		const result = Briefing.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it('the minimal test fixture passes the schema too', () => {
		expect(Briefing.safeParse(minimal()).error?.issues ?? []).toEqual([]);
	});
});

describe('sanitising text as it enters', () => {
	const hostile = {
		csi: 'Council \x1b[31mdelays\x1b[0m vote',
		osc8: 'Read \x1b]8;;https://evil.example\x07the report\x1b]8;;\x07 now',
		title: '\x1b]0;pwned\x1b\\Headline',
		c1: 'Price \x9b2Jrises',
		bidi: 'file \u202egnp.exe\u202c name',
		bell: 'ding\x07 dong\x00',
		whitespace: '  many\t\tspaces\nand\r\nlines\u00a0\u2028here  ',
	};

	it('removes escape sequences whole, controls and bidi overrides, and folds white space', () => {
		const input = minimal();
		input.headline = hostile.csi;
		input.standfirst = hostile.osc8;
		input.source.name = hostile.title;
		input.summary = [hostile.c1, hostile.bidi];
		input.keyFacts = [{label: hostile.bell, value: hostile.whitespace}];
		const result = Briefing.safeParse(input);
		expect(result.success).toBe(true);
		const briefing = result.data!;
		expect(briefing.headline).toBe('Council delays vote');
		expect(briefing.standfirst).toBe('Read the report now');
		expect(briefing.source.name).toBe('Headline');
		expect(briefing.summary).toEqual(['Price rises', 'file gnp.exe name']);
		expect(briefing.keyFacts).toEqual([{label: 'ding dong', value: 'many spaces and lines here'}]);
	});

	it('reaches every text field: sides, speakers, quotes, topics, timeline, paragraphs', () => {
		const input = minimal();
		const dirty = (text: string) => `\x1b[1m${text}\u202e\t`;
		input.background = input.background.map(dirty);
		input.timeline = input.timeline.map(entry => ({...entry, event: dirty(entry.event)}));
		input.sides = input.sides.map(side => ({...side, name: dirty(side.name), description: dirty('who')}));
		input.speakers = input.speakers.map(speaker => ({...speaker, name: dirty(speaker.name), role: dirty('role')}));
		input.quotes = input.quotes.map(quote => ({...quote, text: dirty(quote.text), context: dirty('context')}));
		input.topics = input.topics.map(topic => ({
			...topic,
			title: dirty(topic.title),
			common: dirty('common'),
			positions: topic.positions.map(position => ({...position, summary: dirty(position.summary)})),
		}));
		input.paragraphs = input.paragraphs.map(dirty);
		input.source = {
			...input.source,
			author: dirty('author'),
			licence: dirty('CC BY 2.5'),
			attribution: dirty('attribution'),
		};
		input.$schema = '\x1b]0;title\x07./briefing.schema.json';
		const result = Briefing.safeParse(input);
		expect(result.success).toBe(true);
		const unsafe = stringsIn(result.data).filter(text => UNSAFE.test(text) || text !== text.trim());
		expect(unsafe).toEqual([]);
		expect(result.data!.quotes[0]!.text).toBe('The town needs this bridge.');
	});

	it('keeps ordinary Unicode: accents, CJK, emoji, typographic quotes', () => {
		const input = minimal();
		input.headline = 'Zoë’s café — 東京 🚀 “quoted”';
		expect(Briefing.safeParse(input).data?.headline).toBe('Zoë’s café — 東京 🚀 “quoted”');
	});

	it('treats a string of only control characters as empty text', () => {
		const input = minimal();
		input.headline = '\x1b[2J\x07\u202e\t \x00';
		const result = Briefing.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map(issue => [issue.path, issue.message])).toEqual([
			[['headline'], 'expected the headline, found only white space or control characters'],
		]);
	});

	it('rejects a source URL carrying an escape sequence or spaces rather than printing it', () => {
		for (const url of ['https://example.com/\x1b[31mred', 'https://example.com/\u202egnp', 'https://example.com/a b']) {
			const input = minimal();
			input.source.url = url;
			const result = Briefing.safeParse(input);
			expect(result.error?.issues.map(issue => [issue.path, issue.message])).toEqual([
				[['source', 'url'], 'expected an http(s) URL without spaces or control characters'],
			]);
		}
	});

	it('accepts only http(s) URLs', () => {
		const input = minimal();
		input.source.url = 'javascript:alert(1)';
		expect(Briefing.safeParse(input).error?.issues[0]?.message).toBe('expected an http(s) URL');
	});
});

describe('dates (issue 14, item 11: "2024-02-31" validated and printed as "31 February 2024")', () => {
	it.each([
		['2024-02-31', 'February 2024 has 29 days'],
		['2023-02-29', 'February 2023 has 28 days'],
		['1900-02-29', 'February 1900 has 28 days'],
		['2024-04-31', 'April 2024 has 30 days'],
	])('%s is not on the calendar, as a publication date or in the timeline', (date, why) => {
		const input = minimal();
		input.source.published = date;
		input.timeline = [{date, event: 'Something happened.'}];
		expect(Briefing.safeParse(input).error?.issues.map(issue => [issue.path.join('.'), issue.message])).toEqual([
			['source.published', `expected a date on the calendar, found "${date}": ${why}`],
			['timeline.0.date', `expected a date on the calendar, found "${date}": ${why}`],
		]);
	});

	it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2024', '2024-02'])('%s is', date => {
		const input = minimal();
		input.timeline = [{date, event: 'Something happened.'}];
		if (date.length === 10) input.source.published = date;
		expect(Briefing.safeParse(input).error?.issues ?? []).toEqual([]);
	});
});
