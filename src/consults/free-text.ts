import type { ActionInput, ConsultForm } from './schemas'

/**
 * The free-text fields of a bespreking, by the name the form and the review step use. Everything
 * listed here is scrubbed before it is stored; nothing else in a consult is free text.
 */
export function consultFreeText(form: Pick<ConsultForm, 'analyse' | 'advies' | 'signaal' | 'signaal_tekst'>, actions: ActionInput[]) {
  const fields = [
    { name: 'analyse', text: form.analyse },
    { name: 'advies', text: form.advies },
    { name: 'signaal_tekst', text: form.signaal ? form.signaal_tekst : '' },
    ...actions.flatMap((a, i) => [
      { name: `actie_omschrijving_${i}`, text: a.description },
      { name: `actie_wie_${i}`, text: a.owner },
    ]),
  ]
  return fields.filter((f) => f.text.length > 0)
}

const LABELS: Record<string, string> = {
  analyse: 'Analyse',
  advies: 'Advies en aanbod op maat',
  signaal_tekst: 'Signaal',
}

export function consultFieldLabel(name: string): string {
  const row = /^actie_(omschrijving|wie)_(\d+)$/.exec(name)
  if (row) return `Actie ${Number(row[2]) + 1}: ${row[1] === 'wie' ? 'wie' : 'wat'}`
  return LABELS[name] ?? name
}
