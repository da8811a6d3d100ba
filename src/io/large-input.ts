// Inputs of this many bytes or more (or any folder) are "large": `kg extract` gives them a worker per core
// (src/extract/pool.ts) and a node under its V8 flags (src/cli/v8-flags.ts). Below it, what either costs at
// start (a dictionary load per worker, a second node) is more than it saves.
export const LARGE_INPUT = 1 << 20;
