import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {BINDINGS} from '../source/navigation/keymap.js';
import {ROOT} from './helpers.js';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');

describe('the README', () => {
	it('lists every key binding exactly as the key table has it', () => {
		for (const binding of BINDINGS) {
			const row = `| ${binding.keys
				.split(' ')
				.map(key => `\`${key}\``)
				.join(' ')} | ${binding.description} |`;
			expect(readme, `README keys table is missing: ${row}`).toContain(row);
		}
	});

	it('lists no key the key table does not have', () => {
		const table = readme.slice(readme.indexOf('| Keys | |'));
		const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
		expect(rows).toHaveLength(BINDINGS.length);
	});

	it('has a Quick start of exactly two commands: install and open, and the tests', () => {
		const quickStart = /## Quick start\n\n```sh\n([^`]*)```/.exec(readme)?.[1] ?? '';
		const commands = quickStart.trim().split('\n');
		expect(commands).toHaveLength(2);
		expect(commands[0]).toMatch(/^npm install && npm start\b/);
		expect(commands[1]).toMatch(/^npm test\b/);
	});
});
