// The part of autocannon 9's API the benchmark uses; the package ships no types.
declare module 'autocannon' {
  interface Options {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
  }
  interface Result {
    errors: number
    timeouts: number
  }
  /** A run is a promise of its result and reports every response as it comes (latency in ms). */
  interface Run extends Promise<Result> {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): this
  }
  export default function autocannon(options: Options): Run
}
