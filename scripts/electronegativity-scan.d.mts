/** Types for electronegativity-scan.mjs, so its test can import it. */
export declare function installedElectronVersion(): string;
export declare function scanOffline(folder: string): Promise<{
  issues: unknown[];
  errors: { file: string; message: string; tolerable: boolean }[];
  checks: number;
}>;
