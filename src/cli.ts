import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { eq } from 'drizzle-orm'
import { organisations } from '../db/schema'
import { DEMO_PASSWORD, seedDemo, seedDemoOffers, seedDemoTables, seedReference } from '../db/seed'
import { seedDemoCases } from '../db/seed-cases'
import { seedHistory } from '../db/seed-history'
import { inviteSchema } from './admin/schemas'
import { createInvitedUser } from './admin/users'
import { audit, verifyChain } from './audit/log'
import { rotateIdentityKeys } from './cases/identity'
import { readConfig } from './config'
import type { Deps } from './deps'
import { queueReminders } from './followup/reminders'
import { newId } from './ids'
import { REGION_CODES } from './lists'
import { deliverDue } from './mail/outbox'
import { nodeDeps } from './node-runtime'
import { generateKeySettings } from './privacy/keys'
import { runScrub } from './privacy/scrub/cli'
import { dumpRows } from './sql-dump'

const HELP = `Gebruik: npx rots <opdracht> [opties]

Opdrachten:
  user:create --email E --name N --role R [--region CODE,CODE] [--organisation NAAM] [--sql BESTAND]
                 maakt een account en een uitnodiging (de link wordt hier getoond en gemaild);
                 zonder --region krijgt de rol alle regio's (${REGION_CODES.join(', ')});
                 met --sql komt alles in een SQL-bestand voor een lege D1-database
                 (npx wrangler d1 execute rots --remote --file BESTAND)
  seed [--demo] [--cases N]
                 regio's en lijsten bijwerken; met --demo ook demo-organisaties en -accounts;
                 met --cases N daarbovenop een synthetische geschiedenis van N casussen over vier
                 schooljaren (alle regio's en statussen); een tweede keer voegt niets meer toe
  audit:verify   controleert de hashketen van het auditlog (exitcode 1 bij een breuk)
  keys:rotate    versleutelt elke identiteit opnieuw met de huidige kluissleutel (VAULT_KEY_ID);
                 mag onderbroken en herhaald worden
  mail:deliver   verstuurt wat in de wachtrij staat
  reminders      zet de herinneringen voor de opvolging klaar (acties die binnenkort vervallen,
                 verstreken opvolgdatums) en verstuurt ze; mag herhaald worden
  scrub --jsonl  leest JSON Lines {"id","text","identity"?} op stdin en schrijft per regel de gevonden
                 persoonsgegevens en de geanonimiseerde tekst (dezelfde detector als de app)
  scrub BESTAND  toont de geanonimiseerde tekst van een bestand`

const CLI_ACTOR = { userId: null, ip: 'cli' }

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP)
    return command ? 0 : 2
  }
  // the detector needs no database, keys or configuration
  if (command === 'scrub') return runScrub(rest, process.stdin, process.stdout)
  const configResult = readConfig(process.env)
  if (!configResult.ok) return fail('De configuratie is ongeldig:', configResult.errors)
  // --sql writes to a scratch database that is dumped afterwards; the configured file stays untouched
  const sqlFile = command === 'user:create' ? sqlTarget(rest) : undefined
  const config = sqlFile ? { ...configResult.config, databasePath: ':memory:' } : configResult.config
  // the scratch database holds no vault data, so it needs no real keys
  const runtime = nodeDeps(config, sqlFile ? { ...process.env, ...generateKeySettings() } : process.env)
  if (!runtime.ok) return fail('Sleutels ontbreken of zijn ongeldig:', runtime.errors)
  const { deps, close } = runtime
  try {
    await seedReference(deps.db)
    switch (command) {
      case 'user:create': {
        const status = await createUser(deps, rest, sqlFile)
        if (status === 0 && sqlFile) {
          writeFileSync(sqlFile, dumpRows(runtime.client), { mode: 0o600 })
          console.log(`SQL geschreven naar ${sqlFile}. Voer het uit op een lege database: npx wrangler d1 execute rots --remote --file ${sqlFile}`)
        }
        return status
      }
      case 'seed':
        return await seed(deps, rest)
      case 'audit:verify':
        return await verifyAudit(deps)
      case 'keys:rotate': {
        const { rotated } = await rotateIdentityKeys(deps)
        await audit(deps, CLI_ACTOR, { action: 'sleutels.geroteerd', details: { aantal: rotated, sleutel: deps.keys.vault.currentId } })
        console.log(`${rotated} identiteiten opnieuw versleuteld met sleutel ${deps.keys.vault.currentId}.`)
        return 0
      }
      case 'mail:deliver': {
        const result = await deliverDue(deps, 1000)
        console.log(`${result.sent} verzonden, ${result.failed} mislukt`)
        return result.failed > 0 ? 1 : 0
      }
      case 'reminders': {
        const queued = await queueReminders(deps)
        const result = await deliverDue(deps, 1000)
        console.log(
          `${queued.actionMails} herinneringen over acties, ${queued.followUpMails} over opvolgdatums; ${result.sent} verzonden, ${result.failed} mislukt`,
        )
        return result.failed > 0 ? 1 : 0
      }
      default:
        console.error(`Onbekende opdracht: ${command}\n\n${HELP}`)
        return 2
    }
  } finally {
    close()
  }
}

