import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {decideAgreement} from '../../../source/ingest/draft/agreement.js';
import {phrasesOf} from '../../../source/ingest/draft/terms.js';
import {focus, textRank} from '../../../source/ingest/draft/topics.js';
import {draftBriefing, ingestArticle} from '../../../source/ingest/index.js';
import {FIXTURES} from '../../paths.js';
import {article} from '../helpers.js';

const seed = readFileSync(path.join(FIXTURES, 'seed', 'nato-russia-council.txt'), 'utf8');

describe('draft topics on the seed article', () => {
	const draft = draftBriefing(seed).briefing;
	const sideName = (id: string) => draft.sides.find(side => side.id === id)?.name;
	const speakerOf = (quoteId: string) =>
		draft.speakers.find(speaker => speaker.id === draft.quotes.find(quote => quote.id === quoteId)?.speakerId)?.name;

	it('drafts three to seven topics, each titled by a phrase, never one bare word', () => {
		expect(draft.topics.length).toBeGreaterThanOrEqual(3);
		expect(draft.topics.length).toBeLessThanOrEqual(7);
		for (const topic of draft.topics) expect(topic.title.split(/\s+/).length).toBeGreaterThan(1);
		expect(new Set(draft.topics.map(topic => topic.title)).size).toBe(draft.topics.length);
	});

	it('finds the open-door dispute, with both camps and the reason for the disagreement', () => {
		const openDoor = draft.topics.find(topic => /open[- ]door/i.test(topic.title));
		expect(openDoor).toBeDefined();
		const sides = openDoor!.positions.map(position => sideName(position.sideId));
		expect(sides).toContain('NATO and United States');
		expect(sides).toContain('Russia');
		expect(openDoor!.agreement).toBe('disagree');
		expect(openDoor!.reason).toMatch(/Russia demands/);
		expect(openDoor!.reason).toMatch(/NATO and United States refuse/);
		const speakers = openDoor!.positions.flatMap(position => position.quoteIds.map(speakerOf));
		expect(speakers).toContain('Wendy Sherman');
		expect(openDoor!.positions.map(position => position.summary).join('\n')).toMatch(/slam the door shut/);
	});

	it('puts NATO and the US in one camp, Russia and its officials in another, the reporter apart', () => {
		const sideOf = (name: string) => draft.speakers.find(speaker => speaker.name === name)?.sideId;
		expect(sideOf('Wendy Sherman')).toBe(sideOf('Jens Stoltenberg'));
		expect(sideOf('NATO')).toBe(sideOf('Jens Stoltenberg'));
		expect(sideOf('Alexander Grushko')).toBe(sideOf('Alexander Fomin'));
		expect(sideOf('Alexander Grushko')).not.toBe(sideOf('Jens Stoltenberg'));
		const butler = draft.sides.find(side => side.id === sideOf('Natacha Butler'));
		expect(butler?.kind).toBe('observer');
	});

	it('counts the caption and the headline once: the scare quote is no quotation, the caption no second one', () => {
		expect(draft.quotes.some(quote => quote.context === 'in the headline')).toBe(false);
		const risk = draft.quotes.filter(quote => /real risk for new armed conflict/.test(quote.text));
		expect(risk).toHaveLength(1);
	});

	it('keeps the figures with what they count, and dates only as precise as the article gives them', () => {
		expect(draft.keyFacts).toContainEqual({value: 'more than 14,000', label: 'people killed by fighting there'});
		expect(draft.timeline).toContainEqual(expect.objectContaining({date: '2014'}));
		expect(draft.timeline).toContainEqual(expect.objectContaining({date: '2019-07'}));
		expect(draft.source.published).toBeUndefined();
		expect(draft.summary.length).toBeLessThanOrEqual(4);
		expect(draft.background.join(' ')).toMatch(/annexed the Crimean Peninsula/);
	});

	it('lists every group it drafted', () => {
		expect(draft.drafted).toEqual(['summary', 'keyFacts', 'background', 'timeline', 'sides', 'quotes', 'topics']);
	});
});

describe('agreement', () => {
	const side = (name: string, ...texts: string[]) => ({sideId: name, name, observer: false, texts});

	it('is a disagreement where one side demands and another refuses, and says why', () => {
		const verdict = decideAgreement([
			side('Russia', 'It is imperative to end the policy of open doors'),
			side('NATO', 'We will not slam the door shut'),
		]);
		expect(verdict.agreement).toBe('disagree');
		expect(verdict.reason).toBe('Russia demands (“imperative”, “to end”); NATO refuses (“will not”)');
	});

	it('is agreement where both sides are open to it, partial where one demands what the other is open to', () => {
		expect(
			decideAgreement([side('A', 'We are ready to resume dialogue'), side('B', 'We welcome further talks')]).agreement,
		).toBe('agree');
		expect(decideAgreement([side('A', 'The talks must go on'), side('B', 'We welcome further talks')]).agreement).toBe(
			'partial',
		);
	});

	it('is unclear only when nothing said carries a cue, or one side alone speaks', () => {
		expect(
			decideAgreement([side('A', 'The meeting lasted four hours'), side('B', 'It was in Brussels')]).agreement,
		).toBe('unclear');
		expect(decideAgreement([side('A', 'We will not accept it')]).agreement).toBe('unclear');
	});

	it('is a disagreement when anyone on the topic says outright the sides are at odds', () => {
		const verdict = decideAgreement([
			side('NATO', 'There are significant differences between allies and Russia'),
			side('Russia', 'The talks were useful'),
		]);
		expect(verdict.agreement).toBe('disagree');
		expect(verdict.reason).toMatch(/at odds \(“differences”\)/);
	});
});

