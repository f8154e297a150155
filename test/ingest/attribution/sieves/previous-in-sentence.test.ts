import {describe, expect, it} from 'vitest';
import {article, rulesOf} from '../../helpers.js';

describe('previous quotation of the sentence', () => {
	it("a second quotation of a sentence with nothing else to go on has the first one's speaker", () => {
		const found = rulesOf(
			article('Vote', '"It is over," Senator Ann Lee said, "and the people of this state have spoken."'),
		);
		expect(found.map(([, speaker]) => speaker)).toEqual(['Ann Lee', 'Ann Lee']);
	});
});
