// Types for the `sentiment` package (5.0.2), which ships none. Only what src/interviews uses.
declare module 'sentiment' {
  interface AnalysisResult {
    score: number;
    comparative: number;
    calculation: Array<Record<string, number>>;
    tokens: string[];
    words: string[];
    positive: string[];
    negative: string[];
  }
  interface AnalyzeOptions {
    language?: string;
    // `extras` is deliberately not declared: sentiment 5.0.2 merges it into the shared AFINN table
    // (Object.assign on the cached labels), so one call would change every later call in the process.
  }
  class Sentiment {
    constructor(options?: Record<string, never>);
    analyze(phrase: string, options?: AnalyzeOptions): AnalysisResult;
  }
  export = Sentiment;
}
