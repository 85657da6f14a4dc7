import { Field } from '@/components/field';
import { useI18n } from '@/lib/i18n/i18n';
import { LINE_KEYS, SECTION_KEYS, type SectionsForm } from '../logic/report-sections';

/**
 * Every written part of a report as a field (number and place on one line, then the five sections): the same
 * fields while the draft is written and when a submitted report is sent again.
 */
export function ReportSectionsFields({
  value,
  onChange,
  errors,
  rows = 5,
}: {
  value: SectionsForm;
  onChange: (key: keyof SectionsForm, text: string) => void;
  errors: Record<string, string | undefined>;
  rows?: number;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="toolbar">
        {LINE_KEYS.map((k) => (
          <Field key={k} name={k} label={t(`periodic.section.${k}`)} error={errors[`sections.${k}`]}>
            {(p) => <input {...p} value={value[k]} onChange={(e) => onChange(k, e.target.value)} />}
          </Field>
        ))}
      </div>
      {SECTION_KEYS.map((k) => (
        <Field key={k} name={k} label={t(`periodic.section.${k}`)} error={errors[`sections.${k}`]}>
          {(p) => <textarea {...p} rows={rows} value={value[k]} onChange={(e) => onChange(k, e.target.value)} />}
        </Field>
      ))}
    </>
  );
}
