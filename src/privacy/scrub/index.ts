/**
 * The PII detector ("scrubber"): every free-text field passes here before it is stored.
 * Runs unchanged on Node and in Cloudflare Workers: no I/O, data imported as modules.
 */
export { detect } from './detect'
export { PLACEHOLDER_LABELS } from './labels'
export { redactCase } from './placeholders'
export type { IdentityHints, PiiKind, Span } from './types'
