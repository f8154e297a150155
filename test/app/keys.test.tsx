import {Text, useInput} from 'ink';
import {render} from 'ink-testing-library';
import {useState} from 'react';
import {describe, expect, test, vi} from 'vitest';
import {KeyDecoder} from '../../source/app/keys.js';
import {type Command, commandFor, type KeyState} from '../../source/navigation/keymap.js';

/** Decodes everything in `input`, a lone Esc at its end included (as after the next turn of the event loop). */
const decode = (input: string) => {
	const decoder = new KeyDecoder();
	return [...decoder.push(input), ...decoder.flush()];
};
const commands = (input: string) => decode(input).map(([text, key]) => commandFor(text, key));

/** Every key the key table binds, as a terminal sends it. */
const SEQUENCES: Record<string, string> = {
	right: '\u001B[C',
	left: '\u001B[D',
	up: '\u001B[A',
	down: '\u001B[B',
	'right (application mode)': '\u001BOC',
	'down (application mode)': '\u001BOB',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	'home (vt)': '\u001B[1~',
	end: '\u001B[F',
	'end (vt)': '\u001B[4~',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	'ctrl+h': '\b',
	tab: '\t',
	'shift+tab': '\u001B[Z',
	'ctrl+c': '\u0003',
	l: 'l',
	h: 'h',
	j: 'j',
	k: 'k',
	g: 'g',
	G: 'G',
	b: 'b',
	space: ' ',
	'1': '1',
	'2': '2',
	'3': '3',
	'?': '?',
	q: 'q',
};

describe('the terminal input decoder', () => {
	test('splits a chunk of typed-ahead keys into one press each, escape sequences whole', () => {
		expect(commands('jj\u001B[B\rq')).toEqual(['down', 'down', 'down', 'open', 'quit']);
	});

	test('holds an escape at the end of a chunk until it knows whether a sequence follows', () => {
		const decoder = new KeyDecoder();
		expect(decoder.push('j\u001B')).toHaveLength(1);
		expect(decoder.holding).toBe(true);
		const [[, key] = ['', {}]] = decoder.push('[C');
		expect(key.rightArrow).toBe(true);
		expect(decoder.push('\u001B')).toEqual([]);
		const flushed = decoder.flush();
		expect(flushed.map(([text, state]) => commandFor(text, state))).toEqual(['back']);
	});

	test('drops what is not a key (mouse reports, focus events, replies to queries) instead of typing it', () => {
		expect(decode('\u001B[<0;10;5M\u001B[I\u001B[12;40R')).toEqual([]);
		expect(commands('\u001B[<0;10;5Mj')).toEqual(['down']);
	});

	test('reads modifiers on cursor keys and Ctrl+letters as the letter with ctrl', () => {
		const [[, shifted] = ['', {}]] = decode('\u001B[1;2A');
		expect(shifted).toMatchObject({upArrow: true, shift: true});
		expect(decode('\u0004')).toEqual([['d', {ctrl: true}]]);
		expect(decode('\u001Bj')).toEqual([['j', {meta: true}]]);
	});

	test('passes text through whole characters, emoji and CJK included', () => {
		expect(decode('é漢👍').map(([text]) => text)).toEqual(['é', '漢', '👍']);
	});
});

/** Reports every key press Ink's useInput sees. */
function Probe({onKey}: {readonly onKey: (input: string, key: KeyState) => void}) {
	const [, redraw] = useState(0);
	useInput((input, key) => {
		onKey(input, key);
		redraw(count => count + 1);
	});
	return <Text>probe</Text>;
}

/** The command Ink's own useInput gives for what the terminal sent. */
async function inkCommand(sequence: string): Promise<Command | undefined> {
	let seen: {input: string; key: KeyState} | undefined;
	const instance = render(
		<Probe
			onKey={(input, key) => {
				seen = {input, key};
			}}
		/>,
	);
	await vi.waitFor(() => expect(instance.stdin.listenerCount('readable')).toBeGreaterThan(0));
	instance.stdin.write(sequence);
	await vi.waitFor(() => expect(seen).toBeDefined());
	instance.unmount();
	return commandFor(seen!.input, seen!.key);
}

describe('the decoder and Ink agree', () => {
	test.each(Object.entries(SEQUENCES))('on %s: the same command as through Ink', async (_name, sequence) => {
		const ours = commands(sequence);
		expect(ours).toHaveLength(1);
		expect(ours[0]).toBeDefined();
		expect(ours[0]).toBe(await inkCommand(sequence));
	});
});
