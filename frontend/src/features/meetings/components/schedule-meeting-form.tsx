import { useRef, useState, type FormEvent } from 'react';
import { CheckboxField, Field } from '@/components/field';
import { ErrorMessage } from '@/components/error-message';
import { focusFirstInvalid, optionalInt, optionalText, serverFieldErrors } from '@/lib/form';
import { todayInVietnam, vietnamInstant } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCellMembers } from '../api/list-cell-members';
import { MEETING_MODES, MEETING_TYPES, type MeetingCreate, type MeetingMode, type MeetingType } from '../api/types';

export interface ScheduleValues {
  type: MeetingType;
  date: string;
  time: string;
  place: string;
  duration: string;
  mode: MeetingMode;
  onlineLink: string;
  isModel: boolean;
  title: string;
  chairId: string;
  preparerId: string;
  minuteTakerId: string;
}

/** Schedules a meeting of a cell: type, time, place, form, people chosen from the cell's members. */
export function ScheduleMeetingForm({
  organizationId,
  title,
  initial,
  types = MEETING_TYPES,
  preparesMeetingId,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  organizationId: string;
  title: string;
  initial?: Partial<ScheduleValues>;
  types?: MeetingType[];
  preparesMeetingId?: string;
  submitting?: boolean;
  error?: unknown;
  onSubmit: (body: MeetingCreate) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const members = useCellMembers(organizationId);
  const formRef = useRef<HTMLFormElement>(null);
  const [v, setV] = useState<ScheduleValues>(() => ({
    type: types[0],
    date: todayInVietnam(),
    time: '19:30',
    place: '',
    duration: '',
    mode: 'IN_PERSON',
    onlineLink: '',
    isModel: false,
    title: '',
    chairId: '',
    preparerId: '',
    minuteTakerId: '',
    ...initial,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof ScheduleValues>(k: K, value: ScheduleValues[K]) => setV((p) => ({ ...p, [k]: value }));
  const server = serverFieldErrors(error);
  const err = (k: string) => errors[k] ?? server[k];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!v.date) next.scheduledStart = t('validation.required');
    if (!/^\d{2}:\d{2}$/.test(v.time)) next.scheduledStart = t('validation.required');
    if (v.mode !== 'IN_PERSON' && !v.onlineLink.trim()) next.onlineLink = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit({
      type: v.type,
      isModel: v.isModel,
      mode: v.mode,
      title: optionalText(v.title),
      scheduledStart: vietnamInstant(v.date, v.time),
      plannedDurationMinutes: optionalInt(v.duration),
      place: optionalText(v.place),
      onlineLink: v.mode === 'IN_PERSON' ? null : optionalText(v.onlineLink),
      chairId: v.chairId || null,
      preparerId: v.preparerId || null,
      minuteTakerId: v.minuteTakerId || null,
      preparesMeetingId: preparesMeetingId ?? null,
    });
  };

  const people = members.data ?? [];
  const personField = (name: 'chairId' | 'preparerId' | 'minuteTakerId', label: string) => (
    <Field name={name} label={label} error={err(name)}>
      {(p) => (
        <select {...p} value={v[name]} onChange={(e) => set(name, e.target.value)}>
          <option value="">{t('schedule.nobody')}</option>
          {people.map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="form card" onSubmit={submit} noValidate aria-labelledby="schedule-title">
      <h2 id="schedule-title" className="section-title">
        {title}
      </h2>
      <ErrorMessage error={error} hideFields={Object.keys(server)} />
      <div className="form-grid">
        {types.length > 1 && (
          <Field name="type" label={t('schedule.type')} required error={err('type')}>
            {(p) => (
              <select {...p} value={v.type} onChange={(e) => set('type', e.target.value as MeetingType)}>
                {types.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`meeting.type.${ty}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {(v.type === 'TOPICAL' || v.type === 'FORUM' || v.type === 'COMBINED') && (
          <Field name="title" label={t('schedule.title.field')} error={err('title')}>
            {(p) => <input {...p} type="text" value={v.title} onChange={(e) => set('title', e.target.value)} />}
          </Field>
        )}
        <Field name="scheduledStart" label={t('schedule.date')} required error={err('scheduledStart')}>
          {(p) => <input {...p} type="date" value={v.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
        <Field name="time" label={t('schedule.time')} required>
          {(p) => <input {...p} type="time" value={v.time} onChange={(e) => set('time', e.target.value)} />}
        </Field>
        <Field name="place" label={t('schedule.place')} error={err('place')}>
          {(p) => <input {...p} type="text" value={v.place} onChange={(e) => set('place', e.target.value)} />}
        </Field>
        <Field
          name="plannedDurationMinutes"
          label={t('schedule.duration')}
          hint={t('schedule.durationHint')}
          error={err('plannedDurationMinutes')}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={15}
              max={600}
              value={v.duration}
              onChange={(e) => set('duration', e.target.value)}
            />
          )}
        </Field>
        <Field name="mode" label={t('schedule.mode')} error={err('mode')}>
          {(p) => (
            <select {...p} value={v.mode} onChange={(e) => set('mode', e.target.value as MeetingMode)}>
              {MEETING_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`meeting.mode.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {v.mode !== 'IN_PERSON' && (
          <Field name="onlineLink" label={t('schedule.onlineLink')} required error={err('onlineLink')}>
            {(p) => (
              <input
                {...p}
                type="url"
                inputMode="url"
                value={v.onlineLink}
                onChange={(e) => set('onlineLink', e.target.value)}
              />
            )}
          </Field>
        )}
        {personField('chairId', t('schedule.chair'))}
        {personField('preparerId', t('schedule.preparer'))}
        {personField('minuteTakerId', t('schedule.minuteTaker'))}
      </div>
      {v.type !== 'COMMITTEE' && (
        <CheckboxField
          name="isModel"
          label={t('schedule.isModel')}
          checked={v.isModel}
          onChange={(c) => set('isModel', c)}
        />
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? t('common.saving') : t('schedule.submit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
