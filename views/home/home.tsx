import { RoleTable } from '../components/role-table'

export interface HomeProps {
  name: string
  organisationName: string
  roles: { role: string; region: string }[]
  tasks: { title: string; text: string; links: { href: string; label: string }[] }[]
}

/** The start page: who you are here, in which regions, and what your roles let you do. */
export function HomePage(props: HomeProps) {
  return (
    <section>
      <h1>Welkom, {props.name}</h1>
      <p>U werkt in ROTS casuïstiek namens {props.organisationName}.</p>
      <h2>Uw rollen</h2>
      <RoleTable roles={props.roles} />
      {props.tasks.length > 0 ? (
        <>
          <h2>Wat u hier doet</h2>
          <ul class="cards">
            {props.tasks.map((t) => (
              <li class="card">
                <h3>{t.title}</h3>
                <p>{t.text}</p>
                {t.links.length > 0 ? (
                  <ul class="links">
                    {t.links.map((l) => (
                      <li>
                        <a href={l.href}>{l.label}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
