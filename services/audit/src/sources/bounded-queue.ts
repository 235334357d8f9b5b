interface Reader<T> {
  resolve(result: IteratorResult<T>): void;
  reject(error: Error): void;
}

/**
 * A queue between a Kafka consumer callback and an async iterator. `push` resolves only while
 * fewer than `capacity` items wait, so a slow reader slows the consumer instead of filling memory.
 */
export class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly readers: Reader<T>[] = [];
  private readonly writers: (() => void)[] = [];
  private failure: Error | null = null;
  private ended = false;

  constructor(private readonly capacity: number) {}

  async push(item: T): Promise<void> {
    if (this.ended) {
      return;
    }
    const reader = this.readers.shift();
    if (reader !== undefined) {
      reader.resolve({ done: false, value: item });
      return;
    }

    this.items.push(item);
    if (this.items.length >= this.capacity) {
      await new Promise<void>((resolve) => this.writers.push(resolve));
    }
  }

  /** Ends the stream: readers get the queued items and then the end, or `error` at once. */
  end(error?: Error): void {
    if (this.ended) {
      return;
    }
    this.ended = true;
    this.failure = error ?? null;
    if (this.failure !== null) {
      this.items.length = 0;
    }

    for (const reader of this.readers.splice(0)) {
      if (this.failure === null) {
        reader.resolve({ done: true, value: undefined });
      } else {
        reader.reject(this.failure);
      }
    }
    this.writers.splice(0).forEach((release) => release());
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) {
      this.writers.shift()?.();
      return Promise.resolve({ done: false, value: item });
    }
    if (this.failure !== null) {
      return Promise.reject(this.failure);
    }
    if (this.ended) {
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve, reject) => this.readers.push({ resolve, reject }));
  }
}
