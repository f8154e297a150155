import type {OpenOptions} from '../command-line.js';

export async function runOpen(options: OpenOptions): Promise<void> {
	const {runPrint} = await import('./print.js');
	await runPrint({command: 'print', file: options.target, format: 'text', ...(options.pane ? {pane: options.pane} : {})});
}
