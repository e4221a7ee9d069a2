/**
 * Where a JSON text first goes wrong. JSON.parse's messages differ between
 * engines and often carry no position ("Unexpected token '}', … is not valid
 * JSON"), and the writer needs a line to jump to, so a failed parse is
 * re-read by this small scanner, which only validates and never builds values.
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const MAX_DEPTH = 1000;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let position = 0;
  const fail = (reason: string, at = position): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = (): void => {
    while (position < text.length && ' \t\n\r'.includes(text[position]!)) position++;
  };
  const describe = (): string => (position >= text.length ? 'the end of the JSON' : `"${text[position]}"`);
  const expect = (char: string, what: string): void => {
    skipSpace();
    if (text[position] !== char) fail(`expected ${what} but found ${describe()}`);
    position++;
  };

  const readString = (): void => {
    const start = position;
    position++;
    while (position < text.length) {
      const char = text[position]!;
      if (char === '"') {
        position++;
        return;
      }
      if (char < ' ') fail(char === '\n' ? 'a string runs past the end of its line (missing closing quote?)' : 'control character inside a string');
      if (char === '\\') {
        const escape = text[position + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) fail('invalid \\u escape');
          position += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail('invalid escape in a string');
        position += 2;
        continue;
      }
      position++;
    }
    fail('a string is never closed', start);
  };

  const readValue = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const char = text[position];
    if (char === '{') return readContainer(depth, '}', true);
    if (char === '[') return readContainer(depth, ']', false);
    if (char === '"') return readString();
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = position;
      if (pattern.test(text)) {
        position = pattern.lastIndex;
        return;
      }
    }
    fail(`expected a value but found ${describe()}`);
  };

  const readContainer = (depth: number, close: string, isObject: boolean): void => {
    position++;
    skipSpace();
    if (text[position] === close) {
      position++;
      return;
    }
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[position] !== '"') fail(`expected a property name in double quotes but found ${describe()}`);
        readString();
        expect(':', '":"');
      }
      readValue(depth + 1);
      skipSpace();
      if (text[position] === ',') {
        position++;
        skipSpace();
        if (text[position] === close) fail(`trailing comma before "${close}"`, position);
        continue;
      }
      if (text[position] === close) {
        position++;
        return;
      }
      fail(`expected "," or "${close}" but found ${describe()}`);
    }
  };

  try {
    readValue(0);
    skipSpace();
    if (position < text.length) fail(`unexpected ${describe()} after the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: Math.min(error.offset, text.length), message: error.reason };
    // A stack overflow on absurd nesting: blame the start rather than throw.
    return { offset: 0, message: 'nested too deeply' };
  }
}
