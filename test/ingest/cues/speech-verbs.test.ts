// Which words are cues, verbs of saying used as one (source/ingest/cues/speech-verbs.ts): each rule stated on the
// words of one paragraph, as a reader would pick out the verbs that say someone spoke.

import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {isSpeechVerb, wordsAfter} from '../../../source/ingest/cues/speech-verbs.js';

/** The words of a paragraph read as cues, in order. */
function cues(paragraph: string): string[] {
	const analysis = analyseArticle(`Story\n\n${paragraph}`);
	return analysis.sentences
		.filter(sentence => sentence.block >= 0)
		.flatMap(sentence => sentence.tokens.filter((_, index) => isSpeechVerb(sentence, index)).map(token => token.text));
}

describe('verbs of saying', () => {
	it('a verb of saying after its subject is a cue, in any tense', () => {
		expect(cues('He says it was late. Tom said it was late. The mayor, speaking on Monday, warned of delays.')).toEqual(
			['says', 'said', 'speaking', 'warned'],
		);
	});

	it('a verb of saying that opens the sentence is a cue, capitalised or not', () => {
		expect(cues('Says Tom: "We are ready."')).toEqual(['Says']);
	});

	it('a capitalised word inside a sentence is part of a name, not a cue', () => {
		expect(cues('The Washington Post Report was out.')).toEqual([]);
		expect(cues('Mayor Says It Was Late.')).toEqual([]);
	});

	it('a possessive is a noun, not a cue', () => {
		expect(cues("The report's findings were clear.")).toEqual([]);
	});

	it('"state" before a noun it modifies is no verb: "state media", "the official state news agency"', () => {
		expect(cues('On Monday, the official state news agency said it was late.')).toEqual(['said']);
		expect(cues('Officials in the state media office said it was late.')).toEqual(['said']);
		expect(cues('The documents state that it was late. "It was late," states the report.')).toEqual([
			'state',
			'states',
		]);
	});

	it('what follows can rule a verb out: "called for", "spoke to" are not cues; "pointed out" is', () => {
		expect(cues('She called for calm. She called on Tom to go. Officials spoke to the press.')).toEqual([]);
		expect(cues('He pointed out that it was late. He pointed at the map.')).toEqual(['pointed']);
	});
});

describe('"read" and "reads"', () => {
	it('a text that reads is a cue only when its quoted words follow at once', () => {
		expect(cues('The statement read: "We are ready."')).toEqual(['read']);
		expect(cues('The statement read in part, "We are ready."')).toEqual(['read']);
		expect(cues('The statement read "We are ready."')).toEqual(['read']);
		expect(cues('The statement reads: "We are ready."')).toEqual(['reads']);
		expect(cues('The statement read:"We are ready."')).toEqual(['read']);
		expect(cues('He read the statement aloud.')).toEqual([]);
		expect(cues('He read the statement, "We are ready."')).toEqual([]);
	});

	it('a capitalised "Read" is not a text reading out', () => {
		expect(cues('Read the statement: "We are ready."')).toEqual([]);
	});
});

describe('passives and nouns', () => {
	it('a passive is not a cue: "was told", "is being said", "has been told"', () => {
		expect(cues('It is being said that it was late. He has been told to leave.')).toEqual([]);
	});

	it('nor one with a word between: "was also told", "was then told"', () => {
		expect(cues('He was also told to leave. He was then told to leave.')).toEqual([]);
	});

	it('but "has also said" and "had also said" are cues', () => {
		expect(cues('He has also said it was late. He had also said it was late.')).toEqual(['said', 'said']);
	});

	it('"as reported" is the reporter’s aside; "as saying" is a cue', () => {
		expect(cues('As reported by the BBC, it was late.')).toEqual([]);
		expect(cues('The bridge was late, as stated in the report.')).toEqual([]);
		expect(cues('He was quoted as saying it was late.')).toEqual(['saying']);
	});

	it('a verb with its agent after "by" is a passive; an -ing form, or "by saying", is not', () => {
		expect(cues('The plan announced by the mayor was late.')).toEqual([]);
		expect(cues('The mayor, speaking by phone, said it was late.')).toEqual(['speaking', 'said']);
		expect(cues('He warned by saying it was late.')).toEqual(['warned', 'saying']);
	});

	it('after a determiner it is a noun: "the statement", "a report"', () => {
		expect(cues('The statement was late. A report said it was late.')).toEqual(['said']);
	});
});

describe('an -s form is a verb only after its subject', () => {
	it('after a common noun that cannot speak it is a noun: "the security demands"', () => {
		expect(cues('The security demands were high.')).toEqual([]);
		expect(cues('The summit demands were clear. The health demands were clear.')).toEqual([]);
	});

	it('a past tense is a verb after any noun', () => {
		expect(cues('Residents of the area insisted it was late.')).toEqual(['insisted']);
	});

	it('after a pronoun, an adverb, a relative, a speaker noun or a name it is a verb', () => {
		expect(
			cues('He later says it was late. The mayor, who says it was late, left. The minister says so. Tom says so.'),
		).toEqual(['says', 'says', 'says', 'says']);
		expect(cues('The union demands a pay rise.')).toEqual(['demands']);
	});

	it('right after a quotation it is the inverted verb of saying', () => {
		expect(cues('"It was late," says Tom.')).toEqual(['says']);
	});

	it('after a word that is no subject it is not a verb', () => {
		expect(cues('Her says it was late.')).toEqual([]);
	});
});

describe('wordsAfter', () => {
	it('is the lower-case start of what follows a word, from its next non-space character', () => {
		const analysis = analyseArticle('Story\n\nThe mayor said   ON Monday that it was late.');
		const sentence = analysis.sentences.find(item => item.block === 0)!;
		const said = sentence.tokens.find(token => token.key === 'said')!;
		expect(wordsAfter(sentence, said)).toBe('on monday that it was late.');
	});

	it('is empty after the last word', () => {
		const analysis = analyseArticle('Story\n\nThe mayor spoke');
		const sentence = analysis.sentences.find(item => item.block === 0)!;
		expect(wordsAfter(sentence, sentence.tokens.at(-1)!)).toBe('');
	});

	it('reads no more than 200 characters', () => {
		const analysis = analyseArticle(`Story\n\nThe mayor said ${'very '.repeat(60)}late.`);
		const sentence = analysis.sentences.find(item => item.block === 0)!;
		const said = sentence.tokens.find(token => token.key === 'said')!;
		expect(wordsAfter(sentence, said)).toBe('very '.repeat(40));
	});
});
