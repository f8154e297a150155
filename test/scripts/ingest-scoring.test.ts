// The rules ingest is scored by (scripts/ingest-scoring.ts): what counts as found, and whose words they are.

import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	evaluateSpeech,
	type PredictedSpeech,
	predictedSpeech,
	type SpeechArticle,
	type SpeechKind,
	sameSpeaker,
	sameSpeakerLenient,
	unnamedRight,
} from '../../scripts/ingest-scoring.js';
import {FIXTURES, ROOT} from '../paths.js';

describe('sameSpeaker: the same person, named as the article names them', () => {
	const text = 'Senator Dick Durbin spoke first, then Adam Schiff. Later Durbin said the plan was dead.';

	it('the full name, whatever its case, diacritics, titles and initials', () => {
		expect(sameSpeaker('Recep Tayyip Erdoğan', 'recep tayyip erdogan')).toBe(true);
		expect(sameSpeaker('Donald Trump', 'President Donald J. Trump')).toBe(true);
		expect(sameSpeaker('Durham Hall QC', 'Durham Hall')).toBe(true);
		expect(sameSpeaker('Ricardo Rosselló Nevares', 'Ricardo Rosselló')).toBe(true);
	});

	it('a bare surname is wrong where the article gives the full name, right where it never does', () => {
		expect(sameSpeaker('Dick Durbin', 'Durbin', text)).toBe(false);
		expect(sameSpeakerLenient('Dick Durbin', 'Durbin')).toBe(true);
		expect(sameSpeaker('Donald Trump', 'Trump', 'President Trump said he may declare an emergency.')).toBe(true);
	});

	it('two people of one surname are two speakers', () => {
		const article = 'Sipho Dlamini, a trader, and Nomsa Dlamini, not related to him, spoke. Dlamini said it was dark.';
		expect(sameSpeaker('Nomsa Dlamini', 'Dlamini', article)).toBe(false);
		expect(sameSpeaker('Nomsa Dlamini', 'Sipho Dlamini', article)).toBe(false);
		expect(sameSpeakerLenient('Nomsa Dlamini', 'Dlamini')).toBe(true);
	});

	it('an organisation by its name or its acronym, as the article gives them', () => {
		expect(sameSpeaker('World Health Organization (WHO)', 'WHO')).toBe(true);
		expect(sameSpeaker('World Health Organisation', 'World Health Organization')).toBe(true);
		expect(sameSpeaker('National Transportation Safety Board', 'NTSB')).toBe(true);
		expect(sameSpeaker('United States Department of State', 'State Department', 'The State Department said so.')).toBe(
			true,
		);
		expect(
			sameSpeaker(
				'United States Department of State',
				'State Department',
				'on advice from the United States Department of State. The State Department said so.',
			),
		).toBe(false);
		expect(
			sameSpeaker('Russian Ministry of Defence', 'Ministry of Defence', "Russia's Ministry of Defence said."),
		).toBe(false);
	});

	it('a part of the name, one of a group, a name with a stray word, or someone who speaks for them, is wrong', () => {
		expect(sameSpeaker('Northern Ireland', 'Ireland', 'Northern Ireland has suggested it.')).toBe(false);
		expect(sameSpeaker('Dick Durbin and Adam Schiff', 'Dick Durbin', text)).toBe(false);
		expect(sameSpeaker('Nikki Haley', 'Nations Nikki Haley')).toBe(false);
		expect(sameSpeaker('Tesco', 'Spokesperson for Tesco')).toBe(false);
		expect(sameSpeaker('Joe Biden', 'Hunter Biden')).toBe(false);
	});

	it('the lenient rule: surnames and words of the name pass, other people do not', () => {
		expect(sameSpeakerLenient('Recep Tayyip Erdoğan', 'Erdogan')).toBe(true);
		expect(sameSpeakerLenient('Syrian Democratic Forces (SDF)', 'SDF')).toBe(true);
		expect(sameSpeakerLenient('United States Department of State', 'State Department')).toBe(true);
		expect(sameSpeakerLenient('Jens Stoltenberg', 'Vladimir Putin')).toBe(false);
	});
});

