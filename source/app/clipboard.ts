import {sanitizeLine} from '../model/sanitize.js';

// `y` copies through OSC 52, the escape sequence that asks the terminal to set the clipboard: most
// present-day terminals (xterm with its window ops allowed, kitty, WezTerm, iTerm2, foot, Alacritty,
// Windows Terminal, VS Code's) take it; the Linux console does not. Inside tmux the sequence is sent as it is
// (tmux passes it on with `set -g set-clipboard on`) and wrapped for passthrough (`set -g allow-passthrough
// on`); inside GNU screen it is wrapped in screen's DCS strings, in pieces short enough for screen. Nothing
// from the data goes into the sequence as it is: only the base64 of its sanitised text, which has no byte
// that could end or begin a sequence.

export type ClipboardRoute = 'direct' | 'tmux' | 'screen';

/** How OSC 52 reaches the terminal from here, or undefined where it cannot (or `BRIEFING_CLIPBOARD=off`). */
export function clipboardRoute(env: NodeJS.ProcessEnv): ClipboardRoute | undefined {
	if (env['BRIEFING_CLIPBOARD'] === 'off') return undefined;
	const term = env['TERM'] ?? '';
	if (term === '' || term === 'dumb' || term === 'linux' || term.startsWith('vt') || term === 'cons25')
		return undefined;
	if (env['TMUX']) return 'tmux';
	if (env['STY'] || term.startsWith('screen')) return 'screen';
	return 'direct';
}

/** The longest text copied: terminals cap what OSC 52 may carry (a quote is far shorter). */
const MAX_COPY_BYTES = 64 * 1024;

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;
/** GNU screen refuses DCS strings longer than 768 bytes: the payload goes in pieces well below that. */
const SCREEN_PIECE = 512;

/** The bytes that put `text` (sanitised first) on the clipboard by OSC 52, for the route given. */
export function osc52(text: string, route: ClipboardRoute): string {
	let bytes = Buffer.from(sanitizeLine(text), 'utf8');
	if (bytes.length > MAX_COPY_BYTES) bytes = bytes.subarray(0, MAX_COPY_BYTES);
	const payload = Buffer.from(bytes.toString('utf8').replace(/\ufffd$/, ''), 'utf8').toString('base64');
	const sequence = `${ESC}]52;c;${payload}${BEL}`;
	switch (route) {
		case 'direct':
			return sequence;
		case 'tmux':
			// Inside tmux's passthrough every ESC of the wrapped sequence is doubled.
			return `${sequence}${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
		case 'screen': {
			const pieces: string[] = [];
			for (let at = 0; at < sequence.length; at += SCREEN_PIECE) pieces.push(sequence.slice(at, at + SCREEN_PIECE));
			return pieces.map(piece => `${ESC}P${piece}${ST}`).join('');
		}
	}
}

/** What the footer says after `y`: what was copied and how, or what would have been, with what to do instead. */
export function copiedMessage(text: string, route: ClipboardRoute | undefined, env: NodeJS.ProcessEnv): string {
	switch (route) {
		case 'direct':
			return `copied (OSC 52): ${text}`;
		case 'tmux':
			return `copied through tmux (OSC 52; tmux needs set-clipboard on): ${text}`;
		case 'screen':
			return `copied through screen (OSC 52): ${text}`;
		case undefined: {
			const why =
				env['BRIEFING_CLIPBOARD'] === 'off'
					? 'BRIEFING_CLIPBOARD=off'
					: `TERM=${sanitizeLine(env['TERM'] ?? '')} takes no OSC 52`;
			return `not copied (${why}); select it with the mouse: ${text}`;
		}
	}
}
