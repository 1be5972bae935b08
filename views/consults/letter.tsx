import type { Child } from 'hono/jsx'

/** Our pages print through the browser: no print button, since a button would need a script. */
export function PrintHint() {
  return <p class="hint no-print">Druk af met Ctrl+P (of ⌘+P op een Mac). Menu en knoppen komen niet mee op papier.</p>
}

export interface LetterProps {
  back: { href: string; label: string }
  title: string
  dateLabel: string
  from: { name: string; organisation: string }
  /** Scrubbed text may still hold aanduidingen such as [PERSOON 1]: the referrer fills them in on paper. */
  hasPlaceholders: boolean
  children: Child
}

/**
 * A letter for the young person and the parents, handed over or sent by the referrer. It names
 * nobody: the greeting is left blank to be filled in by hand, so nothing leaves the vault.
 */
export function Letter(props: LetterProps) {
  return (
    <article class="letter">
      <div class="no-print">
        <p>
          <a href={props.back.href}>← {props.back.label}</a>
        </p>
        <p>
          Deze brief noemt de jongere niet bij naam. Vul de aanhef met de hand in
          {props.hasPlaceholders ? ', net als de aanduidingen zoals [PERSOON 1]' : ''}.
        </p>
        <PrintHint />
      </div>
      <p class="letter-date">{props.dateLabel}</p>
      <h1>{props.title}</h1>
      <p>Beste ……………………………………,</p>
      {props.children}
      <p class="letter-signature">
        Met vriendelijke groeten,
        <br />
        {props.from.name}
        <br />
        {props.from.organisation}
      </p>
    </article>
  )
}
