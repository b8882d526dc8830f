/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The first and third quartiles: how far the runs spread around the median. */
export function spread(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] as number;
  return [at(0.25), at(0.75)];
}

/** Named timings of one measurement, in milliseconds (e.g. `{ commit, frame }`). */
export type Timings = Record<string, number>;

/** A paired figure: the median of each side and of the per-run ratios `subject / baseline`. */
export interface Paired {
  subjectMs: number;
  baselineMs: number;
  ratio: number;
  spread: [number, number];
  runs: { subjectMs: number; baselineMs: number }[];
}

const fastest = (all: Timings[], name: string) => Math.min(...all.map((t) => t[name] as number));

/**
 * Times `subject` against `baseline`, run by run, in the same process or page. A run measures
 * each side `reps` times, alternating which goes first, and keeps each side's fastest time (other
 * work on the machine only ever adds time); the ratio is taken within the run, and each figure is
 * the median over the runs. `warmup` untimed rounds come first.
 */
export async function paired<T extends Timings>(
  subject: () => T | Promise<T>,
  baseline: () => T | Promise<T>,
  { runs, reps = 3, warmup = 2 }: { runs: number; reps?: number; warmup?: number },
): Promise<Record<keyof T, Paired>> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const results: { subject: Timings; baseline: Timings }[] = [];
  for (let run = 0; run < runs; run++) {
    const subjects: Timings[] = [];
    const baselines: Timings[] = [];
    for (let rep = 0; rep < reps; rep++) {
      if ((run + rep) % 2) {
        baselines.push(await baseline());
        subjects.push(await subject());
      } else {
        subjects.push(await subject());
        baselines.push(await baseline());
      }
    }
    const names = Object.keys(subjects[0] as Timings);
    results.push({
      subject: Object.fromEntries(names.map((name) => [name, fastest(subjects, name)])),
      baseline: Object.fromEntries(names.map((name) => [name, fastest(baselines, name)])),
    });
  }
  const names = Object.keys(results[0]?.subject ?? {}) as (keyof T & string)[];
  return Object.fromEntries(
    names.map((name) => {
      const pairs = results.map((r) => ({
        subjectMs: r.subject[name] as number,
        baselineMs: r.baseline[name] as number,
      }));
      const ratios = pairs.map((p) => p.subjectMs / p.baselineMs);
      return [
        name,
        {
          subjectMs: median(pairs.map((p) => p.subjectMs)),
          baselineMs: median(pairs.map((p) => p.baselineMs)),
          ratio: median(ratios),
          spread: spread(ratios),
          runs: pairs,
        },
      ];
    }),
  ) as Record<keyof T, Paired>;
}
