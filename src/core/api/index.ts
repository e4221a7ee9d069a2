export * from './studio-api';
export * from './studio-error';
export * from './channels';
export * from './contract';
export * from './dispatch';
export * from './workspace-events';
