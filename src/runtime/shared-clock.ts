/**
 * A clock whose time lives in a SharedArrayBuffer, so a test moving time moves it for the core thread too, at once
 * and without a message (a message would arrive only after the thread's current work).
 */
export class SharedClock {
  readonly buffer: SharedArrayBuffer;
  private readonly cell: BigInt64Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(8), start?: Date) {
    this.buffer = buffer;
    this.cell = new BigInt64Array(buffer);
    if (start) this.set(start);
  }

  now = (): Date => new Date(Number(Atomics.load(this.cell, 0)));

  set(date: Date): void {
    Atomics.store(this.cell, 0, BigInt(date.getTime()));
  }
}
