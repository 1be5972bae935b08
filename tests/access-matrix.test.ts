import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, organisations, sessions, users } from '../db/schema'
import { testApp } from './support'

// Every page as every demo role: what each may open, what the menu shows, and that nothing
// secret (hashes, tokens) ever reaches a page.
const ACCOUNTS = {
  aanmelder: 'aanmelder.vb@rots.example',
  coordinator: 'coordinator.wvl@rots.example',
  tafellid: 'tafellid.vb@rots.example',
  analist: 'analist@rots.example',
  beheerder: 'beheerder@rots.example',
} as const
type Who = keyof typeof ACCOUNTS

const PAGES = (ids: { user: string; org: string }) => [
  { path: '/', open: 'all' },
  { path: '/account', open: 'all' },
  { path: '/aanmeldingen', open: 'aanmelder' },
  { path: '/triage', open: 'coordinator' },
  { path: '/triage?weergave=alle', open: 'coordinator' },
  { path: '/aanbod', open: 'coordinator' },
  { path: '/aanbod/nieuw', open: 'coordinator' },
  { path: '/tafels', open: 'coordinator' },
  { path: '/tafels/nieuw', open: 'coordinator' },
  { path: '/beheer/gebruikers', open: 'beheerder' },
  { path: '/beheer/gebruikers/nieuw', open: 'beheerder' },
  { path: `/beheer/gebruikers/${ids.user}`, open: 'beheerder' },
  { path: `/beheer/gebruikers/${ids.user}/deactiveren`, open: 'beheerder' },
  { path: '/beheer/organisaties', open: 'beheerder' },
  { path: `/beheer/organisaties/${ids.org}`, open: 'beheerder' },
  { path: '/beheer/e-mail', open: 'beheerder' },
  { path: '/beheer/audit', open: 'beheerder' },
  { path: '/beheer/audit?controle=1', open: 'beheerder' },
]

describe('access by role', () => {
  let env: Awaited<ReturnType<typeof testApp>>
  const cookies = {} as Record<Who, string>
  let pages: ReturnType<typeof PAGES>

  beforeAll(async () => {
    env = await testApp()
    for (const [who, email] of Object.entries(ACCOUNTS)) cookies[who as Who] = await env.client.login(email)
    const [user] = await env.deps.db.select().from(users).where(eq(users.email, ACCOUNTS.tafellid))
    const [org] = await env.deps.db.select().from(organisations).limit(1)
    pages = PAGES({ user: user?.id ?? '', org: org?.id ?? '' })
  })

  for (const who of Object.keys(ACCOUNTS) as Who[]) {
    it(`${who}: opens exactly the pages of the role, is refused the rest with an audited 403`, async () => {
      const before = (await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'toegang.geweigerd'))).length
      let refused = 0
      for (const p of pages) {
        const res = await env.client.get(p.path, cookies[who])
        const allowed = p.open === 'all' || p.open === who
        expect(res.status, `${who} ${p.path}`).toBe(allowed ? 200 : 403)
        if (!allowed) {
          refused++
          expect(await res.text()).toContain('Geen toegang')
        }
      }
      const after = (await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'toegang.geweigerd'))).length
      expect(after - before).toBe(refused)
    })

    it(`${who}: the menu shows administration only to a beheerder`, async () => {
      const html = await (await env.client.get('/', cookies[who])).text()
      const nav = /<nav aria-label="Hoofdmenu">[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
      expect(nav.includes('/beheer/gebruikers')).toBe(who === 'beheerder')
      expect(nav.includes('/aanmeldingen')).toBe(who === 'aanmelder')
      expect(nav.includes('/triage')).toBe(who === 'coordinator')
      expect(nav).toContain('Mijn account')
    })

    it(`${who}: no page shows a password hash, a session secret or an invitation secret`, async () => {
      const hashes = (await env.deps.db.select({ h: users.passwordHash }).from(users)).map((r) => r.h).filter(Boolean) as string[]
      const secrets = (await env.deps.db.select({ h: sessions.secretHash }).from(sessions)).map((r) => r.h)
      const tokens = Object.values(cookies).map((c) => decodeURIComponent(c.split('=')[1] ?? '').split('.')[1] ?? '')
      for (const p of pages) {
        const html = await (await env.client.get(p.path, cookies[who])).text()
        for (const value of [...hashes, ...secrets, ...tokens]) expect(html).not.toContain(value)
        expect(html).not.toMatch(/scrypt\$/)
      }
    })
  }

  it('anonymous visitors are sent to the login page from every page', async () => {
    for (const p of pages) {
      const res = await env.client.get(p.path)
      expect(res.status, p.path).toBe(303)
      expect(res.headers.get('Location')).toMatch(/^\/aanmelden/)
    }
  })

  it('refuses every admin write to a non-beheerder with 403', async () => {
    const [user] = await env.deps.db.select().from(users).where(eq(users.email, ACCOUNTS.tafellid))
    const writes = [
      ['/beheer/gebruikers/nieuw', { naam: 'X Y', email: 'x@y.example', organisatie: 'x', rol: 'beheerder', regio: 'VB' }],
      [`/beheer/gebruikers/${user?.id}/rollen`, { rol: 'beheerder', regio: 'VB' }],
      [`/beheer/gebruikers/${user?.id}/deactiveren`, {}],
      ['/beheer/organisaties', { naam: 'Nep', sector: 'clb' }],
    ] as const
    for (const who of ['aanmelder', 'coordinator', 'tafellid', 'analist'] as const)
      for (const [path, form] of writes) expect((await env.client.post(path, { ...form }, cookies[who])).status, `${who} ${path}`).toBe(403)
    const [still] = await env.deps.db.select().from(users).where(eq(users.email, ACCOUNTS.tafellid))
    expect(still?.active).toBe(true)
  })
})
