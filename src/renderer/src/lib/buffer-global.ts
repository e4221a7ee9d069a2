import { Buffer } from 'buffer';

// gray-matter, the frontmatter splitter the renderer shares with Node,
// keeps a copy of its input made with Buffer.from; browsers have no Buffer.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
