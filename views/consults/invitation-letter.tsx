import { Letter, type LetterProps } from './letter'

export interface InvitationLetterProps extends Omit<LetterProps, 'children' | 'title' | 'hasPlaceholders'> {
  dayLabel: string
  startTime: string
  endTime: string
  location: string
  videoLink: string | null
  participants: { name: string; sectorLabel: string }[]
}

/** The overlegtafel invitation for the young person and the parents: when, where, who will be there. */
export function InvitationLetterPage(props: InvitationLetterProps) {
  return (
    <Letter {...props} hasPlaceholders={false} title="Uitnodiging voor een overlegtafel">
      <p>
        Het lukt al een tijd niet goed op school. Daarom nodigen we jou en je ouders uit op een overlegtafel van het ROTS: het Regionaal Overleg Tegen
        Schooluitval. Daar zoeken we samen met jullie en met een paar diensten naar een aanpak die bij jou past. Jullie mening is daarbij het belangrijkst.
      </p>
      <h2>Wanneer en waar?</h2>
      <dl class="facts">
        <dt>Dag</dt>
        <dd>{props.dayLabel}</dd>
        <dt>Uur</dt>
        <dd>
          van {props.startTime} tot {props.endTime}
        </dd>
        <dt>Plaats</dt>
        <dd>{props.location}</dd>
        {props.videoLink ? (
          <>
            <dt>Online</dt>
            <dd>{props.videoLink}</dd>
          </>
        ) : null}
      </dl>
      <h2>Wie is er?</h2>
      <ul>
        <li>
          ik, {props.from.name} ({props.from.organisation})
        </li>
        <li>een coördinator van het ROTS, die het gesprek leidt</li>
        {props.participants.map((p) => (
          <li>
            iemand van {p.name} ({p.sectorLabel})
          </li>
        ))}
      </ul>
      <h2>Wat moet je doen?</h2>
      <p>
        Je hoeft niets mee te brengen. Denk op voorhand wel even na: wat gaat goed, wat is moeilijk, en wat zou jij willen? Je mag iemand meebrengen die je
        vertrouwt.
      </p>
      <p>Kun je niet komen, of heb je vragen? Laat het me zo snel mogelijk weten.</p>
    </Letter>
  )
}
