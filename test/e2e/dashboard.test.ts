// Issue "The dashboard": the bundled NATO-Russia briefing, driven with the keyboard in a real terminal
// at three sizes. Done when a person can reach every quote of every speaker and every topic's positions.

import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {loadBriefingFile} from '../../source/model/load.js';
import type {Briefing, Quote} from '../../source/model/schema.js';
import {BINDINGS} from '../../source/navigation/keymap.js';
import {
	frameText,
	type Key,
	layoutProblems,
	ROOT,
	type Screen,
	type Session,
	start,
	stopAll,
	terminalRestored,
	type Wanted,
} from './pty.js';

const FILE = 'data/nato-russia-council-2022.json';

/** The briefing as the app shows it: loaded and sanitised by the app's own loader. */
const briefing: Briefing = (() => {
	const result = loadBriefingFile(join(ROOT, FILE));
	if (!result.ok) throw new Error(`the bundled briefing does not load: ${JSON.stringify(result.problems)}`);
	return result.briefing;
})();

const SIZES = [
	[80, 24],
	[60, 20],
	[120, 40],
] as const;

const TABS = ['1 Summary', '2 Quotes', '3 Positions', '4 Article'] as const;

/** A walk through a whole briefing: seconds when the machine is idle, much longer when it is busy. */
const WALK = {timeout: 120_000};

afterEach(stopAll);

/** The row the dashboard's footer is on: the frame is rows − 1 lines, the footer its last. */
const footer = (session: Session, shown: Screen) => shown[session.rows - 2] ?? '';

/** Collapses runs of white space, so text wrapped over several rows can be compared with the data. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The first words of a text, at most `limit` characters: short enough to sit on the first row of any column it wraps
 * into.
 */
