// Preloaded (`node -r`) by tests that need the CLI to believe stderr is a terminal (progress display).
Object.defineProperty(process.stderr, 'isTTY', { value: true });
Object.defineProperty(process.stderr, 'columns', { value: 120 });
