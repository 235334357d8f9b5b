import { formatTraceparent, traceContextFrom } from './trace-context';

const VALID = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('traceContextFrom', () => {
  it('continues a valid trace with a span of its own', () => {
    const context = traceContextFrom(VALID);

    expect(context.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(context.flags).toBe('01');
    expect(context.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(context.spanId).not.toBe('00f067aa0ba902b7');
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'not-a-trace'],
    ['upper case', VALID.toUpperCase()],
    ['zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['zero parent id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['unknown version', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
  ])('starts a new trace when the header is %s', (_case, header) => {
    const context = traceContextFrom(header);

    expect(formatTraceparent(context)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(context.traceId).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });
});
