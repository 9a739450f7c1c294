/** Median wall time of `fn`, in nanoseconds per call, repeating it so each sample lasts long enough to time. */
export function timeNs(fn: () => unknown, minSampleMs = 20, samples = 7): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  let reps = 1;
  for (;;) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) fn();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (ms >= minSampleMs || reps >= 1 << 20) break;
    reps *= 2;
  }
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) fn();
    times.push(Number(process.hrtime.bigint() - t) / reps);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A small deterministic generator so every run measures the same inputs. */
export function rng(seed = 42): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
