// What Linux's /proc says about a process: its peak memory and the CPU time it has used.

import {readdirSync, readFileSync, readlinkSync, realpathSync} from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the bench is meant for (getconf CLK_TCK)

/** Peak resident set size (VmHWM) in MiB. */
export function peakRssMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
	if (!kib) throw new Error(`no VmHWM in /proc/${pid}/status`);
	return Number(kib) / 1024;
}

export type CpuSample = {
	/** utime + stime of the whole process, in clock ticks (10 ms each). */
	readonly ticks: number;
	/** Time on the CPU of all its threads from schedstat, in nanoseconds (finer than ticks). */
	readonly runNs: number;
	readonly at: number;
};

/** CPU time the process has used so far. */
export function cpuSample(pid: number): CpuSample {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name, which is in parentheses and may itself contain spaces.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime are fields 14 and 15 of stat
	let runNs = 0;
	for (const task of readdirSync(`/proc/${pid}/task`)) {
		try {
			runNs += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
		} catch {
			// The thread ended between listing and reading.
		}
	}
	return {ticks, runNs, at: performance.now()};
}

/**
 * Context switches of the main thread (voluntary: it went to sleep and was woken). While nobody
 * presses a key an idle app's main thread sleeps in epoll and is never woken; a timer wakes it.
 */
export function mainThreadWakeups(pid: number): number {
	const status = readFileSync(`/proc/${pid}/task/${pid}/status`, 'utf8');
	return Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
}

/** CPU use between two samples, in percent of one core: from ticks (as top shows it) and from schedstat. */
export function cpuPercent(before: CpuSample, after: CpuSample): {ticks: number; schedstat: number} {
	const wallMs = after.at - before.at;
	return {
		ticks: (((after.ticks - before.ticks) * 1000) / CLOCK_TICKS_PER_SECOND / wallMs) * 100,
		schedstat: ((after.runNs - before.runNs) / 1e6 / wallMs) * 100,
	};
}

/** Throws unless `pid` runs this node binary: the figures must be the app's, not a shell's or a wrapper's. */
export function assertIsNode(pid: number): void {
	const exe = readlinkSync(`/proc/${pid}/exe`);
	if (exe !== realpathSync(process.execPath))
		throw new Error(`process ${pid} runs ${exe}, not ${process.execPath}: the bench would measure the wrong process`);
}
