/** The test helper that keeps cdktf's token creation stacks shallow (test/helpers/stack-traces.ts). */
import * as vm from 'vm';
import { withShallowStackCaptures } from '../helpers/stack-traces';

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

const frameLines = (text: string) => text.split('\n').filter((l) => l.startsWith('    at '));

describe('withShallowStackCaptures', () => {
  it('replaces Error.captureStackTrace while it runs and puts the builtin back, also after a throw', () => {
    const builtin = Error.captureStackTrace;
    expect(withShallowStackCaptures(() => Error.captureStackTrace)).not.toBe(builtin);
    expect(Error.captureStackTrace).toBe(builtin);
    expect(() =>
      withShallowStackCaptures(() => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
    expect(Error.captureStackTrace).toBe(builtin);
  });

  it('captures no frames into a plain object, and all of them outside', () => {
    const inside = withShallowStackCaptures(() => nested(30, captureIntoObject));
    expect(inside).not.toBe('');
    expect(frameLines(inside)).toEqual([]);
    expect(frameLines(nested(30, captureIntoObject)).length).toBeGreaterThan(30);
  });

  it('leaves Error.stackTraceLimit as the capturing code set it', () => {
    const seen = withShallowStackCaptures(() => {
      const before = Error.stackTraceLimit;
      Error.stackTraceLimit = 1000;
      captureIntoObject();
      const after = Error.stackTraceLimit;
      Error.stackTraceLimit = before;
      return after;
    });
    expect(seen).toBe(1000);
  });

  it('keeps every frame of an Error, created or captured, starting at the code that made it', () => {
    const created = withShallowStackCaptures(() => nested(30, () => new TypeError('bad input').stack ?? ''));
    expect(created.split('\n')[0]).toBe('TypeError: bad input');
    expect(frameLines(created).filter((l) => l.includes('nested')).length).toBeGreaterThanOrEqual(30);
    const captured = withShallowStackCaptures(() =>
      nested(30, function captureIntoError() {
        const e = new Error('into');
        Error.captureStackTrace(e);
        return e.stack ?? '';
      }),
    );
    // The first frame is the capture in this file (jest's source maps name it after the call), not the helper.
    expect(frameLines(captured)[0]).toMatch(/stack-traces-helper\.test\.ts:\d+:\d+\)$/);
    expect(frameLines(captured).filter((l) => l.includes('nested')).length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the frames of an Error made in another realm (not instanceof this context\'s Error)', () => {
    const foreign = vm.runInNewContext('new Error("elsewhere")') as Error;
    expect(foreign instanceof Error).toBe(false);
    const text = withShallowStackCaptures(() =>
      nested(5, () => {
        Error.captureStackTrace(foreign);
        return foreign.stack ?? '';
      }),
    );
    expect(frameLines(text).filter((l) => l.includes('nested')).length).toBeGreaterThanOrEqual(5);
  });
});
