// Exit codes, as DESIGN.md section 5 defines them.
export const EXIT = {
  ok: 0,
  /** the requested output could not be produced, or an unexpected failure */
  output: 1,
  /** usage error: bad flag, missing or unreadable input, invalid config, command not available yet */
  usage: 2,
  /** input data errors beyond the budget */
  data: 3,
  /** --fail-above crossed */
  failAbove: 4,
  /**
   * the questionnaire was stopped with Ctrl-C, its answers so far saved (DESIGN.md section 5 has no code for an
   * interruption: 130, 128 + SIGINT, is what a shell reports for a program Ctrl-C stopped)
   */
  interrupted: 130,
} as const;
