export function rendererBuildId(): string;
