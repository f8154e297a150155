import {describe, expect, it} from 'vitest';
import {createPool} from '../../source/web/pool.js';

describe('the fetch pool', () => {
	it('runs at most four tasks at once, and at most two for one host', async () => {
		const pool = createPool(4, 2);
		let active = 0;
		let peak = 0;
		const byHost = new Map<string, number>();
		let hostPeak = 0;
		const task = (host: string) => async () => {
			active++;
			byHost.set(host, (byHost.get(host) ?? 0) + 1);
			peak = Math.max(peak, active);
			hostPeak = Math.max(hostPeak, byHost.get(host)!);
			await new Promise(resolve => setTimeout(resolve, 5));
			active--;
			byHost.set(host, byHost.get(host)! - 1);
			return host;
		};
		const hosts = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd', 'e', 'e'];
		const results = await Promise.all(hosts.map(host => pool.run(host, task(host))));
		expect(results).toEqual(hosts);
		expect(peak).toBe(4);
		expect(hostPeak).toBe(2);
	});

	it('goes on after a task fails', async () => {
		const pool = createPool(1, 1);
		const failed = pool.run('a', () => Promise.reject(new Error('no')));
		await expect(failed).rejects.toThrow('no');
		expect(await pool.run('a', async () => 'next')).toBe('next');
	});
});
