import {fold} from './lexicon.js';
import {slug} from './sides.js';
import {words} from './vocabulary.js';

// Draft topics: each side's statements grouped under the words that more than one side talks about.
// Crude on purpose and marked draft: a starting point for the person editing the briefing.

/** A quotation or reported statement; `reported` for reported speech, which is never shown in quotation marks. */
export type Statement = {id: string; sideId: string; speakerName: string; text: string; reported?: boolean};
export type DraftTopic = {
	id: string;
	title: string;
	positions: {sideId: string; summary: string; quoteIds: string[]}[];
	agreement: 'unclear';
	draft: true;
};

const STOPWORDS = new Set(
	words(`
		about above after again against all also although among another because been before being between both could does
		doing down during each every from further have having here into itself just more most much must never only other ours
		over same should since some such than that their theirs them then there these they this those through under until
		very were what when where which while whom will with would your said says told added going want wants make made
		people thing things time year years today week there's it's that's don't we're they're cannot without within across
		around still already really something nothing anything everything anyone someone everyone nobody
	`),
);

function keywords(text: string): Set<string> {
	const found = new Set<string>();
	for (const match of text.matchAll(/[\p{L}][\p{L}’'-]{3,}/gu)) {
		const word = fold(match[0]).replace(/['’]s$/, '');
		if (word.length < 5 || STOPWORDS.has(word)) continue;
		found.add(word.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
	}
	return found;
}

function summaryOf(statements: readonly Statement[]): string {
	const first = statements[0]!;
	// A quotation cut before its attribution ends in a comma ("…membership," he said): not in a summary.
	const whole = first.text.replace(/[,;:]+$/, '');
	const text = whole.length > 180 ? `${whole.slice(0, 177).replace(/\s+\S*$/, '')}…` : whole;
	return first.reported ? `${first.speakerName}: ${text}` : `${first.speakerName}: “${text}”`;
}

/**
 * Up to three draft topics: words that statements of at least two sides share; else one topic with every side's
 * statements.
 */
export function draftTopics(statements: readonly Statement[], headline: string): DraftTopic[] {
	const bySide = new Map<string, Statement[]>();
	for (const statement of statements) {
		const list = bySide.get(statement.sideId);
		if (list) list.push(statement);
		else bySide.set(statement.sideId, [statement]);
	}
	if (bySide.size === 0) return [];

	const words = new Map<string, {sides: Set<string>; count: number}>();
	const keywordsOf = new Map<Statement, Set<string>>();
	for (const statement of statements) {
		const found = keywords(statement.text);
		keywordsOf.set(statement, found);
		for (const word of found) {
			const entry = words.get(word) ?? {sides: new Set(), count: 0};
			entry.sides.add(statement.sideId);
			entry.count++;
			words.set(word, entry);
		}
	}
	const shared = [...words.entries()]
		.filter(([, entry]) => entry.sides.size >= 2)
		.sort((a, b) => b[1].sides.size - a[1].sides.size || b[1].count - a[1].count || a[0].localeCompare(b[0]));

	const topics: DraftTopic[] = [];
	const covered = new Set<Statement>();
	for (const [word] of shared) {
		if (topics.length >= 3) break;
		const about = statements.filter(statement => keywordsOf.get(statement)!.has(word));
		if (about.every(statement => covered.has(statement))) continue;
		for (const statement of about) covered.add(statement);
		const title = word.charAt(0).toUpperCase() + word.slice(1);
		topics.push(topic(`topic-${slug(word, 'words')}`, title, about));
	}
	if (topics.length === 0)
		topics.push(topic('main-statements', `What each side said: ${headline}`.slice(0, 120), statements));
	return topics;
}

function topic(id: string, title: string, statements: readonly Statement[]): DraftTopic {
	const bySide = new Map<string, Statement[]>();
	for (const statement of statements) {
		const list = bySide.get(statement.sideId);
		if (list) list.push(statement);
		else bySide.set(statement.sideId, [statement]);
	}
	return {
		id,
		title,
		positions: [...bySide.entries()].map(([sideId, own]) => ({
			sideId,
			summary: summaryOf(own),
			quoteIds: own.map(statement => statement.id),
		})),
		agreement: 'unclear',
		draft: true,
	};
}