function sqlTarget(args: string[]): string | undefined {
  const index = args.indexOf('--sql')
  return index >= 0 ? args[index + 1] : undefined
}

async function createUser(deps: Deps, args: string[], sqlFile: string | undefined): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      organisation: { type: 'string', default: 'Functioneel beheer ROTS' },
      sql: { type: 'string' },
    },
  })
  const regionList = values.region ? values.region.split(',').map((r) => r.trim().toUpperCase()) : [...REGION_CODES]
  const checks = regionList.map((regio) =>
    inviteSchema.omit({ organisatie: true }).safeParse({ naam: values.name ?? values.email?.split('@')[0], email: values.email, rol: values.role, regio }),
  )
  const flag: Record<string, string> = { naam: '--name', email: '--email', rol: '--role', regio: '--region' }
  const problems = checks.flatMap((r) => (r.success ? [] : r.error.issues.map((i) => `${flag[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`)))
  if (problems.length > 0) return fail('Ongeldige invoer:', [...new Set(problems)])
  const first = checks[0]?.data
  if (!first) return fail('Ongeldige invoer:', ['geen regio'])
  const orgName = values.organisation as string
  let [org] = await deps.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, orgName)).limit(1)
  if (!org) {
    org = { id: newId() }
    await audit(deps, CLI_ACTOR, { action: 'organisatie.aangemaakt', objectType: 'organisation', objectId: org.id }, () => [
      deps.db.insert(organisations).values({ id: (org as { id: string }).id, name: orgName, sector: 'overheid' }),
    ])
  }
  const grantList = regionList.map((regionCode) => ({ role: first.rol, regionCode }))
  const result = await createInvitedUser(deps, CLI_ACTOR, { name: first.naam, email: first.email, organisationId: org.id, grants: grantList }, null)
  if (!result.ok) return fail(result.message ?? 'Het account kon niet worden aangemaakt.', [])
  // with --sql the mail stays queued in the dump: the Worker's outbox sends it once it is applied
  if (!sqlFile) await deliverDue(deps)
  console.log(`Account aangemaakt voor ${first.email} (${first.rol} in ${regionList.join(', ')}).`)
  console.log(`Activatielink (eenmalig, ${deps.config.invitationHours} uur geldig; ook gemaild):\n  ${result.link}`)
  return 0
}

async function seed(deps: Deps, args: string[]): Promise<number> {
  const casesProblem = '--cases: geef een positief geheel getal, bv. --cases 100000'
  let values: { demo: boolean; cases?: string | undefined }
  try {
    values = parseArgs({ args, options: { demo: { type: 'boolean', default: false }, cases: { type: 'string' } } }).values
  } catch (error) {
    // "--cases -5" or a bare "--cases" end up here, as does an unknown option
    const message = String((error as Error).message)
    return fail('Ongeldige invoer:', [message.includes('--cases') ? casesProblem : `onbekende of onvolledige optie (${args.join(' ')})`])
  }
  const cases = values.cases === undefined ? undefined : /^\d+$/.test(values.cases.trim()) ? Number(values.cases.trim()) : Number.NaN
  if (cases !== undefined && !(Number.isSafeInteger(cases) && cases > 0)) return fail('Ongeldige invoer:', [casesProblem])
  if (cases !== undefined && !values.demo) return fail('Ongeldige invoer:', ['--cases: enkel samen met --demo (synthetische gegevens)'])
  if (values.demo) {
    if (deps.config.production) return fail('Demo-gegevens zijn niet toegestaan in productie.', [])
    await seedDemoOffers(deps.db, deps.clock.now())
    const accounts = await seedDemo(deps.db)
    await seedDemoTables(deps.db, deps.clock.now())
    await seedDemoCases(deps)
    if (accounts) console.log(`Demo-accounts aangemaakt (wachtwoord: ${DEMO_PASSWORD}):\n${accounts.map((a) => `  ${a.role} ${a.email}`).join('\n')}`)
    else console.log('Er bestaan al gebruikers: demo-accounts niet opnieuw aangemaakt.')
    if (cases !== undefined) {
      const history = await seedHistory(deps, { cases, now: deps.clock.now() })
      if (!history) console.log('Er is al een synthetische geschiedenis: niets toegevoegd.')
      else {
        await audit(deps, CLI_ACTOR, { action: 'demo.geschiedenis', details: { casussen: history.cases } })
        console.log(
          `Synthetische geschiedenis: ${history.cases} casussen, ${history.consults} besprekingen, ${history.actions} acties, ${history.followUps} opvolgingen, ${history.zittingen} zittingen, ${history.organisations} organisaties (${(history.ms / 1000).toFixed(1)} s).`,
        )
      }
    }
  }
  console.log("Regio's en lijsten zijn bijgewerkt.")
  return 0
}

async function verifyAudit(deps: Deps): Promise<number> {
  const result = await verifyChain(deps.db)
  if (result.ok) {
    console.log(`Auditlog intact: ${result.entries} registraties gecontroleerd.`)
    return 0
  }
  console.error(`Auditlog VERBROKEN bij registratie ${result.seq}: ${result.reason}.`)
  return 1
}

function fail(title: string, errors: string[]): number {
  console.error(title)
  for (const e of errors) console.error(`  - ${e}`)
  return 1
}

process.exitCode = await main(process.argv.slice(2))
