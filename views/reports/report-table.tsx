import type { ReportRow, ReportTable } from '../../src/reports/build'
import { type Cell, cellText } from '../../src/reports/disclosure'
import { BarChart, ColumnChart } from '../components/chart'

function isCell(value: Cell | string): value is Cell {
  return typeof value !== 'string'
}

function Value(props: { value: Cell | string; first?: boolean }) {
  if (!isCell(props.value)) return <td>{props.value}</td>
  const text = cellText(props.value)
  return <td class="num">{props.value.kind === 'value' ? text : <abbr title={props.value.kind === 'small' ? 'minder dan 5' : 'afgeschermd'}>{text}</abbr>}</td>
}

function Row(props: { row: ReportRow }) {
  return (
    <tr>
      <th scope="row">{props.row.label}</th>
      {props.row.values.map((v) => (
        <Value value={v} />
      ))}
    </tr>
  )
}

/** One report: its table (what screen readers and print rely on) and its chart, from the same rows. */
export function ReportSection(props: { table: ReportTable; csvHref: string | null; emptyText: string }) {
  const t = props.table
  const chartPoints = t.chart
    ? t.rows.flatMap((r) => {
        const v = r.values[t.chart?.column ?? 0]
        return v && isCell(v) ? [{ label: r.label, cell: v }] : []
      })
    : []
  // a table with several figures per row charts one of them: say which
  const chartTitle = t.chart && t.headings.length > 2 ? `${t.title}: ${t.headings[t.chart.column + 1]}` : t.title
  return (
    <section class="report-section" aria-labelledby={`rapport-${t.id}`}>
      <h2 id={`rapport-${t.id}`}>{t.title}</h2>
      <p class="hint">{t.note}</p>
      {t.rows.length === 0 ? (
        <p class="empty">{props.emptyText}</p>
      ) : (
        <div class={t.headings.length > 3 ? 'report-body report-body--wide' : 'report-body'}>
          {/* focusable, so a keyboard user can scroll a wide table */}
          <section class="table-scroll" tabindex={0} aria-labelledby={`rapport-${t.id}`}>
            <table class="report-table">
              <caption class="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  {t.headings.map((h, i) => (
                    <th scope="col" class={i > 0 ? 'num' : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r) => (
                  <Row row={r} />
                ))}
              </tbody>
              {t.footer ? (
                <tfoot>
                  <Row row={t.footer} />
                </tfoot>
              ) : null}
            </table>
          </section>
          {t.chart && chartPoints.length > 0 && t.headings.length > 2 ? <p class="chart-caption">{chartTitle}</p> : null}
          {t.chart && chartPoints.length > 0 ? (
            t.chart.kind === 'columns' ? (
              <ColumnChart id={`grafiek-${t.id}`} title={chartTitle} points={chartPoints} />
            ) : (
              <BarChart id={`grafiek-${t.id}`} title={chartTitle} points={chartPoints} />
            )
          ) : null}
        </div>
      )}
      {props.csvHref ? (
        <p class="no-print">
          <a href={props.csvHref} download>
            {t.title} downloaden als CSV
          </a>
        </p>
      ) : null}
    </section>
  )
}
