import {describe, expect, it} from 'vitest';
import {openerFor, openInBrowser} from '../../source/web/browser.js';

describe('opening the source in a browser', () => {
	it('passes the URL as one argument to the platform opener or $BROWSER, never a shell', () => {
		const url = 'https://news.test/a story?q=1;rm -rf ~';
		const href = new URL(url).href;
		expect(openerFor(url, 'linux', {})).toEqual({command: 'xdg-open', args: [href]});
		expect(openerFor(url, 'darwin', {})).toEqual({command: 'open', args: [href]});
		expect(openerFor(url, 'win32', {})).toEqual({command: 'rundll32', args: ['url.dll,FileProtocolHandler', href]});
		expect(openerFor(url, 'linux', {BROWSER: 'firefox:chromium'})).toEqual({command: 'firefox', args: [href]});
	});

	it('opens only http(s) URLs', () => {
		expect(openerFor('file:///etc/passwd')).toEqual({problem: 'only http(s) URLs are opened'});
		expect(openerFor('javascript:alert(1)')).toEqual({problem: 'only http(s) URLs are opened'});
		expect(openerFor(undefined)).toEqual({problem: 'this story has no source URL'});
	});

	it('says what happened: started, or no such program', async () => {
		const calls: unknown[][] = [];
		const fake = (event: 'spawn' | 'error') => (command: string, args: readonly string[], options: object) => {
			calls.push([command, args, options]);
			return {
				once: (name: string, listener: (error?: NodeJS.ErrnoException) => void) => {
					if (name === event) queueMicrotask(() => listener(Object.assign(new Error('x'), {code: 'ENOENT'})));
				},
				unref: () => undefined,
			};
		};
		expect(await openInBrowser('https://news.test/a', fake('spawn'))).toBe('opening the source in your browser');
		expect(calls[0]?.[2]).toMatchObject({shell: false, detached: true, stdio: 'ignore'});
		expect(await openInBrowser('https://news.test/a', fake('error'))).toMatch(/^cannot open the source: no \S+ here/);
		expect(await openInBrowser('ftp://news.test/a', fake('spawn'))).toBe(
			'cannot open the source: only http(s) URLs are opened',
		);
	});
});
