// The bench's table, and the machine the figures come from.

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import os from 'node:os';

export type Machine = {
	readonly cpu: string;
	readonly cores: number;
	readonly memoryGiB: number;
	readonly os: string;
	readonly node: string;
	readonly date: string;
	readonly commit: string;
	/** 1-minute load average when the bench began; above the core count, other work competed for the CPU. */
	readonly loadAverage: number;
};

/** The CPU (from /proc/cpuinfo), cores, memory, kernel, node version, date and the commit measured. */
export function describeMachine(root: string): Machine {
	let cpu = os.cpus()[0]?.model ?? 'unknown';
	try {
		cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
	} catch {
		// Not Linux: os.cpus() will do.
	}
	let commit = 'unknown';
	try {
		const git = (...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
		commit =
			git('rev-parse', '--short', 'HEAD') +
			(git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '');
	} catch {
		// Not a git checkout.
	}
	return {
		cpu,
		cores: os.availableParallelism(),
		memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		os: `${os.type()} ${os.release()}`,
		node: process.version,
		date: new Date().toISOString(),
		commit,
		loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
	};
}

export type Row = {
	readonly measure: string;
	readonly figure: string;
	readonly ratio?: string;
	readonly target?: string;
	/** Undefined for figures without a target. */
	readonly pass?: boolean;
};

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const times = (value: number, of: string) => `${value.toFixed(2)}x ${of}`;

/** A plain-text table, one row per figure, PASS/FAIL where there is a target. */
export function formatTable(rows: readonly Row[]): string {
	const header: Row = {measure: 'Measure', figure: 'Figure', ratio: 'Ratio', target: 'Target'};
	const cells = (row: Row) => [
		row.measure,
		row.figure,
		row.ratio ?? '',
		row.target ?? '',
		row === header ? 'Result' : row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL',
	];
	const all = [header, ...rows].map(cells);
	const widths = all[0]!.map((_, column) => Math.max(...all.map(line => [...line[column]!].length)));
	const line = (values: string[]) =>
		values
			.map((value, column) => value.padEnd(widths[column]!))
			.join('  ')
			.trimEnd();
	return [line(all[0]!), widths.map(width => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function formatMachine(machine: Machine): string {
	return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}; commit ${machine.commit}; ${machine.date}; load average ${machine.loadAverage}`;
}
