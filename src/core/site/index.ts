export * from './settings';
export * from './urls';
