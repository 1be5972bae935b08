import type { IncomingMessage, ServerResponse } from 'node:http'
import type Database from 'better-sqlite3'
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
  type ListItem,
  REGIONS,
  STUDY_TYPES,
  THEMES,
  URGENCIES,
} from '../../src/lists'

// The floor the real pages are measured against: the same data as the triage inbox, the
// coordinator's case file and a month-by-month dashboard, each read with ONE prepared
// better-sqlite3 statement and written out with template strings. No session, no ORM, no JSX, no
// middleware. Only the benchmark serves this; the app never mounts it.

const labels = (list: readonly ListItem[]) => new Map(list.map((i) => [i.code, i.label]))
const STATUS = labels(CASE_STATUSES)
const URGENCY = labels(URGENCIES)
const LEVEL = labels(EDUCATION_LEVELS)
const STUDY = labels(STUDY_TYPES)
const THEME = labels(THEMES)
const FORMAT = labels(FORMATS)
const GENDER = labels(GENDERS)
const LIVING = labels(LIVING_SITUATIONS)
const INTERVENTION = labels(INTERVENTION_TYPES)
const PURPOSE = labels(CONSENT_PURPOSES)
const ELIGIBLE = new Map([...labels(ELIGIBILITY), [CLB_AGREEMENT.code, CLB_AGREEMENT.label]])
const REGION = new Map<string, string>(REGIONS.map((r) => [r.code, r.name]))
const day = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' })
const year = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', year: 'numeric' })
const DAY_MS = 86_400_000
const PAGE_SIZE = 25

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string)
const redacted = (text: string | null) =>
  text
    ? `<span class="redacted">${esc(text).replace(/\[[A-ZÀ-Ý-]+ \d+\]/gu, (placeholder) => `<mark class="placeholder">${placeholder}</mark>`)}</span>`
    : '<span class="empty">—</span>'
const education = (level: string | null, study: string | null) =>
  level ? (study ? `${LEVEL.get(level) ?? level} (${STUDY.get(study) ?? study})` : (LEVEL.get(level) ?? level)) : '—'

const NAV = [
  ['/', 'Start'],
  ['/triage', 'Triage'],
  ['/planning', 'Planning'],
  ['/bespreking', 'Besprekingen'],
  ['/tafels', 'Tafels'],
  ['/aanbod', 'Aanbod'],
  ['/opvolging', 'Opvolging'],
  ['/signalen', 'Signalen'],
  ['/rapporten', 'Rapporten'],
  ['/account', 'Mijn account'],
]

