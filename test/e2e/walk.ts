// A tour of everything the dashboard can show for any briefing, reading where it is from the footer
// ("speaker 2 of 5", "quote 1 of 3", "topic 1 of 2", "1–9 of 22"), so it needs no knowledge of the data.

import type {Screen, Session} from './pty.js';

/** Called with every screen the tour stops at, with a few words saying where that is. */
export type Visit = (shown: Screen, where: string) => void;

const MARK = '▌ ';

/** The footer row: the frame is rows − 1 lines and the footer is its last. */
export const footerOf = (session: Session, shown: Screen) => shown[session.rows - 2] ?? '';

/**
 * Where the footer says you are, in its full form ("quote 2 of 10") or, on narrow terminals, a shorter
 * one ("quote 2/10", "2/10").
 */
const at = (label: string, index: number | string, count: number | string) =>
	new RegExp(`(?:^|\\s)(?:${label} ${index} of ${count}|${label} ${index}/${count}|${index}/${count})(?:\\s|$)`);

const count = (pattern: RegExp, text: string) => {
	const found = pattern
		.exec(text)
		?.slice(1)
		.find(group => group !== undefined);
	return found === undefined ? undefined : Number(found);
};

/**
 * Visits the Summary (every page), the help, every quote of every speaker (and each in its paragraph,
 * every page), and every topic (every page, closed and opened), calling `visit` on each screen.
 */
export async function walkEverything(session: Session, visit: Visit): Promise<void> {
	const footer = (shown: Screen) => footerOf(session, shown);
	const see = async (wanted: (shown: Screen) => boolean, where: string) => {
		const shown = await session.waitFor(wanted);
		visit(shown, where);
		return shown;
	};
	const range = (shown: Screen) => /(\d+)–(\d+)(?: of |\/)(\d+)\s*$/.exec(footer(shown));
	/** Pages down (PgDn) to the end of the scrolled part of the screen. */
	const pages = async (first: Screen, where: string) => {
		let shown = first;
		for (let match = range(shown); match && match[2] !== match[3]; match = range(shown)) {
			const before = match[0];
			session.press('PageDown');
			shown = await see(next => range(next)?.[0] !== before, `${where}, paged`);
		}
	};
	const marked = (shown: Screen) => shown.some(line => line.includes(MARK));

	session.press('1');
	await pages(await see(shown => shown.some(line => line.includes('[1 Summary]')), 'summary'), 'summary');
	session.press('?');
	await pages(await see(shown => shown.some(line => /^ Keys(\s|$)/.test(line)), 'help'), 'help');
	session.press('Escape');
	await see(shown => !shown.some(line => /^ Keys(\s|$)/.test(line)), 'help closed');

	session.press('2');
	const quotesPane = await see(
		shown => shown.some(line => line.includes('[2 Quotes]')) && at('speaker', 1, '\\d+').test(footer(shown)),
		'quotes',
	);
	const speakers = count(at('speaker', 1, '(\\d+)'), footer(quotesPane)) ?? 0;
	for (let speaker = 1; speaker <= speakers; speaker++) {
		const onSpeaker = (shown: Screen) => at('speaker', speaker, speakers).test(footer(shown)) && !marked(shown);
		if (speaker > 1) {
			session.press('j');
			await see(onSpeaker, `speaker ${speaker}`);
		}
		session.press('Enter');
		const first = await see(
			shown => at('quote', 1, '\\d+').test(footer(shown)) && marked(shown),
			`speaker ${speaker}, quote 1`,
		);
		const quotes = count(at('quote', 1, '(\\d+)'), footer(first)) ?? 0;
		for (let quote = 1; quote <= quotes; quote++) {
			const onQuote = (shown: Screen) => at('quote', quote, quotes).test(footer(shown)) && marked(shown);
			const where = `speaker ${speaker}, quote ${quote}`;
			if (quote > 1) {
				session.press('j');
				await see(onQuote, where);
			}
			session.press('Enter');
			await pages(
				await see(
					shown => at('quote', quote, quotes).test(footer(shown)) && !marked(shown),
					`${where} in its paragraph`,
				),
				`${where} in its paragraph`,
			);
			session.press('Escape');
			await see(onQuote, where);
		}
		session.press('Escape');
		await see(onSpeaker, `speaker ${speaker}`);
	}

	session.press('3');
	const listShown = (shown: Screen) => shown.some(line => /^Topics(\s|$)/.test(line));
	const positionsPane = await see(shown => shown.some(line => line.includes('[3 Positions]')), 'positions');
	const topics = count(at('topic', 1, '(\\d+)'), footer(positionsPane)) ?? 0;
	for (let topic = 1; topic <= topics; topic++) {
		const onTopic = (shown: Screen) => at('topic', topic, topics).test(footer(shown)) && listShown(shown);
		let shown = positionsPane;
		if (topic > 1) {
			session.press('j');
			shown = await see(onTopic, `topic ${topic}`);
		}
		await pages(shown, `topic ${topic}`);
		session.press('Enter');
		await pages(
			await see(
				next => at('topic', topic, topics).test(footer(next)) && !listShown(next),
				`topic ${topic}, quotes behind`,
			),
			`topic ${topic}, quotes behind`,
		);
		session.press('Escape');
		await see(onTopic, `topic ${topic}`);
	}
}
