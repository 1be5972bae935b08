/** Roles per region, as the user and the start page show them. */
export function RoleTable(props: { roles: { role: string; region: string }[] }) {
  if (props.roles.length === 0) return <p>Nog geen rollen toegekend. Vraag de beheerder van uw regio om toegang.</p>
  return (
    <table>
      <caption class="visually-hidden">Rollen per regio</caption>
      <thead>
        <tr>
          <th scope="col">Rol</th>
          <th scope="col">Regio</th>
        </tr>
      </thead>
      <tbody>
        {props.roles.map((r) => (
          <tr>
            <td>{r.role}</td>
            <td>{r.region}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
