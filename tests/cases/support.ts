import type { client as makeClient } from '../support'

type Client = ReturnType<typeof makeClient>

/** A complete aanmelding as the form posts it. */
export const COMPLETE: Record<string, string | string[]> = {
  regio: 'VB',
  voornaam: 'Yusuf',
  achternaam: 'El Amrani',
  geboortedatum: '2010-03-14',
  school: 'Sint-Pieterscollege Leuven',
  onderwijsniveau: 'sec_2',
  studierichting: 'bso',
  leefsituatie: 'een_ouder',
  themas: ['spijbelen', 'psychisch'],
  traject_type: ['naft'],
  traject_aanbieder: ['NAFT-project Leuven'],
  traject_periode: ['september – december 2025'],
  traject_effect: ['Korte verbetering, daarna opnieuw afwezig.'],
  vastgelopen: 'Yusuf komt al maanden niet naar school; CLB en jeugdhulp vinden geen ingang meer.',
  vraag: 'Welk aanbod op maat kan de schoolloopbaan herstellen?',
  formaat: 'consult',
  partners: 'CLB, school, CGG',
  geschiktheid: ['trajecten_geprobeerd', 'afwezigheid_aanhoudend', 'clb_en_welzijn_vast'],
  toestemming: ['consult', 'statistiek'],
  toestemming_door: 'beiden',
  toestemming_datum: '2026-02-20',
  toestemming_wijze: 'schriftelijk',
  urgentie: 'hoog',
}

/** Starts a concept through the app and returns its id. */
export async function newConcept(client: Client, cookie: string, form: Record<string, string> = {}): Promise<string> {
  const res = await client.post('/aanmeldingen', form, cookie)
  const id = /\/aanmeldingen\/([a-z0-9]+)\/bewerken$/.exec(res.headers.get('Location') ?? '')?.[1]
  if (res.status !== 303 || !id) throw new Error(`concept not created: ${res.status}`)
  return id
}

/** A form body as the browser posts it: repeated names for lists. */
export function formBody(values: Record<string, string | string[]>, extra: [string, string][] = []): URLSearchParams {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x)
  for (const [k, v] of extra) body.append(k, v)
  return body
}

/** Submits a complete aanmelding (with overrides) and returns the case id. */
export async function submitCase(
  app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> },
  client: Client,
  cookie: string,
  overrides: Record<string, string | string[]> = {},
  extra: [string, string][] = [],
): Promise<{ id: string; res: Response }> {
  const id = await newConcept(client, cookie)
  const res = await postForm(app, `/aanmeldingen/${id}`, { ...COMPLETE, ...overrides }, cookie, [['actie', 'indienen'], ...extra])
  return { id, res }
}

export function postForm(
  app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> },
  path: string,
  values: Record<string, string | string[]>,
  cookie: string,
  extra: [string, string][] = [],
) {
  return app.request(`http://localhost${path}`, {
    method: 'POST',
    body: formBody(values, extra),
    headers: { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
  })
}
