// At most `total` tasks at once, and at most `perHost` for one host: polite to the sites a feed links to.

export type Pool = {
	/** Runs `task` when there is room for one more on `host`; resolves with its result. */
	run<T>(host: string, task: () => Promise<T>): Promise<T>;
};

/** A pool of `total` slots, `perHost` of them for any one host. */
export function createPool(total = 4, perHost = 2): Pool {
	let active = 0;
	const byHost = new Map<string, number>();
	const waiting: {host: string; start: () => void}[] = [];

	const next = () => {
		for (let index = 0; index < waiting.length && active < total; ) {
			const candidate = waiting[index]!;
			if ((byHost.get(candidate.host) ?? 0) >= perHost) {
				index++;
				continue;
			}
			waiting.splice(index, 1);
			candidate.start();
		}
	};

	return {
		run<T>(host: string, task: () => Promise<T>): Promise<T> {
			return new Promise<T>((resolve, reject) => {
				waiting.push({
					host,
					start: () => {
						active++;
						byHost.set(host, (byHost.get(host) ?? 0) + 1);
						task()
							.then(resolve, reject)
							.finally(() => {
								active--;
								byHost.set(host, byHost.get(host)! - 1);
								next();
							});
					},
				});
				next();
			});
		},
	};
}
