import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {findReported} from '../../../source/ingest/quotes/reported.js';
import {article} from '../helpers.js';

function reportedOf(text: string): [string, string][] {
	return findReported(analyseArticle(text)).map(item => [item.text, item.speaker.name]);
}

describe('findReported', () => {
	it('finds "X said" with and without "that", and pronoun subjects', () => {
		expect(
			reportedOf(
				article(
					'Talks',
					'Russian Deputy Foreign Minister Alexander Grushko said on Wednesday that Moscow would use military means if needed.',
					'He later said the alliance had ignored Russian proposals.',
					'NATO Secretary General Jens Stoltenberg underlined that Ukraine has the right to choose its own path.',
				),
			),
		).toEqual([
			['Moscow would use military means if needed.', 'Alexander Grushko'],
			['the alliance had ignored Russian proposals.', 'Alexander Grushko'],
			['Ukraine has the right to choose its own path.', 'Jens Stoltenberg'],
		]);
	});

	it('skips the listener of "told" and "warned", and ends before a trailing participle clause', () => {
		expect(
			reportedOf(
				article(
					'Warning',
					'NATO warned Russia it would not compromise on its principles, adding that talks could go on.',
				),
			),
		).toEqual([
			['it would not compromise on its principles', 'NATO'],
			['talks could go on.', 'NATO'],
		]);
	});

	it('reads "according to X"', () => {
		expect(
			reportedOf(article('Poll', 'According to the electoral commission, turnout was the highest in twenty years.')),
		).toEqual([['turnout was the highest in twenty years.', 'Electoral commission']]);
	});

	it('leaves statements that are quotations to the quotation finder', () => {
		expect(reportedOf(article('Talks', 'Stoltenberg said the talks were "a very serious exchange".'))).toEqual([]);
	});
});
