import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

type FieldProps = { label: string; hint?: string; error?: string };

export const controlClass =
  "mt-1 block w-full rounded-control border border-zinc-300 bg-surface px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600";

export function TextField({ label, hint, error, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} hint={hint} error={error} render={(a11y) => <input className={controlClass} {...a11y} {...props} />} />;
}

export function TextAreaField({ label, hint, error, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} hint={hint} error={error} render={(a11y) => <textarea className={controlClass} {...a11y} {...props} />} />;
}

type Option = { value: string; label: string };

export function SelectField({
  label,
  hint,
  error,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[] }) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      render={(a11y) => (
        <select className={controlClass} {...a11y} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

type ControlA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

// Label, hint and error are tied to the control so screen readers announce them together.
export function Field({ label, hint, error, render }: FieldProps & { render: (a11y: ControlA11y) => ReactNode }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {render({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
