import type { ReactNode } from 'react';

/** One choice among a few, as a row of radio chips (a list's filter); `onChange` gets the chosen value. */
export function ChipChoice<T extends string>({
  name,
  label,
  options,
  value,
  onChange,
  optionLabel,
  className = 'chips',
}: {
  name: string;
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  optionLabel: (value: T) => ReactNode;
  className?: string;
}) {
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((o) => (
        <label key={o} className={o === value ? 'chip on' : 'chip'}>
          <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
          {optionLabel(o)}
        </label>
      ))}
    </div>
  );
}
