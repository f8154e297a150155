// The rules of reported speech (source/ingest/quotes/reported.ts) that mutation testing showed no test stated: where
// the content of a cue starts and ends, which cues report nothing, the clause around a cue, "according to", the cues
// that only report, mixed clauses and what a reader is shown.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findReported, findReportedAndMixed} from '../../../source/ingest/quotes/reported.js';
import {article} from '../helpers.js';

/** Reported speech of an article, as [text, speaker], with what a reader is shown when it is not the text. */
function reportedOf(...paragraphs: string[]): string[][] {
	return findReported(analyseArticle(article('Story', ...paragraphs))).map(item =>
		item.display === item.text
			? [item.text, item.speaker.name]
			: [item.text, item.speaker.name, `shown: ${item.display}`],
	);
}

/** Reported and mixed speech, as [kind, text]. */
function kindsOf(...paragraphs: string[]): [string, string][] {
	return findReportedAndMixed(analyseArticle(article('Story', ...paragraphs))).map(item => [item.kind, item.text]);
}

const MAYOR = 'Mayor Ruth Okafor';

describe('what follows the cue', () => {
	it('when and where it was said, between the cue and "that", is not what was said', () => {
		expect(reportedOf(`${MAYOR} said on Monday in a statement that the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said later that the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
		expect(reportedOf('Officials said in a statement on Monday after the vote that the bridge would close.')).toEqual([
			['the bridge would close.', 'Officials'],
		]);
	});

	it('a longer phrase before "that" is skipped too, but not one with a comma in it', () => {
		expect(
			reportedOf(`${MAYOR} said in a filing to the regional transport authority that the bridge would close.`),
		).toEqual([['the bridge would close.', 'Ruth Okafor']]);
		expect(reportedOf(`${MAYOR} said in a filing, to the authority that the bridge would close.`)).toEqual([]);
	});

	it('the listener of "told" comes before what was said: a pronoun, or a common noun before a clause', () => {
		expect(reportedOf(`${MAYOR} told them that the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} told the court she was forced to sign.`)).toEqual([
			['she was forced to sign.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} told reporters on Monday that the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
	});

	it('the one asked comes before the infinitive, which is kept with its "to" and shown with the verb', () => {
		expect(reportedOf(`${MAYOR} ordered her staff to delay the vote.`)).toEqual([
			['to delay the vote.', 'Ruth Okafor', 'shown: ordered her staff to delay the vote.'],
		]);
		expect(reportedOf(`${MAYOR} called for the council to publish its reports.`)).toEqual([
			['the council to publish its reports.', 'Ruth Okafor', 'shown: called for the council to publish its reports.'],
		]);
	});

	it('a clause ends at a semicolon, a trailing participle, "according to" or a second cue', () => {
		expect(reportedOf(`${MAYOR} said the bridge would close; the council agreed.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said the bridge would close, rejecting calls to keep it open.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said the bridge would close according to the plan.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said the bridge would close and also said the road would stay open.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
			['the road would stay open.', 'Ruth Okafor'],
		]);
	});

	it('an object ends at a comma or a clause of time or reason', () => {
		expect(reportedOf(`${MAYOR} announced the closure of the bridge, the road and the park.`)).toEqual([
			['the closure of the bridge', 'Ruth Okafor', 'shown: announced the closure of the bridge'],
		]);
		expect(reportedOf(`${MAYOR} announced the closure of the bridge amid protests.`)).toEqual([
			['the closure of the bridge', 'Ruth Okafor', 'shown: announced the closure of the bridge'],
		]);
		expect(reportedOf(`${MAYOR} announced its closure after the storm.`)).toEqual([
			['its closure', 'Ruth Okafor', 'shown: announced its closure'],
		]);
	});

	it('a clause after a verb that also takes an object is a clause', () => {
		expect(reportedOf(`${MAYOR} announced it would close.`)).toEqual([
			['it would close.', 'Ruth Okafor', 'shown: announced it would close.'],
		]);
	});

	it('a pronoun object, a naming cue’s object or a word or two is not what was said', () => {
		expect(reportedOf(`${MAYOR} announced him as the winner.`)).toEqual([]);
		expect(kindsOf(`${MAYOR} described the talks as "a disaster".`)).toEqual([]);
		expect(reportedOf(`${MAYOR} said yes.`)).toEqual([]);
		expect(reportedOf(`${MAYOR} called for calm.`)).toEqual([]);
	});
});

