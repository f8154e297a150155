import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodePage} from '../../source/web/charset.js';
import {extractArticle} from '../../source/web/extract.js';
import {dateInUrl, dayOf} from '../../source/web/metadata.js';
import {PAGES} from './server.js';

const body = (paragraphs: number) =>
	Array.from(
		{length: paragraphs},
		(_, index) =>
			`<p>Paragraph ${index + 1} says what the council decided on the river crossing, and why it matters to the town.</p>`,
	).join('\n');

const page = (head: string, article: string, url?: string) =>
	extractArticle(`<!doctype html><html lang="en"><head>${head}</head><body>${article}</body></html>`, url);

describe('metadata, only as stated', () => {
	it('takes the date from JSON-LD, then article:published_time, then <time>, then the URL', () => {
		const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"H","datePublished":"2024-03-05T23:30:00-05:00","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}],"publisher":{"name":"The Post"}}]}</script>`;
		expect(page(ld, `<article>${body(6)}</article>`).metadata).toMatchObject({
			published: '2024-03-05',
			publishedFrom: 'JSON-LD datePublished',
			byline: 'Ann Lee and Bo Chan',
			outlet: 'The Post',
		});
		expect(
			page('<meta property="article:published_time" content="2023-11-02T08:00:00Z">', body(6)).metadata.published,
		).toBe('2023-11-02');
		expect(page('', `<article><time datetime="2022-07-09">9 July</time>${body(6)}</article>`).metadata.published).toBe(
			'2022-07-09',
		);
		expect(page('', body(6), 'https://news.test/2021/04/30/story').metadata.published).toBe('2021-04-30');
	});

	it('leaves the date unknown when the page states none, and ignores impossible ones', () => {
		const undated = page('<title>Story</title>', `<header><time datetime="2026-12-03">Today</time></header>${body(6)}`);
		expect(undated.metadata.published).toBeUndefined();
		expect(page('<meta name="date" content="2024-02-31">', body(6)).metadata.published).toBeUndefined();
		expect(dayOf('Wed, 12 Jan 2022 14:03:00 GMT')).toBe('2022-01-12');
		expect(dateInUrl('https://a.test/2024/05/story')).toBeUndefined();
		expect(dateInUrl('https://a.test/news/20240229-leap')).toBe('2024-02-29');
	});

	it('takes the outlet from og:site_name, else the host; the canonical URL; the language', () => {
		const meta = page(
			'<meta property="og:site_name" content="Gazette"><link rel="canonical" href="/news/a?x=1#top">',
			body(6),
			'https://www.gazette.test/amp/a',
		).metadata;
		expect(meta).toMatchObject({outlet: 'Gazette', canonical: 'https://www.gazette.test/news/a?x=1', language: 'en'});
		expect(page('', body(6), 'https://www.daily.test/x').metadata.outlet).toBe('daily.test');
		expect(
			page('<link rel="canonical" href="javascript:alert(1)">', body(6), 'https://a.test/x').metadata.canonical,
		).toBe('https://a.test/x');
	});
});

describe('the body', () => {
	it('keeps paragraphs, subheadings and block quotes; drops furniture; keeps captions apart', () => {
		const result = page(
			'<title>Council votes | Gazette</title>',
			`<nav><a href="/">Home</a><a href="/news">News</a></nav>
			<div class="cookie-banner"><p>We use cookies to improve your experience on this site, as described in our policy.</p></div>
			<article><h1>Council votes</h1>${body(3)}
			<figure><img src="a.jpg"><figcaption>"We did it," said the mayor, as seen here. (Photo: Gazette)</figcaption></figure>
			<h2>What comes next</h2>${body(2)}
			<blockquote><p>The crossing will open in spring, the council said in a statement on its website.</p></blockquote>
			<div class="share-tools"><a>Share on Facebook</a><a>Share on X</a></div>
			<p><strong>READ MORE:</strong> <a href="/x">Mayor opens new library in the old town hall</a></p>
			<div class="newsletter-signup"><p>Get the Gazette's morning briefing in your inbox every day of the week.</p></div>
			</article>
			<section class="comments"><p>First! This council never listens to anyone in the east of the town.</p></section>`,
		);
		expect(result.headline).toBe('Council votes');
		expect(result.blocks.map(block => block.kind)).toEqual([
			'paragraph',
			'paragraph',
			'paragraph',
			'heading',
			'paragraph',
			'paragraph',
			'quote',
		]);
		expect(result.captions).toEqual(['"We did it," said the mayor, as seen here. (Photo: Gazette)']);
		const text = result.blocks.map(block => block.text).join('\n');
		expect(text).not.toMatch(/cookies|Share on|READ MORE|morning briefing|First!|Home/);
	});

	it('keeps an article inside a <form> that wraps the whole page (ASP.NET), and leaves out a small form', () => {
		const result = page(
			'<title>Council votes</title>',
			`<form id="aspnetForm" method="post"><h1>Council votes</h1><div class="story">${body(20)}</div>
			<form class="poll"><p>Which crossing do you prefer for the river? Vote in our poll of readers today.</p></form></form>`,
		);
		expect(result.words).toBeGreaterThan(300);
		expect(result.blocks.map(block => block.text).join(' ')).not.toContain('poll');
	});

	it('keeps subheadings that are links to themselves, and code comments (found on real pages)', () => {
		const result = page(
			'<title>Reading a File - The Book</title>',
			`<div class="menu-bar"><h1 class="menu-title">The Book</h1></div><main>${body(3)}
			<h2 id="next"><a class="header" href="#next">What comes next</a></h2>${body(2)}
			<pre><code><span class="hljs-comment">// read the whole file at once</span>\nlet text = read(path);</code></pre></main>`,
		);
		expect(result.headline).toBe('Reading a File');
		expect(result.blocks.find(block => block.kind === 'heading')?.text).toBe('What comes next');
		expect(result.blocks.map(block => block.text).join('\n')).toContain('// read the whole file at once');
	});

	it('reads a page whose text is only in JSON-LD or __NEXT_DATA__', () => {
		for (const name of ['19-jsonld', '22-nextdata']) {
			const file = readFileSync(
				path.join(
					PAGES,
					`${name}-${name.startsWith('19') ? 'scientists-report-skyrocketing-phytoplankton' : 'irans-president-rouhani-tells'}.html`,
				),
			);
			const result = extractArticle(decodePage(file).text, 'https://x.test/a');
			expect(result.method).toBe(name.startsWith('19') ? 'json-ld' : 'next-data');
			expect(result.words).toBeGreaterThan(200);
		}
	});

	it('gives a paywalled page as its readers see it, not the full text in its data', () => {
		const full = Array.from({length: 12}, (_, n) => `Paragraph ${n} of the full story, for subscribers only.`).join(
			'\n\n',
		);
		const ld = `<script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'H', isAccessibleForFree: false, articleBody: full})}</script>`;
		const result = page(
			ld,
			`<article><h1>H</h1>${body(3)}<div class="paywall-prompt"><p>Subscribe to read on.</p></div></article>`,
		);
		expect(result.method).toBe('readability');
		expect(result.blocks.map(block => block.text).join(' ')).not.toContain('subscribers only');
	});

	it('never runs the page: scripts are not text, and event handlers do nothing', () => {
		const result = page(
			'',
			`<article>${body(5)}<script>globalThis.ran = true; document.write("<p>injected words here</p>")</script><img src=x onerror="globalThis.ran = true"></article>`,
		);
		expect((globalThis as {ran?: boolean}).ran).toBeUndefined();
		expect(result.blocks.map(block => block.text).join(' ')).not.toContain('injected');
	});
});
