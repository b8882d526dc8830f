/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A paired figure: the median of each side and of the per-run ratios `subject / baseline`. */
export interface Paired {
  subjectMs: number;
  baselineMs: number;
  ratio: number;
  runs: { subjectMs: number; baselineMs: number }[];
}

/**
 * Times `subject` and `baseline` once per run, alternating which goes first, after `warmup`
 * untimed rounds; the ratio is taken run by run, then its median.
 */
export async function paired(
  runs: number,
  warmup: number,
  subject: () => number | Promise<number>,
  baseline: () => number | Promise<number>,
): Promise<Paired> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const results: { subjectMs: number; baselineMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    let subjectMs: number;
    let baselineMs: number;
    if (i % 2) {
      baselineMs = await baseline();
      subjectMs = await subject();
    } else {
      subjectMs = await subject();
      baselineMs = await baseline();
    }
    results.push({ subjectMs, baselineMs });
  }
  return {
    subjectMs: median(results.map((r) => r.subjectMs)),
    baselineMs: median(results.map((r) => r.baselineMs)),
    ratio: median(results.map((r) => r.subjectMs / r.baselineMs)),
    runs: results,
  };
}
