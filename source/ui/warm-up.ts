import {Writable} from 'node:stream';
import type {Session} from '../app/session.js';
import type {Command} from '../navigation/keymap.js';

// The first time Ink draws a pane it has not drawn before, the code that lays it out and writes it
// runs for the first time too, slowly (V8 has not compiled it yet): the first visit of a pane took
// 2–3 times as long as later ones. Drawing every pane once where nobody sees it, while nobody types,
// makes the first visit as quick as the next.

/** Commands that visit every pane and focus of a story: its lists, a quote in its paragraph, the article, help. */
export const WARM_UP: readonly Command[] = [
	'pane2',
	'down',
	'open',
	'open',
	'back',
	'back',
	'pane3',
	'down',
	'open',
	'back',
	'pane4',
	'pageDown',
	'pane1',
	'help',
	'help',
];

/** A terminal of the session's size that shows nothing. */
export function unseenTerminal(session: Session): NodeJS.WriteStream {
	const stream = new Writable({write: (_chunk, _encoding, done) => done()});
	return Object.assign(stream, {columns: session.size.columns, rows: session.size.rows, isTTY: true}) as never;
}
