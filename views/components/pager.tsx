/** Previous/next links that keep the current filters in the query string. */
export function Pager(props: { page: number; pageSize: number; total: number; baseUrl: string; params?: Record<string, string> }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  if (pages <= 1) return null
  const href = (page: number) => `${props.baseUrl}?${new URLSearchParams({ ...props.params, pagina: String(page) }).toString()}`
  return (
    <nav class="pager" aria-label="Paginering">
      {props.page > 1 ? (
        <a href={href(props.page - 1)} rel="prev">
          ← Vorige
        </a>
      ) : null}
      <span>
        Pagina {props.page} van {pages}
      </span>
      {props.page < pages ? (
        <a href={href(props.page + 1)} rel="next">
          Volgende →
        </a>
      ) : null}
    </nav>
  )
}
