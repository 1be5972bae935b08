// Preloaded into the app process by the browser harness when a test needs the app to live on a
// given day (a zitting is held "today" whatever day CI runs on). Time still flows from there; only
// the starting point moves. Never loaded outside the tests.
const target = Date.parse(process.env.ROTS_E2E_NOW ?? '')
if (!Number.isNaN(target)) {
  const RealDate = Date
  const offset = target - RealDate.now()
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate
}
