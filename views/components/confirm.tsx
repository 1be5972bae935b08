/** The confirmation step every destructive action goes through; Annuleren leads back. */
export function ConfirmPage(props: { title: string; text: string; action: string; button: string; back: string }) {
  return (
    <section class="narrow">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <form method="post" action={props.action} class="actions">
        <button type="submit" class="danger">
          {props.button}
        </button>
        <a href={props.back}>Annuleren</a>
      </form>
    </section>
  )
}
