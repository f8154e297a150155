import {describe, expect, it} from 'vitest';
import {
	evaluateArticle,
	loadDevelopmentSet,
	loadExtraSet,
	loadHeldOutSet,
	TARGETS,
	total,
} from '../../scripts/ingest-scoring.js';
import {draftBriefing} from '../../source/ingest/index.js';
import {validateBriefing} from '../../source/model/load.js';

// The measured targets of the issue, on the development set (12 Wikinews articles and the seed).
const development = loadDevelopmentSet();
const results = development.map(evaluateArticle);

describe('ingest on the development set', () => {
	it('finds direct quotations with F1 >= 0.97 and the right speaker for >= 95% of them', () => {
		const direct = total(results.map(result => result.direct));
		expect(direct.gold).toBe(91 + 18);
		expect(direct.f1).toBeGreaterThanOrEqual(TARGETS.directF1);
		// By the lenient rule the target was set with, as `eval:ingest -- --check` checks it (the strict figure is reported).
		expect(direct.lenientSpeakerAccuracy).toBeGreaterThanOrEqual(TARGETS.directSpeakerAccuracy);
	});

	it('finds every direct quotation of the seed article with the right speaker', () => {
		const seed = results.find(result => result.name.startsWith('seed'))!;
		expect(seed.errors.filter(error => !error.text.startsWith('[reported]'))).toEqual([]);
		expect(seed.direct.sameSpeaker).toBe(seed.direct.gold);
	});

	it('finds the reported speech of the seed article with its speakers', () => {
		const seed = results.find(result => result.name.startsWith('seed'))!;
		expect(seed.reported!.recall).toBeGreaterThanOrEqual(0.85);
		expect(seed.reported!.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
	});

	it('drafts a valid briefing for every article', () => {
		for (const article of development) {
			const {briefing} = draftBriefing(article.text);
			const checked = validateBriefing(JSON.parse(JSON.stringify(briefing)), `${article.name}.json`);
			expect(checked.ok, article.name).toBe(true);
			expect(briefing.draft).toBe(true);
			expect(briefing.summary.length).toBeGreaterThanOrEqual(3);
			expect(briefing.summary.length).toBeLessThanOrEqual(5);
		}
	});
});

describe('ingest on articles written for the tests', () => {
	// Wire-copy patterns the development set lacks: a quotation carried across paragraphs, ’90s, rock 'n' roll,
	// a role noun in the headline, "quoted X as saying", diacritics dropped in a later mention.
	it('finds every quotation and names the right speaker for nearly all', () => {
		const extra = total(
			loadExtraSet()
				.map(evaluateArticle)
				.map(result => result.direct),
		);
		expect(extra.f1).toBeGreaterThanOrEqual(0.97);
		expect(extra.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
	});
});

describe('ingest on the held-out set', () => {
	// Scores are reported by `npm run eval:ingest`, not asserted here: a held-out set that tests must pass gets tuned to.
	it('drafts a valid briefing for every held-out article', () => {
		const heldOut = loadHeldOutSet();
		expect(heldOut).toHaveLength(20);
		for (const article of heldOut) {
			const {briefing} = draftBriefing(article.text);
			expect(validateBriefing(JSON.parse(JSON.stringify(briefing)), `${article.name}.json`).ok, article.name).toBe(
				true,
			);
		}
	});
});
