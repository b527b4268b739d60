/** The test helper that formats stack texts without jest's source maps (test/helpers/stack-traces.ts). */
import { PLAIN_CAPTURE_FRAMES, withPlainStackTraces } from '../helpers/stack-traces';

function nested(depth: number, f: () => string): string {
  return depth === 0 ? f() : nested(depth - 1, f);
}

/** What cdktf's captureStackTrace does: a capture into a plain object with no frame limit. */
function captureIntoObject(): string {
  const target = { stack: '' };
  const before = Error.stackTraceLimit;
  Error.stackTraceLimit = Number.MAX_SAFE_INTEGER;
  try {
    Error.captureStackTrace(target);
  } finally {
    Error.stackTraceLimit = before;
  }
  return target.stack;
}

describe('withPlainStackTraces', () => {
  it('formats in V8 layout while it runs and puts the previous formatter back, also after a throw', () => {
    const before = Error.prepareStackTrace;
    const inside = withPlainStackTraces(() => Error.prepareStackTrace);
    expect(inside).toBeInstanceOf(Function);
    expect(inside).not.toBe(before);
    expect(Error.prepareStackTrace).toBe(before);
    expect(() =>
      withPlainStackTraces(() => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
    expect(Error.prepareStackTrace).toBe(before);
  });

  it('keeps every frame of an Error, with its name and message first', () => {
    const text = withPlainStackTraces(() => nested(30, () => new TypeError('bad input').stack ?? ''));
    const lines = text.split('\n');
    expect(lines[0]).toBe('TypeError: bad input');
    expect(lines.slice(1).every((l) => l.startsWith('    at '))).toBe(true);
    expect(lines.filter((l) => l.includes('nested')).length).toBeGreaterThanOrEqual(30);
  });

  it(`keeps the innermost ${PLAIN_CAPTURE_FRAMES} frames of a capture into a plain object, the code that captured first`, () => {
    const text = withPlainStackTraces(() => nested(30, captureIntoObject));
    const frames = text.split('\n').slice(1);
    expect(frames).toHaveLength(PLAIN_CAPTURE_FRAMES);
    expect(frames[0]).toMatch(/^ {4}at captureIntoObject /);
    // Outside the helper the same capture has all its frames (at least the 30 nested calls).
    expect(nested(30, captureIntoObject).split('\n').length).toBeGreaterThan(31);
  });
});
