export * from './languages';
export * from './message-arguments';
export * from './message-template';
export * from './namespaces';
export * from './person-name';
export * from './review-status';
export type { Resources } from './resources';
export type { CompiledCatalog, CompiledMessage } from './compiled-message';
export type { MessageKey, MessageValues, Namespaces, TFunction } from './message-store';
