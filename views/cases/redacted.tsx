/** Scrubbed text with its placeholders made visible, so nobody mistakes [PERSOON 1] for a typo. */
export function RedactedText(props: { text: string | null | undefined }) {
  if (!props.text) return <span class="empty">—</span>
  const parts = props.text.split(/(\[[A-ZÀ-Ý-]+ \d+\])/u)
  return <span class="redacted">{parts.map((part, i) => (i % 2 === 1 ? <mark class="placeholder">{part}</mark> : part))}</span>
}
