// The workerd built-in modules src/worker.ts imports. Only these, not the global
// @cloudflare/workers-types: those redeclare DOM and fetch types (Element, Request, …) for the
// whole program, which the Node entry, the views and the browser tests share.
declare module 'cloudflare:email' {
  export class EmailMessage {
    constructor(from: string, to: string, raw: string | ReadableStream)
    readonly from: string
    readonly to: string
  }
}
