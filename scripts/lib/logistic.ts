// Logistic regression for the learned layer of the interview coder (scripts/train-interviews.ts). Binary
// features, L2 penalty, full-batch gradient descent with Adam; no randomness, so the same notes always give
// the same weights. Positive examples are weighted up (at most 4×), because most notes do not carry a theme.

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias) */
  l2: number;
  epochs: number;
  learningRate: number;
  /** upper bound on the weight of a positive example */
  maxPositiveWeight: number;
}

export const DEFAULT_LOGISTIC: LogisticOptions = { l2: 0.002, epochs: 150, learningRate: 0.1, maxPositiveWeight: 4 };

export interface LogisticModel {
  bias: number;
  weights: Map<string, number>;
}

export function trainLogistic(
  examples: readonly (readonly string[])[],
  labels: readonly boolean[],
  opts: LogisticOptions = DEFAULT_LOGISTIC,
): LogisticModel {
  if (examples.length !== labels.length) throw new Error('trainLogistic: one label per example');
  const names = [...new Set(examples.flat())].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((x) => [...new Set(x)].map((f) => index.get(f)!));
  const n = rows.length;
  const positives = labels.filter(Boolean).length;
  const posWeight = positives === 0 ? 1 : Math.min((n - positives) / positives, opts.maxPositiveWeight);
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  let b = 0;
  let mb = 0;
  let vb = 0;
  const b1 = 0.9;
  const b2 = 0.999;
  const step = (g: number, mi: number, vi: number, t: number): [number, number, number] => {
    const m2 = b1 * mi + (1 - b1) * g;
    const v2 = b2 * vi + (1 - b2) * g * g;
    const delta = (opts.learningRate * (m2 / (1 - b1 ** t))) / (Math.sqrt(v2 / (1 - b2 ** t)) + 1e-8);
    return [delta, m2, v2];
  };
  for (let t = 1; t <= opts.epochs; t++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    rows.forEach((row, i) => {
      let z = b;
      for (const j of row) z += w[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const d = (p - (labels[i] ? 1 : 0)) * (labels[i] ? posWeight : 1);
      for (const j of row) g[j]! += d;
      gb += d;
    });
    for (let j = 0; j < w.length; j++) {
      const [delta, m2, v2] = step(g[j]! / n + opts.l2 * w[j]!, m[j]!, v[j]!, t);
      w[j]! -= delta;
      m[j] = m2;
      v[j] = v2;
    }
    const [delta, m2, v2] = step(gb / n, mb, vb, t);
    b -= delta;
    mb = m2;
    vb = v2;
  }
  return { bias: b, weights: new Map(names.map((name, j) => [name, w[j]!])) };
}
