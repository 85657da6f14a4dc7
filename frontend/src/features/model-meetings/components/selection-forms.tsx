import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { isVersionConflict, optionalText, serverFieldErrors } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useAppraiseModelSelection } from '../api/appraise-model-selection';
import { useSaveModelLessons } from '../api/save-model-lessons';
import type { ModelProgramme } from '../api/types';

interface Props {
  organizationId: string;
  programme: ModelProgramme;
  selectionId: string;
  onReload: () => void;
}

/** The committee's appraisal of a model meeting's content, before the meeting. */
export function AppraisalForm({ organizationId, programme, selectionId, onReload }: Props) {
  const { t } = useI18n();
  const appraise = useAppraiseModelSelection(organizationId, programme.year);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const server = serverFieldErrors(appraise.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('model.appraisalRequired'));
      return;
    }
    setError(undefined);
    appraise.mutate({ selectionId, body: { version: programme.version, text: text.trim() } });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('model.appraisal')}>
      <Field name="text" label={t('model.appraisalText')} required error={error ?? server.text}>
        {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <ErrorMessage
        error={appraise.error}
        hideFields={['text']}
        onRetry={isVersionConflict(appraise.error) ? onReload : undefined}
      />
      <button type="submit" className="btn btn-secondary" disabled={appraise.isPending}>
        {appraise.isPending ? t('common.saving') : t('model.saveAppraisal')}
      </button>
    </form>
  );
}

/** Lessons learned after the model meeting: strengths, weaknesses, actions (at least one). */
export function LessonsForm({ organizationId, programme, selectionId, onReload }: Props) {
  const { t } = useI18n();
  const save = useSaveModelLessons(organizationId, programme.year);
  const [v, setV] = useState({ strengths: '', weaknesses: '', actions: '' });
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.strengths.trim() && !v.weaknesses.trim() && !v.actions.trim()) {
      setError(t('model.lessonsRequired'));
      return;
    }
    setError(undefined);
    save.mutate({
      selectionId,
      body: {
        version: programme.version,
        strengths: optionalText(v.strengths),
        weaknesses: optionalText(v.weaknesses),
        actions: optionalText(v.actions),
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('model.lessons')}>
      {(['strengths', 'weaknesses', 'actions'] as const).map((k) => (
        <Field key={k} name={k} label={t(`model.${k}`)} error={k === 'strengths' ? error : undefined}>
          {(p) => <textarea {...p} rows={2} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />}
        </Field>
      ))}
      <ErrorMessage error={save.error} onRetry={isVersionConflict(save.error) ? onReload : undefined} />
      <button type="submit" className="btn btn-secondary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('model.shareLessons')}
      </button>
    </form>
  );
}
