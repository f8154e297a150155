// Ink and React, loaded in steps: each step's modules are compiled and run in one go, so splitting
// the load lets the program answer keys between the steps instead of freezing for the whole load.
// Each import is its own chunk of the bundle; the last one, Ink and the app, finds the others loaded.

/** The steps, in order; the last resolves to the module that mounts the app. */
export const INK_LOAD_STEPS = [
	() => import('react'),
	() => import('yoga-layout'),
	// The reconciler's factory (a large module; Ink calls it when Ink itself loads).
	() => import('react-reconciler'),
	() => import('./mount.js'),
] as const;
