import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../../source/ingest/text/article.js';

describe('parseArticle', () => {
	it('takes the first line as the headline and blank-line separated paragraphs', () => {
		const article = parseArticle('Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n');
		expect(article.headline.text).toBe('Headline here');
		expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual(['First paragraph.', 'Second paragraph.']);
	});

	it('accepts CRLF line ends and a byte order mark, keeping offsets into the normalised text', () => {
		const article = parseArticle('\ufeffHeadline\r\n\r\nOne.\r\n\r\nTwo.');
		expect(article.headline.text).toBe('Headline');
		expect(article.paragraphs.map(paragraph => article.text.slice(paragraph.start, paragraph.end))).toEqual([
			'One.',
			'Two.',
		]);
	});

	it('treats single newlines as paragraph breaks, and joins hard-wrapped lines', () => {
		const single = parseArticle('Headline\nFirst paragraph of the story.\nSecond paragraph of the story.');
		expect(single.paragraphs.map(paragraph => paragraph.text)).toEqual([
			'First paragraph of the story.',
			'Second paragraph of the story.',
		]);
		const wrapped = parseArticle(
			'Headline\n\nThis paragraph was wrapped by hand at about seventy columns, as\nplain-text newsletters often are, and it goes on for a while\nbefore it ends.',
		);
		expect(wrapped.paragraphs).toHaveLength(1);
	});

	it('turns no-break spaces into spaces without moving offsets', () => {
		const article = parseArticle('Headline\n\nA\u00a0B');
		expect(article.paragraphs[0]!.text).toBe('A B');
	});

	it('reads a trailing "Source:" line as the source name, not a paragraph', () => {
		const article = parseArticle('Headline\n\nBody text.\n\nSource: Al Jazeera and news agencies');
		expect(article.sourceName).toBe('Al Jazeera and news agencies');
		expect(article.paragraphs).toHaveLength(1);
	});
});
