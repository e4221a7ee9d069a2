export * from './settings';
export * from './urls';
export * from './dates';
