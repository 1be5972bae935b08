import type { CaseDetailsProps } from '../../views/cases/case-details'
import {
  CASE_STATUSES,
  CLB_AGREEMENT,
  CONSENT_PURPOSES,
  EDUCATION_LEVELS,
  ELIGIBILITY,
  FORMATS,
  GENDERS,
  INTERVENTION_TYPES,
  LIVING_SITUATIONS,
  labelOf,
  regionName,
  STUDY_TYPES,
  THEMES,
  URGENCIES,
} from '../lists'
import type { CaseFile } from './queries'

// Turning stored codes into the Dutch labels the views show; views never look up lists themselves.

export function educationLabel(level: string | null, studyType: string | null): string {
  if (!level) return '—'
  return studyType ? `${labelOf(EDUCATION_LEVELS, level)} (${labelOf(STUDY_TYPES, studyType)})` : labelOf(EDUCATION_LEVELS, level)
}

export function caseDetailsProps(file: CaseFile): CaseDetailsProps {
  return {
    regionLabel: regionName(file.regionCode),
    statusLabel: labelOf(CASE_STATUSES, file.status),
    urgencyLabel: file.urgency ? labelOf(URGENCIES, file.urgency) : '—',
    urgencyMotivation: file.urgencyMotivation,
    ageYears: file.ageYears,
    genderLabel: file.gender ? labelOf(GENDERS, file.gender) : 'niet opgegeven',
    educationLabel: educationLabel(file.educationLevel, file.studyType),
    livingLabel: file.livingSituation ? labelOf(LIVING_SITUATIONS, file.livingSituation) : '—',
    formatLabel: file.proposedFormat ? labelOf(FORMATS, file.proposedFormat) : '—',
    decidedFormatLabel: file.format ? labelOf(FORMATS, file.format) : null,
    themes: file.themes.map((t) => labelOf(THEMES, t)),
    interventions: file.interventions.map((i) => ({ ...i, typeLabel: labelOf(INTERVENTION_TYPES, i.type) })),
    deadlock: file.deadlock,
    question: file.question,
    partners: file.partners,
    eligibility: file.eligibility.map((e) => (e === CLB_AGREEMENT.code ? CLB_AGREEMENT.label : labelOf(ELIGIBILITY, e))),
    consentPurposes: (file.consent.purposes ?? []).map((p) => labelOf(CONSENT_PURPOSES, p)),
    organisationName: file.organisationName,
    referrerName: file.referrerName,
    referrerEmail: file.referrerEmail,
    submittedAt: file.submittedAt,
    messages: file.messages.map((m) => ({ ...m, kindLabel: m.kind === 'vraag' ? 'Vraag' : 'Antwoord' })),
    history: file.events.map((e) => ({ at: e.at, toLabel: labelOf(CASE_STATUSES, e.toStatus), note: e.note })),
  }
}

// built once: constructing an Intl formatter costs more than the rest of an inbox row
const brusselsYear = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', year: 'numeric' })

/** "eerder aangemeld: 2× sinds 2025" and whether the last one was within 12 months of this one. */
export function repeatMarker(
  earlier: { count: number; first: Date | null; last: Date | null },
  submittedAt: Date,
): { text: string | null; withinYear: boolean } {
  if (earlier.count === 0 || !earlier.first || !earlier.last) return { text: null, withinYear: false }
  const year = brusselsYear.format(earlier.first)
  const withinYear = submittedAt.getTime() - earlier.last.getTime() < 365 * 24 * 60 * 60 * 1000
  return { text: `eerder aangemeld: ${earlier.count}× sinds ${year}`, withinYear }
}

/** Whole days a case has waited since submission, in Belgian calendar days. */
export function waitingDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / (24 * 60 * 60 * 1000)))
}
