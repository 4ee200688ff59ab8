/**
 * Which of a meeting's stored sequence numbers the live document holds: all up to `contiguous`
 * and some above it. A number missing below one that arrived is a gap: something stored by
 * another instance whose relay has not (yet) come, to be read from storage.
 */
export class StoredSequence {
  private readonly above = new Set<number>();

  constructor(private upto: number) {}

  get contiguous(): number {
    return this.upto;
  }

  get hasGap(): boolean {
    return this.above.size > 0;
  }

  has(seq: number): boolean {
    return seq <= this.upto || this.above.has(seq);
  }

  add(seq: number): void {
    if (seq > this.upto) this.above.add(seq);
    this.settle();
  }

  /** Everything up to `seq` is now held (read back from storage). */
  advanceTo(seq: number): void {
    this.upto = Math.max(this.upto, seq);
    for (const held of this.above) if (held <= this.upto) this.above.delete(held);
    this.settle();
  }

  private settle(): void {
    while (this.above.delete(this.upto + 1)) this.upto += 1;
  }
}
