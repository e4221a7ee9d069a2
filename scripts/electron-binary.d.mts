/** Types for electron-binary.mjs, so the TypeScript e2e spec and tests can import it. */
export declare const ELECTRON_MISSING_MESSAGE: string;
export declare function electronPackageDir(): string | null;
export declare function electronBinaryPath(packageDir?: string | null): string | null;
export declare function electronBinaryAvailable(packageDir?: string | null): boolean;
