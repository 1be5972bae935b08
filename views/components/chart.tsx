import { type Cell, cellText, cellValue } from '../../src/reports/disclosure'

export interface ChartPoint {
  label: string
  cell: Cell
}

interface ChartProps {
  id: string
  title: string
  points: ChartPoint[]
}

/**
 * Server-rendered SVG: no chart script. A `<5` or `x` gets no bar at all, only its marker, and
 * the scale comes from the shown values only, so nothing about a hidden count can be measured.
 * The table beside it carries the same figures for screen readers.
 */
export function BarChart(props: ChartProps) {
  const labelWidth = 230
  const barArea = 380
  const rowHeight = 24
  const height = props.points.length * rowHeight + 8
  const scale = scaleOf(props.points)
  return (
    <svg class="chart" viewBox={`0 0 ${labelWidth + barArea + 60} ${height}`} role="img" aria-labelledby={`${props.id}-titel`}>
      <title id={`${props.id}-titel`}>{`Grafiek: ${props.title}. De cijfers staan in de tabel.`}</title>
      {props.points.map((p, i) => {
        const y = i * rowHeight + 4
        const value = cellValue(p.cell)
        const width = value === null ? 0 : (value / scale) * barArea
        return (
          <g>
            <text x={labelWidth - 8} y={y + 16} text-anchor="end" class="chart-label">
              {shorten(p.label, 34)}
            </text>
            {value === null ? null : <rect x={labelWidth} y={y + 3} width={width.toFixed(1)} height={rowHeight - 8} class="chart-bar" />}
            <text x={labelWidth + width + 6} y={y + 16} class={value === null ? 'chart-value chart-value--hidden' : 'chart-value'}>
              {cellText(p.cell)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Columns in time order, for the aanmeldingen per month: peaks show at a glance. */
export function ColumnChart(props: ChartProps) {
  const columnWidth = Math.max(18, Math.min(56, Math.floor(640 / Math.max(1, props.points.length))))
  const plotHeight = 180
  const width = props.points.length * columnWidth + 20
  const scale = scaleOf(props.points)
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${plotHeight + 90}`} role="img" aria-labelledby={`${props.id}-titel`}>
      <title id={`${props.id}-titel`}>{`Grafiek: ${props.title}. De cijfers staan in de tabel.`}</title>
      <line x1="10" x2={width - 10} y1={plotHeight + 20} y2={plotHeight + 20} class="chart-axis" />
      {props.points.map((p, i) => {
        const x = 10 + i * columnWidth
        const value = cellValue(p.cell)
        const h = value === null ? 0 : (value / scale) * plotHeight
        const top = plotHeight + 20 - h
        return (
          <g>
            {value === null ? null : <rect x={x + 3} y={top.toFixed(1)} width={columnWidth - 6} height={h.toFixed(1)} class="chart-bar" />}
            <text x={x + columnWidth / 2} y={top - 4} text-anchor="middle" class={value === null ? 'chart-value chart-value--hidden' : 'chart-value'}>
              {cellText(p.cell)}
            </text>
            <text
              x={x + columnWidth / 2}
              y={plotHeight + 34}
              text-anchor="end"
              transform={`rotate(-45 ${x + columnWidth / 2} ${plotHeight + 34})`}
              class="chart-label"
            >
              {shorten(p.label, 16)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

function scaleOf(points: ChartPoint[]): number {
  return Math.max(1, ...points.map((p) => cellValue(p.cell) ?? 0))
}

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label
}
