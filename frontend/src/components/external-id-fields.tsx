import { Field } from '@/components/field';

export type ExternalIdField = 'csdlId' | 'sotayId';

/**
 * BR-D4: the identifiers of a member or an organisation in CSDL đảng viên 3.0 and in the Sổ tay đảng viên app, as
 * two text inputs (an emptied one is sent as "" and removed by the server).
 */
export function ExternalIdFields({
  values,
  errors,
  labels,
  onChange,
}: {
  values: Record<ExternalIdField, string>;
  errors: Record<string, string>;
  labels: Record<ExternalIdField, string> & { hint?: string };
  onChange: (field: ExternalIdField, value: string) => void;
}) {
  return (
    <>
      {(['csdlId', 'sotayId'] as const).map((name) => (
        <Field
          key={name}
          name={name}
          label={labels[name]}
          hint={name === 'csdlId' ? labels.hint : undefined}
          error={errors[name]}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              value={values[name]}
              onChange={(e) => onChange(name, e.target.value)}
              maxLength={40}
              autoComplete="off"
            />
          )}
        </Field>
      ))}
    </>
  );
}
