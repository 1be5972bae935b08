import { Letter, type LetterProps } from './letter'

export interface AdviceLetterProps extends Omit<LetterProps, 'children' | 'title'> {
  zittingDateLabel: string
  advice: string
  offers: { name: string; provider: string; contact: string | null }[]
  actions: { description: string; who: string; dueDateLabel: string }[]
  followUpDateLabel: string
}

/** After a consult: the advice in plain language, for the referrer to hand over and talk through. */
export function AdviceLetterPage(props: AdviceLetterProps) {
  return (
    <Letter {...props} title="Wat het ROTS voorstelt">
      <p>
        We vroegen raad aan het ROTS: het Regionaal Overleg Tegen Schooluitval. Daar denken mensen van verschillende diensten samen na als het op school al lang
        niet lukt. Op {props.zittingDateLabel} bespraken ze jouw situatie. Jij en je ouders waren daar niet bij. In deze brief lees je wat zij voorstellen.
      </p>
      <h2>Wat we voorstellen</h2>
      <p class="prose">{props.advice}</p>
      {props.offers.length > 0 ? (
        <>
          <h2>Wie kan helpen</h2>
          <ul>
            {props.offers.map((o) => (
              <li>
                {o.name} ({o.provider}){o.contact ? ` — ${o.contact}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {props.actions.length > 0 ? (
        <>
          <h2>Wat er nu gebeurt</h2>
          <ul>
            {props.actions.map((a) => (
              <li>
                <span class="prose">{a.description}</span> — {a.who}, tegen {a.dueDateLabel}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Hoe nu verder?</h2>
      <p>
        We bekijken samen of dit voorstel bij jou past. Rond {props.followUpDateLabel} kijken we hoe het gaat. Heb je vragen, of ben je het niet eens met iets
        in deze brief? Zeg het gerust: dan zoeken we samen verder.
      </p>
    </Letter>
  )
}
