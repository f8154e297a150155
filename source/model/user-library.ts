import {readdirSync} from 'node:fs';
import path from 'node:path';

// The user's own library of stories: where `briefing add` drafts to and what `briefing` opens.

/** $BRIEFING_DATA, else $XDG_DATA_HOME/briefing, else ~/.local/share/briefing (XDG Base Directory). */
export function userLibraryFolder(env: NodeJS.ProcessEnv, home: string): string {
	const data = env['BRIEFING_DATA'];
	if (data) return data;
	const xdg = env['XDG_DATA_HOME'];
	// The XDG spec says a relative $XDG_DATA_HOME is invalid and to be ignored.
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'briefing');
	return path.join(home, '.local', 'share', 'briefing');
}

/**
 * Whether a folder holds at least one briefing file (a missing or unreadable folder holds none). The entry point
 * calls it before any command is loaded: it imports nothing of the model (library.isSchemaFile is the same test).
 */
export function hasStories(folder: string): boolean {
	try {
		return readdirSync(folder).some(name => name.endsWith('.json') && !name.endsWith('.schema.json'));
	} catch {
		return false;
	}
}
