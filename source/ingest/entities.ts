// The draft stage (index.ts, sides.ts, summary.ts) imports the stages by their old paths until it moves to draft/.
export * from './entities/entities.js';
