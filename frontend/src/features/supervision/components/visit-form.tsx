import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { useMe } from '@/lib/auth/get-me';
import { canVerify, canWriteOrganizations } from '@/lib/auth/permissions';
import { optionalText, serverFieldErrors } from '@/lib/form';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRecordVisit } from '../api/record-visit';
import { problemLines } from '../logic/problems';

/**
 * A supervisor (or committee staff above the cell) records having attended a meeting that took
 * place: comments and the problems raised. The server checks the assignment.
 */
export function VisitForm({ meetingId }: { meetingId: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const record = useRecordVisit(meetingId);
  const [comments, setComments] = useState('');
  const [problems, setProblems] = useState('');
  const server = serverFieldErrors(record.error);
  if (!canVerify(me.data) && !canWriteOrganizations(me.data)) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ comments: optionalText(comments), problems: problemLines(problems) });
  };
  return (
    <section className="card visit-form" aria-labelledby="visit-title">
      <h2 id="visit-title" className="section-title">
        {t('visit.title')}
      </h2>
      {record.data ? (
        <p className="alert alert-success" role="status">
          {t('visit.recorded', { date: formatDate(record.data.visitedOn, locale) })}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label={t('visit.title')}>
          <p className="hint">{t('visit.hint')}</p>
          <Field name="comments" label={t('visit.comments')} error={server.comments}>
            {(p) => <textarea {...p} rows={3} value={comments} onChange={(e) => setComments(e.target.value)} />}
          </Field>
          <Field name="problems" label={t('visit.problems')} hint={t('visit.problemsHint')} error={server.problems}>
            {(p) => <textarea {...p} rows={3} value={problems} onChange={(e) => setProblems(e.target.value)} />}
          </Field>
          <ErrorMessage error={record.error} hideFields={Object.keys(server)} />
          <button type="submit" className="btn btn-primary" disabled={record.isPending}>
            {record.isPending ? t('common.saving') : t('visit.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
