import * as z from 'zod'

export const REMARK_MAX = 4000

export const remarkSchema = z.object({
  opmerking: z
    .string({ message: 'Schrijf een opmerking.' })
    // the review step carries the text in a hidden field, where browsers turn CRLF into LF:
    // normalise once, so the positions of what the author unmarked stay the same
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(3, 'Schrijf een opmerking van minstens 3 tekens.').max(REMARK_MAX, `Een opmerking mag hoogstens ${REMARK_MAX} tekens lang zijn.`)),
})
export type RemarkInput = z.infer<typeof remarkSchema>
