// react-reconciler ships no types and is only preloaded here (see load-steps.ts): nothing of it is used.
declare module 'react-reconciler';
