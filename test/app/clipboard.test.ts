import {describe, expect, test} from 'vitest';
import {clipboardRoute, copiedMessage, osc52} from '../../source/app/clipboard.js';

/** The payloads of the OSC 52 sequences in `bytes`, decoded. */
const payloads = (bytes: string) =>
	[...bytes.matchAll(/\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007/g)].map(match =>
		Buffer.from(match[1]!, 'base64').toString(),
	);

describe('OSC 52', () => {
	test('carries the base64 of the text, and nothing of the text as it is', () => {
		const bytes = osc52('“veto” — Jens Stoltenberg', 'direct');
		expect(bytes).toMatch(/^\u001B\]52;c;[A-Za-z0-9+/=]+\u0007$/);
		expect(payloads(bytes)).toEqual(['“veto” — Jens Stoltenberg']);
	});

	test('sanitises the text first: no escape or control character reaches the clipboard', () => {
		const [copied] = payloads(osc52('a\u001B]52;c;ZXZpbA==\u0007b\u009b31m\u202ec\nd', 'direct'));
		expect(copied).toBe('abc d');
	});

	test('inside tmux: as it is, and wrapped for passthrough with its ESCs doubled', () => {
		const bytes = osc52('hi', 'tmux');
		expect(bytes.startsWith('\u001B]52;c;aGk=\u0007')).toBe(true);
		expect(bytes).toContain('\u001BPtmux;\u001B\u001B]52;c;aGk=\u0007\u001B\\');
	});

	test('inside screen: in DCS strings no longer than screen takes', () => {
		const bytes = osc52('x'.repeat(2000), 'screen');
		const pieces = bytes.split('\u001BP').filter(Boolean);
		expect(pieces.length).toBeGreaterThan(1);
		for (const piece of pieces) expect(piece.length).toBeLessThan(768);
		expect(pieces.map(piece => piece.replace(/\u001B\\$/, '')).join('')).toMatch(
			/^\u001B\]52;c;[A-Za-z0-9+/=]+\u0007$/,
		);
	});

	test('is not sent where it cannot work, and the footer then says what would have been copied', () => {
		expect(clipboardRoute({TERM: 'xterm-256color'})).toBe('direct');
		expect(clipboardRoute({TERM: 'xterm-256color', TMUX: '/tmp/tmux-0/default,1,0'})).toBe('tmux');
		expect(clipboardRoute({TERM: 'screen', STY: '1.pts'})).toBe('screen');
		expect(clipboardRoute({TERM: 'linux'})).toBeUndefined();
		expect(clipboardRoute({TERM: 'xterm', BRIEFING_CLIPBOARD: 'off'})).toBeUndefined();
		expect(copiedMessage('“x” — Y', undefined, {TERM: 'linux'})).toBe(
			'not copied (TERM=linux takes no OSC 52); select it with the mouse: “x” — Y',
		);
	});
});
