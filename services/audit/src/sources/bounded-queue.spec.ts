import { BoundedQueue } from './bounded-queue';

describe('BoundedQueue', () => {
  it('hands items over in order, then the end', async () => {
    const queue = new BoundedQueue<number>(10);
    await queue.push(1);
    await queue.push(2);
    queue.end();

    expect(await queue.next()).toEqual({ done: false, value: 1 });
    expect(await queue.next()).toEqual({ done: false, value: 2 });
    expect(await queue.next()).toEqual({ done: true, value: undefined });
  });

  it('holds a writer back while the queue is full', async () => {
    const queue = new BoundedQueue<number>(1);
    let released = false;
    const pushing = queue.push(1).then(() => {
      released = true;
    });
    await Promise.resolve();

    expect(released).toBe(false);
    await queue.next();
    await pushing;
    expect(released).toBe(true);
  });

  it('fails a waiting reader with the error that ended it', async () => {
    const queue = new BoundedQueue<number>(5);
    const reading = queue.next();

    queue.end(new Error('consumer crashed'));

    await expect(reading).rejects.toThrow('consumer crashed');
  });
});
