/** One figure in BENCHMARKS.md, beside its budget. */
export interface BenchRow {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'count' | 'ops/s';
  /** The most the figure may be (or, for ops/s, the least). */
  budget: number | null;
  note?: string;
}