describe('what counts as a clause after "said"', () => {
	it('a subject and a finite verb: a modal, a past, a contraction, a tensed verb the lexicon knows', () => {
		expect(
			reportedOf(
				`${MAYOR} said the driver saw nothing.`,
				`${MAYOR} said the driver understands nothing.`,
				`${MAYOR} said the bridge won’t close.`,
			),
		).toEqual([
			['the driver saw nothing.', 'Ruth Okafor'],
			['the driver understands nothing.', 'Ruth Okafor'],
			['the bridge won’t close.', 'Ruth Okafor'],
		]);
	});

	it('a plain verb after a plural subject or a pronoun', () => {
		expect(reportedOf(`${MAYOR} said the stores fill up fast.`, `${MAYOR} said they believe it.`)).toEqual([
			['the stores fill up fast.', 'Ruth Okafor'],
			['they believe it.', 'Ruth Okafor'],
		]);
	});

	it('no verb, a gerund, a preposition, a conjunction or a verb first is no clause', () => {
		expect(
			reportedOf(
				`${MAYOR} said the bridge in June.`,
				`${MAYOR} said downing the bridge was wrong.`,
				`${MAYOR} said to the council the bridge would close.`,
				`${MAYOR} said and the bridge would close.`,
				`${MAYOR} said is the bridge closed.`,
				`${MAYOR} said the bridge quickly closing.`,
			),
		).toEqual([]);
	});

	it('the verb must come before a comma: what follows a relative clause is not looked at', () => {
		expect(reportedOf(`${MAYOR} said the bridge, which Tom Berg has built, would close.`)).toEqual([]);
	});

	it('"he said" right after the cue is another cue, not its content', () => {
		expect(reportedOf(`${MAYOR} said he said nothing.`)).toEqual([]);
	});
});

describe('where a clause or an object ends', () => {
	it('a trailing participle of saying or reasoning ends the clause', () => {
		const endings = ['adding that the cost rose', 'saying nothing more', 'noting the cost', 'calling it a shame'];
		const more = ['while the road stays open', 'insisting on safety', 'warning of delays', 'according to the minutes'];
		for (const ending of [...endings, ...more])
			expect(reportedOf(`${MAYOR} said the bridge would close, ${ending}.`)[0]).toEqual([
				'the bridge would close',
				'Ruth Okafor',
			]);
	});

	it('a second verb of saying after "and" or "but" ends the first clause and starts its own', () => {
		expect(reportedOf(`${MAYOR} said the bridge would close but added that the road would stay open.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
			['the road would stay open.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said the bridge would close, and warned of delays.`)).toEqual([
			['the bridge would close', 'Ruth Okafor'],
		]);
	});

	it('an object ends before "since", "before", "during"', () => {
		for (const word of ['since', 'before', 'during'])
			expect(reportedOf(`${MAYOR} announced the closure of the bridge ${word} the storm.`)).toEqual([
				['the closure of the bridge', 'Ruth Okafor', 'shown: announced the closure of the bridge'],
			]);
	});

	it('a verb within the first words makes the content a clause, which runs to the sentence end', () => {
		expect(reportedOf(`${MAYOR} announced the closure of the bridge when the storm came.`)).toEqual([
			[
				'the closure of the bridge when the storm came.',
				'Ruth Okafor',
				'shown: announced the closure of the bridge when the storm came.',
			],
		]);
	});
});