describe('camps', () => {
	it('merges allies named together as one subject, not the two ends of talks', () => {
		const allies = ingestArticle(
			article(
				'Talks',
				'France and Germany have rejected the plan, officials said.',
				'"We will not accept it," French Foreign Minister Anne Martin said.',
				'"It is unacceptable," German Chancellor Klaus Weber said.',
				'"The plan must go ahead," Italian Prime Minister Luca Rossi said.',
			),
		);
		const sideOf = (name: string) => allies.speakers.find(speaker => speaker.name === name)?.sideId;
		expect(sideOf('Anne Martin')).toBe(sideOf('Klaus Weber'));
		expect(sideOf('Luca Rossi')).not.toBe(sideOf('Anne Martin'));

		const talks = ingestArticle(
			article(
				'Talks',
				'Talks between France and Germany ended without a deal.',
				'"We will not accept it," French Foreign Minister Anne Martin said.',
				'"It is unacceptable," German Chancellor Klaus Weber said.',
			),
		);
		const talksSide = (name: string) => talks.speakers.find(speaker => speaker.name === name)?.sideId;
		expect(talksSide('Anne Martin')).not.toBe(talksSide('Klaus Weber'));
	});
});

describe('dates', () => {
	it('never dates an event more precisely than the article, nor from a relative day', () => {
		const draft = ingestArticle(
			article(
				'Council meets',
				'The council met on Wednesday for the first time in months to discuss the budget.',
				'It last met in March 2021, when members argued over the same budget for hours.',
				'The council was founded in 1998 to oversee the city’s finances and its spending.',
				'A new budget was approved on 4 May 2022 after a long debate among its members.',
			),
		);
		const dates = draft.timeline.map(entry => entry.date);
		expect(dates).toEqual(['1998', '2021-03', '2022-05-04']);
	});
});

describe('topic phrases and positions', () => {
	it('keeps noun phrases whose words can be verbs where the grammar says they are nouns', () => {
		const texts = (text: string) => phrasesOf(text).map(phrase => phrase.text);
		expect(texts('Talks with Moscow on arms control, missile deployments and military incidents')).toEqual(
			expect.arrayContaining(['arms control', 'missile deployments', 'military incidents']),
		);
		expect(texts('He said the Turkish drilling is lawful')).toContain('Turkish drilling');
		// A verb is no part of the phrase it follows.
		expect(texts('said a protester using the pseudonym')).not.toContain('protester using');
		expect(texts('not even Beijing knows how')).toContain('Beijing');
	});

	it('ranks the terms an article keeps linking to others first (TextRank)', () => {
		const rank = textRank([
			['missile', 'deployment', 'talk'],
			['missile', 'limit', 'europe'],
			['missile', 'treaty'],
			['weather', 'sunny'],
		]);
		const order = [...rank.entries()].sort((a, b) => b[1] - a[1]).map(([term]) => term);
		expect(order[0]).toBe('missile');
	});

	it('cuts a long statement to its part on the topic, marking the cut', () => {
		const text =
			'NATO is eager to discuss ways to prevent dangerous military incidents or accidents and reduce space and ' +
			'cyber-threats, as well as to talk about arms control and disarmament, including setting agreed limits on ' +
			'missile deployments';
		const cut = focus(text, 140, new Set(['arm', 'control', 'missile', 'deployment']));
		expect(cut.startsWith('…')).toBe(true);
		expect(cut).toMatch(/arms control/);
		expect(cut).toMatch(/missile deployments/);
		expect(cut.length).toBeLessThanOrEqual(141);
		// Where the opening holds the topic's words, the statement is cut at its end as before.
		expect(focus(text, 140, new Set(['military', 'incident']))).toMatch(/^NATO is eager/);
	});

	it('is a disagreement when one side objects to what another says it will do', () => {
		const side = (name: string, ...texts: string[]) => ({sideId: name, name, observer: false, texts});
		const verdict = decideAgreement([
			side('USCIRF', 'criticized the move'),
			side('Turkey', 'he might rename the monument'),
		]);
		expect(verdict.agreement).toBe('disagree');
		expect(verdict.reason).toMatch(/Turkey means to act \(“might”\)/);
		// Two sides that only say what they will do have not said what they make of each other.
		expect(decideAgreement([side('A', 'We will build it'), side('B', 'They will vote')]).agreement).toBe('unclear');
		// "No plans to leave" is no plan the other side objects to.
		expect(
			decideAgreement([side('A', 'I do not think that can be right'), side('B', 'she had no plans to leave')])
				.agreement,
		).toBe('unclear');
	});
});
