import type { Child } from 'hono/jsx'

/** Errors per field name, as produced by `fieldErrors()` from a failed zod parse. */
export type FieldErrors = Partial<Record<string, string>>

interface FieldProps {
  name: string
  /** Needed when a name repeats (rows of a table): ids must stay unique. */
  id?: string
  label: string
  value?: string | undefined
  type?: string
  errors?: FieldErrors | undefined
  hint?: string
  required?: boolean
  autocomplete?: string
  inputmode?: 'email' | 'text' | 'numeric'
}

/** The shared frame of a form control: label, hint and error, with the ids the control points at. */
function Frame(props: { id: string; label: string; required?: boolean | undefined; hint?: string | undefined; error?: string | undefined; children: Child }) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="required"> (verplicht)</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error" id={`${props.id}-fout`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  )
}

/** What a control's aria-describedby lists: its hint, its error and anything else that explains it. */
function describedBy(id: string, hint: string | undefined, error: string | undefined, extra?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-fout` : '', extra ?? ''].filter(Boolean).join(' ') || undefined
}

/** Label, input, hint and error wired together with ids, so screen readers announce all three. */
export function Field(props: FieldProps) {
  const id = props.id ?? `veld-${props.name}`
  const error = props.errors?.[props.name]
  return (
    <Frame id={id} label={props.label} required={props.required} hint={props.hint} error={error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        required={props.required}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
      />
    </Frame>
  )
}

interface SelectProps {
  name: string
  id?: string
  label: string
  options: readonly { value: string; label: string }[]
  value?: string | undefined
  errors?: FieldErrors | undefined
  required?: boolean
  placeholder?: string
}

export function Select(props: SelectProps) {
  const id = props.id ?? `veld-${props.name}`
  const error = props.errors?.[props.name]
  return (
    <Frame id={id} label={props.label} required={props.required} error={error}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  )
}

/** Summary at the top of a failed form: focusable, with links to each field in error. */
export function ErrorSummary(props: { errors?: FieldErrors | undefined; labels: Record<string, string>; message?: string }) {
  const entries = Object.entries(props.errors ?? {}).filter(([, v]) => v)
  if (entries.length === 0 && !props.message) return null
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="foutoverzicht">
      <h2>Er is een probleem</h2>
      {props.message ? <p>{props.message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, message]) => (
            <li>
              <a href={`#veld-${name}`}>
                {props.labels[name] ?? name}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function Notice(props: { kind?: 'success' | 'info' | 'warning'; children: Child }) {
  return (
    <div class={`notice notice--${props.kind ?? 'info'}`} role="status">
      {props.children}
    </div>
  )
}

interface TextAreaProps {
  name: string
  id?: string
  label: string
  value?: string | undefined
  errors?: FieldErrors | undefined
  hint?: string
  required?: boolean
  rows?: number
  /** Extra attributes (htmx live preview) for the textarea. */
  attrs?: Record<string, string>
  /** Id of an element that shows what will be stored (the live preview). */
  previewId?: string
}

export function TextArea(props: TextAreaProps) {
  const id = props.id ?? `veld-${props.name}`
  const error = props.errors?.[props.name]
  return (
    <Frame id={id} label={props.label} required={props.required} hint={props.hint} error={error}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error, props.previewId)}
        {...props.attrs}
      >
        {props.value ?? ''}
      </textarea>
    </Frame>
  )
}

interface ChoiceProps {
  name: string
  legend: string
  options: readonly { value: string; label: string }[]
  /** Checked values (checkboxes) or the one checked value (radios). */
  checked: readonly string[]
  errors?: FieldErrors | undefined
  hint?: string
  type: 'checkbox' | 'radio'
  required?: boolean
}

/** A fieldset of checkboxes or radios: the legend names the question for screen readers. */
export function Choices(props: ChoiceProps) {
  const error = props.errors?.[props.name]
  const errorId = `veld-${props.name}-fout`
  return (
    <fieldset class={error ? 'field field--error choices' : 'field choices'} id={`veld-${props.name}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        {props.legend}
        {props.required ? <span class="required"> (verplicht)</span> : null}
      </legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {error ? (
        <p class="error" id={errorId}>
          {error}
        </p>
      ) : null}
      {props.options.map((o, i) => (
        <div class="choice">
          <input type={props.type} id={`veld-${props.name}-${i}`} name={props.name} value={o.value} checked={props.checked.includes(o.value)} />
          <label for={`veld-${props.name}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  )
}