function openingWords(text: string, limit: number): string {
	const words = text.split(' ');
	let result = words[0]!.slice(0, limit);
	for (const word of words.slice(1)) {
		if (result.length + 1 + word.length > limit) break;
		result += ` ${word}`;
	}
	return result;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(SIZES)('the dashboard at %ix%i', (columns, rows) => {
	/** Every screen visited is checked for lines past the edge and for a free last row. */
	async function see(session: Session, wanted: Wanted): Promise<Screen> {
		const shown = await session.waitFor(wanted);
		expect(layoutProblems(session), frameText(shown)).toEqual([]);
		return shown;
	}

	const open = (options: {sttyAfter?: boolean} = {}) =>
		start([FILE], {columns, rows, ready: briefing.headline.slice(0, 20), ...options});

	/** The active tab is bracketed (and inverse when styled): "[2 Quotes]". */
	const onPane = (tab: (typeof TABS)[number]) => (shown: Screen) => shown.some(line => line.includes(`[${tab}]`));

	test('starts on the Summary with the headline and the four tabs', async () => {
		const session = await open();
		const shown = await see(session, onPane('1 Summary'));
		// The first line is a breadcrumb: the headline, shortened where it must be to leave room for "› Summary".
		expect(shown[0]).toContain(briefing.headline.slice(0, Math.min(columns - 12, briefing.headline.length)));
		expect(shown[0]).toMatch(/› Summary$/);
		for (const tab of TABS) expect(shown[2]).toContain(tab);
		expect(squash(shown.join(' '))).toContain(openingWords(briefing.standfirst, 30));
	});

	test(
		'every pane is reached both ways (→/←, l/h, Tab/S-Tab with wrap-around, 1/2/3/4), ? opens and closes help, q exits 0',
		WALK,
		async () => {
			const session = await open({sttyAfter: true});
			await see(session, onPane('1 Summary'));
			const route = async (keys: readonly [Key, (typeof TABS)[number]][]) => {
				for (const [key, tab] of keys) {
					session.press(key);
					await see(session, onPane(tab));
				}
			};
			// Forwards round the ring and past its end, then backwards past its start.
			for (const [next, previous] of [
				['Right', 'Left'],
				['l', 'h'],
				['Tab', 'S-Tab'],
			] as const) {
				await route([
					[next, '2 Quotes'],
					[next, '3 Positions'],
					[next, '4 Article'],
					[next, '1 Summary'],
					[previous, '4 Article'],
					[previous, '3 Positions'],
					[previous, '2 Quotes'],
					[previous, '1 Summary'],
				]);
			}
			await route([
				['4', '4 Article'],
				['3', '3 Positions'],
				['1', '1 Summary'],
				['2', '2 Quotes'],
				['2', '2 Quotes'],
				['1', '1 Summary'],
			]);

			// Help lists every key of the one key table (scrolling it on short terminals).
			const helpShown = (shown: Screen) => shown.some(line => /^ Keys(\s|$)/.test(line));
			const helpClosed = (shown: Screen) => !helpShown(shown) && onPane('1 Summary')(shown);
			session.press('?');
			let current = await see(session, helpShown);
			const seen = [...current];
			// Where the help does not fit, PgDn pages through it to its end (the keys, then the symbols).
			const range = (shown: Screen) => /(\d+)–(\d+) of (\d+)\s*$/.exec(footer(session, shown));
			for (let match = range(current); match && match[2] !== match[3]; match = range(current)) {
				const before = match[0];
				session.press('PageDown');
				current = await see(session, shown => range(shown)?.[0] !== before);
				seen.push(...current);
			}
			const text = seen.join('\n');
			for (const binding of BINDINGS)
				expect(text, `help shows "${binding.keys}"`).toMatch(
					new RegExp(`${escapeRegExp(binding.keys)}\\s+${escapeRegExp(binding.description)}`),
				);
			session.press('?');
			await see(session, helpClosed);
			session.press('?');
			await see(session, helpShown);
			session.press('Escape');
			await see(session, helpClosed);
			session.press('?');
			await see(session, helpShown);
			session.press('Backspace');
			await see(session, helpClosed);

			session.press('q');
			expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
			expect(terminalRestored(session.raw())).toEqual([]);
		},
	);

	test('Ctrl+C exits 0 with the terminal restored', async () => {
		const session = await open({sttyAfter: true});
		session.press('2');
		await see(session, onPane('2 Quotes'));
		session.press('C-c');
		expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
		expect(terminalRestored(session.raw())).toEqual([]);
	});

	test(
		'every quote of every speaker can be reached with j, opened in its paragraph with Enter and closed with Esc',
		WALK,
		async () => {
			const speakersWithQuotes = briefing.speakers.filter(speaker =>
				briefing.quotes.some(quote => quote.speakerId === speaker.id),
			);
			expect(speakersWithQuotes).toHaveLength(briefing.speakers.length);
			const session = await open();
			session.press('2');
			const speakerCount = briefing.speakers.length;
			await see(
				session,
				shown => onPane('2 Quotes')(shown) && footer(session, shown).includes(`speaker 1 of ${speakerCount}`),
			);

			/** The selected quote: the rows marked "▌ " in the gutter, joined back into one text. */
			const selectedText = (shown: Screen) =>
				squash(
					shown
						.filter(line => line.includes('▌ '))
						.map(line => line.slice(line.indexOf('▌ ') + 2))
						.join(' '),
				);
			const body = (quote: Quote) =>
				quote.kind === 'reported' || quote.kind === 'mixed' ? quote.text : `“${quote.text}`;

			const reached = new Set<string>();
			const counts: number[] = [];
			for (let speaker = 1; speaker <= speakerCount; speaker++) {
				if (speaker > 1) {
					session.press('j');
					await see(session, shown => footer(session, shown).includes(`speaker ${speaker} of ${speakerCount}`));
				}
				session.press('Enter');
				const first = await see(
					session,
					shown => /quote 1 of \d+/.test(footer(session, shown)) && shown.some(line => line.includes('▌ ')),
				);
				const count = Number(/quote 1 of (\d+)/.exec(footer(session, first))![1]);
				counts.push(count);
				for (let index = 1; index <= count; index++) {
					const isSelected = (shown: Screen) =>
						footer(session, shown).includes(`quote ${index} of ${count}`) && shown.some(line => line.includes('▌ '));
					if (index > 1) session.press('j');
					const shown = await see(session, isSelected);
					const selected = selectedText(shown);
					const quote = briefing.quotes.find(candidate =>
						selected.startsWith(squash(openingWords(body(candidate), 40))),
					);
					expect(quote, `the selected quote is one of the briefing's:\n${frameText(shown)}`).toBeDefined();
					const speakerName = briefing.speakers.find(candidate => candidate.id === quote!.speakerId)!.name;
					expect(shown.join('\n'), 'the speaker of the selected quote is on screen').toContain(speakerName);
					reached.add(quote!.id);

					// Enter: the quote in its paragraph, then Esc back to the same quote.
					session.press('Enter');
					const where =
						quote!.paragraph === undefined
							? 'paragraph not given'
							: `paragraph ${quote!.paragraph + 1} of ${briefing.paragraphs.length}`;
					const paragraph = await see(
						session,
						view =>
							view.some(line => line.includes(speakerName) && line.includes(where)) &&
							!view.some(line => line.includes('▌ ')),
					);
					if (quote!.paragraph !== undefined)
						expect(squash(paragraph.join(' '))).toContain(openingWords(briefing.paragraphs[quote!.paragraph]!, 12));
					session.press('Escape');
					const back = await see(session, isSelected);
					expect(selectedText(back)).toBe(selected);
				}
				session.press('Escape');
				await see(session, shown => footer(session, shown).includes(`speaker ${speaker} of ${speakerCount}`));
			}

			const perSpeaker = briefing.speakers.map(
				speaker => briefing.quotes.filter(quote => quote.speakerId === speaker.id).length,
			);
			expect([...counts].sort()).toEqual([...perSpeaker].sort());
			const missed = briefing.quotes.filter(quote => !reached.has(quote.id)).map(quote => `${quote.id}: ${quote.text}`);
			expect(missed).toEqual([]);
		},
	);

	test("every topic's positions, and the quotes behind them, can be reached", WALK, async () => {
		const session = await open();
		const topicCount = briefing.topics.length;
		const sideName = (id: string) => briefing.sides.find(side => side.id === id)!.name;
		const range = (shown: Screen) => /(\d+)–(\d+) of (\d+)\s*$/.exec(footer(session, shown));
		const listShown = (shown: Screen) => shown.some(line => /^Topics\s/.test(line));

		/** Screens from here to the end of the detail, a page (PgDn) at a time. */
		async function pages(first: Screen): Promise<string> {
			const seen = [first.join('\n')];
			let shown = first;
			for (let match = range(shown); match && match[2] !== match[3]; match = range(shown)) {
				const before = match[0];
				session.press('PageDown');
				shown = await see(session, next => range(next)?.[0] !== before);
				seen.push(shown.join('\n'));
			}
			return squash(seen.join('\n'));
		}

		session.press('3');
		let shown = await see(
			session,
			next => onPane('3 Positions')(next) && footer(session, next).includes(`topic 1 of ${topicCount}`),
		);
		for (let index = 1; index <= topicCount; index++) {
			const topic = briefing.topics[index - 1]!;
			if (index > 1) {
				session.press('j');
				shown = await see(session, next => footer(session, next).includes(`topic ${index} of ${topicCount}`));
			}
			const overview = await pages(shown);
			expect(overview).toContain(`── ${openingWords(topic.title, 20)}`);
			for (const position of topic.positions) {
				expect(overview, `${topic.id}: the side ${position.sideId}`).toContain(sideName(position.sideId));
				expect(overview, `${topic.id}: the position of ${position.sideId}`).toContain(
					openingWords(position.summary, 14),
				);
			}

			session.press('Enter');
			const opened = await pages(
				await see(
					session,
					next => !listShown(next) && footer(session, next).includes(`topic ${index} of ${topicCount}`),
				),
			);
			for (const position of topic.positions)
				for (const id of position.quoteIds) {
					const quote = briefing.quotes.find(candidate => candidate.id === id)!;
					const speaker = briefing.speakers.find(candidate => candidate.id === quote.speakerId)!.name;
					expect(opened, `${topic.id}: quote ${id}`).toContain(openingWords(quote.text, 14));
					expect(opened, `${topic.id}: who said ${id}`).toContain(`— ${openingWords(speaker, 14)}`);
				}
			session.press('Escape');
			shown = await see(
				session,
				next => listShown(next) && footer(session, next).includes(`topic ${index} of ${topicCount}`),
			);
		}
	});
});

test('keys typed faster than the dashboard draws (one read of "jjj", "j" then Enter) all count', async () => {
	const session = await start([FILE], {columns: 80, rows: 24, ready: briefing.headline.slice(0, 20)});
	session.press('2');
	await session.waitFor('speaker 1 of 8');
	// One write: the terminal hands the program all three letters in one read, as when a key is held down.
	session.pty.write('jjj');
	await session.waitFor('speaker 4 of 8');
	session.pty.write('k\r');
	await session.waitFor(
		shown => shown.some(line => /quote 1 of \d+/.test(line)) && shown.some(line => line.includes('▌ ')),
	);
	session.pty.write('jq');
	expect(await session.exit()).toEqual({exitCode: 0, signal: 0});
});
