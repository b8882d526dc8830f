export { redact } from '../../core/redact.js';