describe('unnamedRight: an unnamed source, left unnamed or named by the article’s description', () => {
	const text = [
		'Headline',
		'Officials said the plane had turned back. Witnesses said it was on fire.',
		'Al Jazeera reported that a source said the talks failed. A Tesco spokesman said stores stay open.',
	].join('\n\n');
	const at = (words: string) => ({text, start: text.indexOf(words), end: text.indexOf(words) + words.length});

	it('right when ingest names nobody', () => {
		expect(unnamedRight(undefined, {...at('the plane had turned back'), named: []})).toBe(true);
	});

	it('right for the article’s description of it, even where it opens a sentence', () => {
		expect(unnamedRight('Officials', {...at('the plane had turned back'), named: []})).toBe(true);
		expect(unnamedRight('Witnesses', {...at('it was on fire'), named: []})).toBe(true);
		expect(unnamedRight('Spokesperson for Tesco', {...at('stores stay open'), named: []})).toBe(true);
	});

	it('wrong for a name, for one of the article’s named speakers, or for words from elsewhere', () => {
		expect(unnamedRight('Al Jazeera', {...at('the talks failed'), named: []})).toBe(false);
		expect(unnamedRight('Officials', {...at('the plane had turned back'), named: ['Government officials']})).toBe(
			false,
		);
		expect(unnamedRight('Witnesses', {...at('the talks failed'), named: []})).toBe(false);
	});
});

describe('evaluateSpeech: found when the spans overlap in 30% of each, one-to-one, kind with kind', () => {
	const text =
		'Talks\n\nThe minister said talks would resume in March. She said the vote was "rigged and unfair" in her view.';
	const span = (words: string) => ({start: text.indexOf(words), end: text.indexOf(words) + words.length});
	const gold = (words: string, kind: SpeechKind, speaker: string | null = 'Ana Silva') => ({
		text: words,
		kind,
		speaker,
		...span(words),
	});
	const guess = (words: string, kind: SpeechKind, speaker: string | undefined = 'Ana Silva'): PredictedSpeech => ({
		text: words,
		kind,
		speaker,
		...span(words),
	});
	const article: SpeechArticle = {
		name: 'talks',
		text,
		speech: [gold('talks would resume in March', 'reported'), gold('the vote was "rigged and unfair"', 'mixed')],
		speakers: ['Ana Silva'],
	};

	it('reported speech found by a clause overlapping it, not by one that swallows the paragraph', () => {
		const found = evaluateSpeech(article, [guess('talks would resume', 'reported')]).scores.reported;
		expect([found.matched, found.recall]).toEqual([1, 1]);
		const paragraph = text.slice(text.indexOf('The minister'));
		const swallowed = evaluateSpeech(article, [guess(paragraph, 'reported')]).scores.reported;
		expect(swallowed.matched).toBe(0);
	});

	it('a quoted fragment of a mixed clause finds it among quotations, not as mixed, and is a direct extra', () => {
		const {scores} = evaluateSpeech(article, [guess('rigged and unfair', 'direct')]);
		expect(scores.mixed.matched).toBe(0);
		expect([scores.direct.predicted, scores.direct.matched]).toEqual([1, 0]);
		expect(scores.quoted.matched).toBe(1);
		expect(scores.all.matched).toBe(1);
	});

	it('one-to-one: a second prediction over the same words is an extra', () => {
		const {scores} = evaluateSpeech(article, [
			guess('talks would resume in March', 'reported'),
			guess('would resume in March', 'reported'),
		]);
		expect([scores.reported.matched, scores.reported.predicted, scores.reported.precision]).toEqual([1, 2, 0.5]);
	});

	it('speakers of matched pairs: strict and lenient counted apart', () => {
		const surname = {...article, speech: [gold('talks would resume in March', 'reported')]};
		const named = `${text} Ana Silva is the minister.`;
		const {scores} = evaluateSpeech({...surname, text: named}, [
			guess('talks would resume in March', 'reported', 'Silva'),
		]);
		expect([scores.reported.sameSpeaker, scores.reported.sameSpeakerLenient]).toEqual([0, 1]);
	});

	it('ingest’s partial quotations are scored as direct', () => {
		const kinds = predictedSpeech('Bridge\n\nTom Berg called the plan "a folly" on Monday.').map(item => item.kind);
		expect(kinds).toEqual(['direct']);
	});
});

it('the eval shows the blind sets as totals only, on screen and in --json', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'briefing-eval-'));
	try {
		const json = path.join(folder, 'eval.json');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/eval-ingest.ts', '--json', json, '--errors', '--errors-final', '--errors-speech'],
			{cwd: ROOT, encoding: 'utf8'},
		);
		expect(run.status, run.stderr).toBe(0);
		const saved = readFileSync(json, 'utf8');
		for (const set of ['blind', 'speech-blind'])
			for (const file of readdirSync(path.join(FIXTURES, set, 'articles'))) {
				const name = file.replace(/\.txt$/, '');
				expect(run.stdout, name).not.toContain(name);
				expect(saved, name).not.toContain(name);
			}
		expect(run.stdout).toContain('TOTAL (blind)');
		expect(run.stdout).toContain('Speech blind set');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}, 60_000);
