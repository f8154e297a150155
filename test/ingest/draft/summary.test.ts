import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../../source/ingest/analyse.js';
import {keyFigures, leadSentence, publishedDate, summaryBullets} from '../../../source/ingest/draft/summary.js';
import {article} from '../helpers.js';

const text = article(
	'Troops massed near border',
	'Russia has massed an estimated 100,000 combat-ready troops near the border, officials said on Monday.',
	'Protesters gathered in the capital.',
	'The fighting has killed more than 14,000 people since 2014, according to the United Nations.',
	'Leaders will meet again in Geneva next week to discuss arms control and missile deployments.',
	'Talks between the two sides began in Brussels on Wednesday and lasted almost four hours.',
	'"We are ready," one of the negotiators said as he left the building after the talks.',
);

describe('summary', () => {
	it('takes the lead sentence as the standfirst and the next lead sentences as bullets, skipping fragments and quotations', () => {
		const analysis = analyseArticle(text);
		expect(leadSentence(analysis)).toMatch(/^Russia has massed/);
		const bullets = summaryBullets(analysis);
		expect(bullets).toHaveLength(3);
		expect(bullets[0]).toMatch(/^The fighting has killed/);
		expect(bullets.join(' ')).not.toMatch(/Protesters gathered|We are ready/);
	});

	it('finds figures with what they count, by the act that counts them, and skips years', () => {
		const figures = keyFigures(analyseArticle(text));
		expect(figures).toContainEqual({value: 'an estimated 100,000', label: 'combat-ready troops massed by Russia'});
		expect(figures).toContainEqual({value: 'more than 14,000', label: 'people killed by the fighting'});
		expect(figures.some(figure => figure.value.includes('2014'))).toBe(false);
		const arrests = keyFigures(
			analyseArticle(article('H', 'More than 1,000 people have been arrested since the protests began in June.')),
		);
		expect(arrests).toContainEqual({
			value: 'More than 1,000',
			label: 'people arrested since the protests began in June',
		});
	});

	it('reads a publication date near the top, in either order', () => {
		expect(publishedDate(analyseArticle(article('H', 'Published January 12, 2022. Talks began.')))).toBe('2022-01-12');
		expect(publishedDate(analyseArticle(article('H', 'Brussels, 12 January 2022 — Talks began.')))).toBe('2022-01-12');
		expect(publishedDate(analyseArticle(article('H', 'Talks began on Wednesday.')))).toBeUndefined();
	});

	it('reads a date line, and never takes a date in the story for the publication date', () => {
		expect(publishedDate(analyseArticle(article('H', 'Friday, January 4, 2019\n\nAn apartment block fell.')))).toBe(
			'2019-01-04',
		);
		expect(publishedDate(analyseArticle(article('H', 'LONDON (Wire) 3 March 2024 - Ministers met.')))).toBe(
			'2024-03-03',
		);
		expect(publishedDate(analyseArticle(article('H', '2024-03-05: Ministers met.')))).toBe('2024-03-05');
		// Dates of events, not of the article.
		expect(
			publishedDate(analyseArticle(article('H', 'The council will meet on 12 January 2022 to decide.'))),
		).toBeUndefined();
		expect(
			publishedDate(analyseArticle(article('H', 'Ministers met.\n\nThe treaty, signed on March 3, 2001, expired.'))),
		).toBeUndefined();
		expect(publishedDate(analyseArticle(article('H', 'Published 31 February 2024. Talks.')))).toBeUndefined();
		expect(publishedDate(analyseArticle(article('H', 'Published February 31, 2024. Talks began.')))).toBeUndefined();
	});
});
