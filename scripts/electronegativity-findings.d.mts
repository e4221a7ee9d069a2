/** Types for electronegativity-findings.mjs, so its test can import it. */
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Absolute path, or 'N/A' for a finding about the whole app. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly description: string;
  readonly manualReview: boolean;
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface Verdict {
  readonly failures: Problem[];
  readonly justified: Finding[];
  readonly ignored: Finding[];
}

export declare function parseIssues(issues: unknown): Finding[];
export declare function disableComment(lineText: string): { ids: string[]; reason: string } | null;
export declare function unjustifiedDisables(file: string, text: string): Problem[];
export declare function judgeFindings(findings: readonly Finding[], lineOf: (file: string, line: number) => string | undefined): Verdict;
