export { ErrorMessagesProvider, useErrorMessages } from './ErrorMessagesProvider.js';
export { englishUi } from './english.js';

export type { ErrorMessages, ResolvedMessages } from './ErrorMessagesProvider.js';
export type { UiStrings } from './english.js';
