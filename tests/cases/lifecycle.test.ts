import { describe, expect, it } from 'vitest'
import { checkTransition, TRANSITIONS, type Transition } from '../../src/cases/lifecycle'
import { CASE_STATUSES, ROLES } from '../../src/lists'

describe('case status machine', () => {
  // every (status, transition, role) combination: allowed ones lead to the table's status, the rest are refused
  for (const [name, rule] of Object.entries(TRANSITIONS) as [Transition, (typeof TRANSITIONS)[Transition]][]) {
    for (const { code: status } of CASE_STATUSES) {
      for (const role of ROLES) {
        const permitted = (rule.roles as readonly string[]).includes(role)
        const allowed = permitted && (rule.from as readonly string[]).includes(status)
        it(`${name} from ${status} as ${role}: ${allowed ? `→ ${rule.to}` : 'refused'}`, () => {
          const result = checkTransition(name, status, [role])
          if (allowed) expect(result).toEqual({ ok: true, to: rule.to })
          else expect(result).toEqual({ ok: false, reason: permitted ? 'conflict' : 'forbidden' })
        })
      }
    }
  }

  it('has no transition out of a final status', () => {
    for (const final of ['afgesloten', 'doorverwezen', 'ingetrokken'] as const)
      for (const rule of Object.values(TRANSITIONS)) expect(rule.from as readonly string[]).not.toContain(final)
  })

  it('lets every status except concept be reached', () => {
    const reached = new Set(Object.values(TRANSITIONS).map((r) => r.to))
    for (const { code } of CASE_STATUSES) if (code !== 'concept') expect(reached, code).toContain(code)
  })
})
