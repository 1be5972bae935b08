/** 403, 404, 409, 500: one calm page that says what happened and what to do next. */
export function ProblemPage(props: { title: string; message: string; requestId?: string | undefined }) {
  return (
    <section class="problem">
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      {props.requestId ? (
        <p>
          Vermeld deze code als u contact opneemt met de beheerder: <code>{props.requestId}</code>
        </p>
      ) : null}
      <p>
        <a href="/">Terug naar de startpagina</a>
      </p>
    </section>
  )
}
