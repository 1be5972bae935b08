import type { Child } from 'hono/jsx'

export interface LayoutProps {
  title: string
  children: Child
  nav: { href: string; label: string }[]
  currentPath: string
  user: { name: string; organisationName: string } | null
}

/** The page shell: skip link, header with the role's menu, main landmark. */
export function Layout(props: LayoutProps) {
  return (
    <html lang="nl-BE">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* the default indicator stylesheet would be inline CSS, which our CSP refuses */}
        <meta name="htmx-config" content='{"includeIndicatorCSS":false}' />
        <title>{`${props.title} · ROTS casuïstiek`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site-header">
          <div class="brand">
            <a href="/">ROTS casuïstiek</a>
          </div>
          {props.user ? (
            <nav aria-label="Hoofdmenu">
              <ul>
                {props.nav.map((item) => (
                  <li>
                    <a href={item.href} aria-current={isCurrent(item.href, props.currentPath) ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {props.user ? (
            <div class="who">
              <span>
                {props.user.name} · {props.user.organisationName}
              </span>
              <form method="post" action="/afmelden">
                <button type="submit" class="link-button">
                  Afmelden
                </button>
              </form>
            </div>
          ) : null}
        </header>
        <main id="inhoud" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>Regionaal Overleg Tegen Schooluitval · gegevens van minderjarigen: enkel gebruiken waarvoor ze gedeeld zijn.</p>
        </footer>
      </body>
    </html>
  )
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)
}