/** The page shell as the coordinator sees it, written once per request like the real layout. */
function shell(title: string, current: string, body: string): string {
  const nav = NAV.map(([href, label]) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a></li>`).join('')
  return `<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="htmx-config" content='{"includeIndicatorCSS":false}'/><title>${esc(title)} · ROTS casuïstiek</title><link rel="stylesheet" href="/static/app.css"/><script src="/static/htmx.min.js" defer></script></head><body><a class="skip-link" href="#inhoud">Naar de inhoud</a><header class="site-header"><div class="brand"><a href="/">ROTS casuïstiek</a></div><nav aria-label="Hoofdmenu"><ul>${nav}</ul></nav><div class="who"><span>Cato Coördinator · ROTS Vlaams-Brabant (demo)</span><form method="post" action="/afmelden"><button type="submit" class="link-button">Afmelden</button></form></div></header><main id="inhoud" tabindex="-1">${body}</main><footer class="site-footer"><p>Regionaal Overleg Tegen Schooluitval · gegevens van minderjarigen: enkel gebruiken waarvoor ze gedeeld zijn.</p></footer></body></html>`
}

/** "eerder aangemeld: 2× sinds 2025" from "count,first,last" as the statement returns it. */
function repeat(earlier: string, submittedAt: number): string {
  const [count, first, last] = earlier.split(',')
  if (!count || count === '0' || !first || !last) return '—'
  const within = submittedAt - Number(last) < 365 * DAY_MS ? '<strong class="flag"> binnen 12 maanden</strong>' : ''
  return `eerder aangemeld: ${count}× sinds ${year.format(Number(first))}${within}`
}

const EARLIER = `(select count(*) || ',' || ifnull(min(e.submitted_at), '') || ',' || ifnull(max(e.submitted_at), '') from cases e
  where e.pseudonym = c.pseudonym and e.id <> c.id and e.submitted_at < c.submitted_at)`

export function minimalPages(db: Database.Database) {
  const inbox = db.prepare(`
    select c.id, c.reference, c.region_code as region, c.status, c.age_years as age, c.education_level as level, c.study_type as study,
      c.urgency, c.proposed_format as proposed, c.submitted_at as submittedAt,
      (select group_concat(t.theme, ',') from case_themes t where t.case_id = c.id) as themes,
      ${EARLIER} as earlier,
      (select count(*) from cases n where n.region_code = @region and n.status = @status) as total
    from cases c where c.region_code = @region and c.status = @status
    order by case c.urgency when 'crisis' then 0 when 'hoog' then 1 else 2 end, c.submitted_at, c.id
    limit ${PAGE_SIZE}`)
  const caseFile = db.prepare(`
    select c.id, c.reference, c.region_code as region, c.status, c.urgency, c.urgency_motivation as motivation, c.age_years as age, c.gender,
      c.education_level as level, c.study_type as study, c.living_situation as living, c.proposed_format as proposed, c.format,
      c.deadlock, c.question, c.partners, c.eligibility, c.consent, c.submitted_at as submittedAt,
      o.name as organisation, u.name as referrer, u.email as referrerEmail,
      (select group_concat(t.theme, ',') from case_themes t where t.case_id = c.id) as themes,
      (select json_group_array(json_array(i.type, i.provider, i.period, i.effect))
         from (select * from case_interventions where case_id = c.id order by position) i) as interventions,
      (select json_group_array(json_array(m.at, m.kind, m.text, a.name))
         from (select * from case_messages where case_id = c.id order by at) m join users a on a.id = m.author_id) as messages,
      (select json_group_array(json_array(ev.at, ev.to_status, ev.note))
         from (select * from case_events where case_id = c.id order by at) ev) as events,
      ${EARLIER} as earlier
    from cases c join organisations o on o.id = c.organisation_id join users u on u.id = c.referrer_id
    where c.id = ? and c.status <> 'concept'`)
  const dashboard = db.prepare(`
    select strftime('%Y-%m', submitted_at / 1000, 'unixepoch') as month, sum(stats_consent) as counted, sum(not stats_consent) as without
    from cases where region_code = ? and submitted_at >= ? and submitted_at < ? and status <> 'concept'
    group by month order by month`)

  function inboxPage(region: string, now: number): string {
    const rows = inbox.all({ region, status: 'aangemeld' }) as {
      id: string
      reference: string
      region: string
      status: string
      age: number | null
      level: string | null
      study: string | null
      urgency: string | null
      proposed: string | null
      submittedAt: number
      themes: string | null
      earlier: string
      total: number
    }[]
    const total = rows[0]?.total ?? 0
    const body = rows
      .map((r) => {
        const waiting = Math.max(0, Math.floor((now - r.submittedAt) / DAY_MS))
        const themes = r.themes ? r.themes.split(',').map((t) => THEME.get(t) ?? t) : []
        return `<tr${r.urgency === 'crisis' ? ' class="urgent"' : ''}><td><a href="/casussen/${r.id}">${esc(r.reference)}</a><div class="hint">${REGION.get(r.region)}</div></td><td>${URGENCY.get(r.urgency ?? '') ?? '—'}</td><td>${r.age === null ? '—' : `${r.age} jaar`}</td><td>${education(r.level, r.study)}</td><td>${esc(themes.join(', ') || '—')}</td><td>${r.proposed ? (FORMAT.get(r.proposed) ?? '').split(' (')[0] : '—'}</td><td>${waiting} ${waiting === 1 ? 'dag' : 'dagen'}<div class="hint">sinds ${day.format(r.submittedAt)}</div></td><td>${repeat(r.earlier, r.submittedAt)}</td><td>${STATUS.get(r.status)}</td></tr>`
      })
      .join('')
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
    const pager =
      pages > 1
        ? `<nav class="pager" aria-label="Paginering"><span>Pagina 1 van ${pages}</span><a href="/triage?weergave=nieuw&amp;pagina=2" rel="next">Volgende →</a></nav>`
        : ''
    const table = rows.length
      ? `<table><caption>${total} ${total === 1 ? 'aanmelding' : 'aanmeldingen'}, meest urgent en langst wachtend eerst</caption><thead><tr><th scope="col">Referentie</th><th scope="col">Urgentie</th><th scope="col">Leeftijd</th><th scope="col">Onderwijs</th><th scope="col">Thema’s</th><th scope="col">Formaat</th><th scope="col">Wacht</th><th scope="col">Eerder aangemeld</th><th scope="col">Status</th></tr></thead><tbody>${body}</tbody></table>`
      : '<p class="empty">Er wachten geen aanmeldingen in uw regio’s.</p>'
    return shell(
      'Triage',
      '/triage',
      `<section><h1>Triage</h1><search><form method="get" action="/triage" class="filters"><div class="field"><label for="veld-weergave">Toon</label><select id="veld-weergave" name="weergave"><option value="nieuw" selected>Te beoordelen</option><option value="info">Wacht op info van de aanmelder</option><option value="wachtrij">Aanvaard, wacht op een zitting</option><option value="alle">Alle ingediende aanmeldingen</option></select></div><button type="submit" class="secondary">Tonen</button></form></search>${table}${pager}</section>`,
    )
  }

  function caseFilePage(id: string): string | null {
    const c = caseFile.get(id) as
      | {
          id: string
          reference: string
          region: string
          status: string
          urgency: string | null
          motivation: string | null
          age: number | null
          gender: string | null
          level: string | null
          study: string | null
          living: string | null
          proposed: string | null
          format: string | null
          deadlock: string | null
          question: string | null
          partners: string | null
          eligibility: string
          consent: string
          submittedAt: number | null
          organisation: string
          referrer: string
          referrerEmail: string
          themes: string | null
          interventions: string
          messages: string
          events: string
          earlier: string
        }
      | undefined
    if (!c) return null
    const [count, first, last] = c.earlier.split(',')
    const repeatNotice =
      count && count !== '0' && first && last
        ? `<div class="${c.submittedAt !== null && c.submittedAt - Number(last) < 365 * DAY_MS ? 'notice notice--warning' : 'notice'}" role="status">eerder aangemeld: ${count}× sinds ${year.format(Number(first))}</div>`
        : ''
    const interventions = JSON.parse(c.interventions) as [string, string | null, string | null, string | null][]
    const messages = JSON.parse(c.messages) as [number, string, string, string][]
    const events = JSON.parse(c.events) as [number, string, string | null][]
    const purposes = ((JSON.parse(c.consent) as { purposes?: string[] }).purposes ?? []).map((p) => PURPOSE.get(p) ?? p)
    const eligibility = (JSON.parse(c.eligibility) as string[]).map((e) => `<li>${esc(ELIGIBLE.get(e) ?? e)}</li>`).join('')
    const themes = c.themes ? c.themes.split(',').map((t) => THEME.get(t) ?? t) : []
    const trajectory = interventions.length
      ? `<table><caption class="visually-hidden">Eerdere trajecten</caption><thead><tr><th scope="col">Interventie</th><th scope="col">Aanbieder</th><th scope="col">Periode</th><th scope="col">Effect</th></tr></thead><tbody>${interventions.map(([type, provider, period, effect]) => `<tr><td>${INTERVENTION.get(type) ?? type}</td><td>${redacted(provider)}</td><td>${redacted(period)}</td><td>${redacted(effect)}</td></tr>`).join('')}</tbody></table>`
      : '<p class="empty">Geen eerdere trajecten ingevuld.</p>'
    const history = events.length
      ? `<h2>Verloop</h2><ol class="thread">${events.map(([at, to, note]) => `<li>${day.format(at)}: ${STATUS.get(to)}${note ? `<p class="prose">${redacted(note)}</p>` : ''}</li>`).join('')}</ol>`
      : ''
    const thread = messages.length
      ? `<h2>Vragen en antwoorden</h2><ol class="thread">${messages.map(([at, kind, text, author]) => `<li><p class="hint">${kind === 'vraag' ? 'Vraag' : 'Antwoord'} van ${esc(author)}, ${day.format(at)}</p><p class="prose">${redacted(text)}</p></li>`).join('')}</ol>`
      : ''
    const open = c.status === 'aangemeld'
    const textArea = (name: string, label: string, hint: string) =>
      `<div class="field"><label for="veld-${name}">${label}<span class="required"> (verplicht)</span></label><p class="hint" id="veld-${name}-hint">${hint}</p><textarea id="veld-${name}" name="${name}" rows="4" aria-describedby="veld-${name}-hint"></textarea></div>`
    const accept = open
      ? `<section aria-labelledby="aanvaarden-titel" class="section"><h2 id="aanvaarden-titel">Aanvaarden</h2><p>Toets de voorwaarden hierboven. De casus gaat naar de wachtrij van de regio, in het gekozen formaat.</p><form method="post" action="/casussen/${c.id}/aanvaarden" novalidate><fieldset class="field choices" id="veld-formaat"><legend>Formaat<span class="required"> (verplicht)</span></legend>${FORMATS.map((f, i) => `<div class="choice"><input type="radio" id="veld-formaat-${i}" name="formaat" value="${f.code}"${f.code === c.proposed ? ' checked' : ''}/><label for="veld-formaat-${i}">${f.label}</label></div>`).join('')}</fieldset><button type="submit">Aanvaarden</button></form></section>`
      : ''
    const redirect =
      open || c.status === 'info_gevraagd'
        ? `<section aria-labelledby="doorverwijzen-titel" class="section"><h2 id="doorverwijzen-titel">Doorverwijzen</h2><form method="post" action="/casussen/${c.id}/doorverwijzen" novalidate>${textArea('reden', 'Waarom hoort de casus niet op het ROTS, en waar kan de aanmelder terecht?', 'De aanmelder leest dit advies. Noem geen namen: ook deze tekst wordt ontdaan van persoonsgegevens.')}<button type="submit" class="secondary">Doorverwijzen</button></form></section>`
        : ''
    const askInfo = open
      ? `<section aria-labelledby="info-titel"><h2 id="info-titel">Bijkomende informatie vragen</h2><form method="post" action="/casussen/${c.id}/info-vragen" novalidate>${textArea('vraag', 'Wat wilt u weten?', 'Noem geen namen: de vraag wordt ook ontdaan van persoonsgegevens.')}<button type="submit">Vraag versturen</button></form></section>`
      : ''
    const forms = accept + redirect + askInfo
    const body = `<section><p><a href="/triage">← Triage</a></p><h1>${esc(c.reference)}</h1>${repeatNotice}<div class="case-details"><dl class="facts"><dt>Status</dt><dd>${STATUS.get(c.status)}</dd><dt>Regio</dt><dd>${REGION.get(c.region)}</dd><dt>Aangemeld op</dt><dd>${c.submittedAt === null ? 'nog niet ingediend' : day.format(c.submittedAt)}</dd><dt>Aanmelder</dt><dd>${esc(c.referrer)}, ${esc(c.organisation)} (<a href="mailto:${esc(c.referrerEmail)}">${esc(c.referrerEmail)}</a>)</dd><dt>Urgentie</dt><dd>${URGENCY.get(c.urgency ?? '') ?? '—'}${c.motivation ? ` — ${redacted(c.motivation)}` : ''}</dd><dt>Voorgesteld formaat</dt><dd>${FORMAT.get(c.proposed ?? '') ?? '—'}</dd>${c.format ? `<dt>Gekozen formaat</dt><dd>${FORMAT.get(c.format)}</dd>` : ''}</dl><h2>Profiel</h2><dl class="facts"><dt>Leeftijd</dt><dd>${c.age === null ? '—' : `${c.age} jaar`}</dd><dt>Gender</dt><dd>${c.gender ? GENDER.get(c.gender) : 'niet opgegeven'}</dd><dt>Onderwijs</dt><dd>${education(c.level, c.study)}</dd><dt>Leefsituatie</dt><dd>${c.living ? LIVING.get(c.living) : '—'}</dd><dt>Thema’s</dt><dd>${esc(themes.join(', ') || '—')}</dd></dl><h2>Traject tot nu toe</h2>${trajectory}<h2>Waarom zit het vast?</h2><p class="prose">${redacted(c.deadlock)}</p><h2>Vraag aan de tafel</h2><p class="prose">${redacted(c.question)}</p><h2>Betrokken partners</h2><p class="prose">${redacted(c.partners)}</p><h2>Voorwaarden en toestemming</h2><ul>${eligibility}</ul><p>Toestemming voor: ${purposes.length ? esc(purposes.join('; ')) : 'geen'}.</p>${history}${thread}</div>${forms}</section>`
    return shell(c.reference, '/triage', body)
  }

  function dashboardPage(region: string, schoolYear: number): string {
    const from = Date.UTC(schoolYear, 8, 1)
    const to = Date.UTC(schoolYear + 1, 8, 1)
    const rows = dashboard.all(region, from, to) as { month: string; counted: number; without: number }[]
    // disclosure control as the reports apply it: 1 to 4 is shown as <5
    const cell = (n: number) => (n > 0 && n < 5 ? '&lt;5' : String(n))
    const counted = rows.reduce((sum, r) => sum + r.counted, 0)
    const without = rows.reduce((sum, r) => sum + r.without, 0)
    const body = rows.map((r) => `<tr><th scope="row">${r.month.slice(5)}/${r.month.slice(0, 4)}</th><td>${cell(r.counted)}</td></tr>`).join('')
    return shell(
      'Rapporten',
      '/rapporten',
      `<section><h1>Aanmeldingen ${esc(REGION.get(region))}, schooljaar ${schoolYear}–${schoolYear + 1}</h1><table><caption>Aanmeldingen per maand</caption><thead><tr><th scope="col">Maand</th><th scope="col">Aanmeldingen</th></tr></thead><tbody>${body}</tbody><tfoot><tr><th scope="row">Totaal</th><td>${cell(counted)}</td></tr></tfoot></table><p>Zonder toestemming voor statistiek: ${cell(without)}</p></section>`,
    )
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://minimal')
    let html: string | null = null
    if (url.pathname === '/inbox') html = inboxPage(url.searchParams.get('regio') ?? 'VB', Date.now())
    else if (url.pathname.startsWith('/casus/')) html = caseFilePage(url.pathname.slice('/casus/'.length))
    else if (url.pathname === '/dashboard') html = dashboardPage(url.searchParams.get('regio') ?? 'VB', Number(url.searchParams.get('schooljaar')))
    res.writeHead(html === null ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(html ?? 'Niet gevonden')
  }
}
