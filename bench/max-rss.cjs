// Preloaded with `node -r bench/max-rss.cjs …` where GNU time is missing: prints the process's peak RSS
// (kB) to stderr at exit, in GNU time's `maxrss=` form.
process.on('exit', () => { process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`); });