describe('the finite verbs that make a clause', () => {
	it('auxiliaries and modals', () => {
		const verbs = ['is', 'was', 'might', 'cannot', 'has', 'must', 'shall', 'did'];
		expect(verbs.map(verb => reportedOf(`${MAYOR} said the bridge ${verb} close.`).length)).toEqual(verbs.map(() => 1));
	});

	it('a past in -ed, an irregular past, a contraction', () => {
		expect(
			reportedOf(
				`${MAYOR} said the bridge closed yesterday.`,
				`${MAYOR} said the crews drove home.`,
				`${MAYOR} said the bridge’s closed.`,
			),
		).toEqual([
			['the bridge closed yesterday.', 'Ruth Okafor'],
			['the crews drove home.', 'Ruth Okafor'],
			['the bridge’s closed.', 'Ruth Okafor'],
		]);
	});

	it('an adverb, a participle or a preposition is no verb', () => {
		expect(
			reportedOf(
				`${MAYOR} said the crews quickly home.`,
				`${MAYOR} said the crews going home.`,
				`${MAYOR} said the crews about home.`,
			),
		).toEqual([]);
	});

	it('a clause may open with a pronoun or "there" before its verb, not with the verb', () => {
		expect(reportedOf(`${MAYOR} said it is late.`, `${MAYOR} said there is no money.`)).toEqual([
			['it is late.', 'Ruth Okafor'],
			['there is no money.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} said is it late.`)).toEqual([]);
	});

	it('a clause that opens with "if" or "because" is not read', () => {
		expect(
			reportedOf(`${MAYOR} said if it rains the bridge closes.`, `${MAYOR} said because it rained the bridge closed.`),
		).toEqual([]);
	});
});

describe('cues that report nothing', () => {
	it('"declined to say" is unrealised; "has also said" is said', () => {
		expect(reportedOf(`${MAYOR} declined to say whether the bridge would close.`)).toEqual([]);
		expect(reportedOf(`${MAYOR} has also said the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
	});
});

describe('the clause around a cue', () => {
	it('"The bridge, she said, will close": the part after the cue must open with a verb or "to"', () => {
		expect(reportedOf(`${MAYOR} spoke on Monday.`, 'The bridge, she said, to close in June.')).toEqual([
			['The bridge', 'Ruth Okafor'],
			['to close in June.', 'Ruth Okafor'],
		]);
		expect(reportedOf(`${MAYOR} spoke on Monday.`, 'The bridge, she said, close in June.')).toEqual([]);
		expect(reportedOf(`${MAYOR} spoke on Monday.`, 'The bridge, she said, in May.')).toEqual([]);
	});

	it('the clause before a cue that ends the sentence', () => {
		expect(reportedOf(`${MAYOR} spoke on Monday.`, 'The bridge will close in June, she said.')).toEqual([
			['The bridge will close in June', 'Ruth Okafor'],
		]);
	});

	it('but not when the cue goes on at length, goes on with "that", or the clause has no verb', () => {
		expect(
			reportedOf(
				`${MAYOR} spoke on Monday.`,
				'The bridge will close in May, she said on Monday at the town hall with the whole council there.',
				'The bridge will close, she said that day.',
				'Bridge closing, she said.',
			),
		).toEqual([]);
	});

	it('the speaker’s apposition before the cue is not content', () => {
		expect(reportedOf(`${MAYOR}, the town's leader, said the bridge would close.`)).toEqual([
			['the bridge would close.', 'Ruth Okafor'],
		]);
	});

	it('the words before another cue in the sentence are that cue’s', () => {
		expect(kindsOf(`${MAYOR} remarked, "We are ready," and the bridge, she said, would close.`)).toEqual([]);
	});
});

describe('"according to"', () => {
	it('opening the sentence: the clause after its comma; ending it: the clause before', () => {
		expect(reportedOf('According to the mayor, the bridge will close in June.')).toEqual([
			['the bridge will close in June.', 'Mayor'],
		]);
		expect(reportedOf('The bridge will close in June, according to the mayor.')).toEqual([
			['The bridge will close in June', 'Mayor'],
		]);
	});

	it('a clause of fewer than four words is not reported', () => {
		expect(reportedOf('According to the mayor, it closes.', 'It closes, according to the mayor.')).toEqual([]);
	});
});

describe('cues that only report', () => {
	it('"Reuters reported …" and "…, ABC reported."', () => {
		expect(reportedOf('Reuters reported the bridge would close in June.')).toEqual([
			['the bridge would close in June.', 'Reuters', 'shown: reported the bridge would close in June.'],
		]);
		expect(reportedOf('The bridge would close in June, ABC reported.')).toEqual([
			['The bridge would close in June', 'ABC'],
		]);
	});

	it('a passive, a noun or "reported on" is no source reporting', () => {
		expect(
			reportedOf(
				'It was reported the bridge would close.',
				'The reported closure of the bridge angered residents.',
				'Reuters reported on the closure.',
			),
		).toEqual([]);
	});

	it('a participle belongs to the sentence’s speaker', () => {
		expect(reportedOf(`${MAYOR} visited the site on Monday, calling for the bridge to close.`)).toEqual([
			['the bridge to close.', 'Ruth Okafor', 'shown: calling for the bridge to close.'],
		]);
	});

	it('"state" in "the official state news agency" is not a cue with the words after it as content', () => {
		expect(reportedOf('On Monday, the official state news agency said the bridge would close in June.')).toEqual([
			['the bridge would close in June.', 'News agency'],
		]);
	});

	it('a source described by a noun speaks as that description', () => {
		expect(reportedOf('On Monday, state media said the bridge would close in June.')).toEqual([
			['the bridge would close in June.', 'State media'],
		]);
	});
});

describe('mixed clauses', () => {
	it('a reported clause ending in quoted words is mixed, its marks kept', () => {
		expect(kindsOf(`${MAYOR} said the plan was "a disaster."`)).toEqual([['mixed', 'the plan was "a disaster."']]);
	});

	it('a quotation after a comma is a quotation of its own: the clause ends before it', () => {
		expect(kindsOf(`${MAYOR} said the bridge was safe, "We checked it."`)).toEqual([
			['reported', 'the bridge was safe'],
		]);
	});

	it('one lower-case word before the marks and a verb of the reporter’s after them make a mixed clause', () => {
		expect(kindsOf(`${MAYOR} said people "think about" it where they cannot see it.`)).toEqual([
			['mixed', 'people "think about" it where they cannot see it.'],
		]);
		expect(kindsOf(`${MAYOR} said the "plan" would fail.`)).toEqual([['mixed', 'the "plan" would fail.']]);
	});

	it('without the reporter’s verb after the marks, or with a name or nothing before them, it is a quotation', () => {
		expect(kindsOf(`${MAYOR} said people "think about" the bridge.`)).toEqual([]);
		expect(kindsOf(`${MAYOR} said Day "founded the company in 1990."`)).toEqual([]);
		expect(kindsOf(`${MAYOR} said "the plan" would fail.`)).toEqual([]);
	});

	it('an infinitive in quoted words stays a quotation', () => {
		expect(kindsOf(`${MAYOR} urged them to "stay calm".`)).toEqual([]);
	});
});
