// Where a run's time goes: named moments since the process started, printed by `--debug` and read by
// `npm run bench`. Marking costs a clock read; nothing is printed unless asked.
const marks: { name: string; at: number }[] = [];

/** Note that `name` happened now (milliseconds since the process started). */
export function mark(name: string): void {
  marks.push({ name, at: performance.now() });
}

/** The moments so far, in order, in seconds since the start: "loaded at 0.27 s, files read at 1.41 s (+1.14 s), ...". */
export function timeline(): string {
  return marks
    .map((m, i) => {
      const prev = marks[i - 1];
      return `${m.name} at ${(m.at / 1000).toFixed(2)} s${prev ? ` (+${((m.at - prev.at) / 1000).toFixed(2)})` : ''}`;
    })
    .join(', ');
}
