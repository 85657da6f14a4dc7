import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { Spinner } from '@/components/spinner';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCopyScoringTemplate } from '../api/copy-scoring-template';
import { useScoringTemplates } from '../api/list-scoring-templates';
import type { ScoringCriterion, ScoringTemplate } from '../api/types';
import { TemplateEditor } from './template-editor';

const SIZE = 20;

function CriteriaTree({ criteria }: { criteria: ScoringCriterion[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="criteria-tree">
      {criteria.map((c) => (
        <li key={c.code}>
          <span className="criterion-code">{c.code}</span> {c.name} ({formatNumber(c.maxPoints, locale)})
          {c.gate && <span className="badge badge-gate"> {t('eval.gate')}</span>}
          {c.levels.length > 0 && (
            <span className="muted small">
              {' '}
              · {c.levels.map((l) => `${l.label}: ${formatNumber(l.points, locale)}`).join('; ')}
            </span>
          )}
          {c.children.length > 0 && <CriteriaTree criteria={c.children} />}
        </li>
      ))}
    </ul>
  );
}

/** The score sheets that apply to an organisation (and the catalogue), each viewable as a tree; adopt by copying. */
export function TemplatesSection({ organizationId, mayWrite }: { organizationId: string; mayWrite: boolean }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const list = useScoringTemplates(organizationId, page, SIZE);
  const copy = useCopyScoringTemplate();
  const [open, setOpen] = useState<string>();
  const [copied, setCopied] = useState(false);
  /** The editor: `{}` for a new sheet, `{ id }` to edit one issued here. */
  const [editing, setEditing] = useState<{ id?: string }>();
  const [saved, setSaved] = useState(false);
  const openEditor = (id?: string) => {
    setSaved(false);
    setCopied(false);
    setEditing({ id });
  };
  const adopt = (tpl: ScoringTemplate) => {
    setCopied(false);
    copy.mutate(
      { id: tpl.id, body: { issuerOrganizationId: organizationId, validFrom: todayInVietnam() } },
      { onSuccess: () => setCopied(true) },
    );
  };
  return (
    <section aria-labelledby="q-templates">
      <h2 id="q-templates" className="section-title">
        {t('quality.templates')}
      </h2>
      <ErrorMessage error={copy.error} />
      {mayWrite && (
        <div className="form-actions">
          {editing ? (
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(undefined)}>
              {t('quality.closeEditor')}
            </button>
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => openEditor()}>
              {t('quality.newTemplate')}
            </button>
          )}
        </div>
      )}
      {saved && (
        <p className="alert alert-success" role="status">
          {t('quality.saved')}
        </p>
      )}
      {mayWrite && editing && (
        <TemplateEditor
          key={editing.id ?? 'new'}
          organizationId={organizationId}
          templateId={editing.id}
          onDone={() => {
            setEditing(undefined);
            setSaved(true);
          }}
        />
      )}
      {copied && (
        <p className="alert alert-success" role="status">
          {t('quality.copied')}
        </p>
      )}
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <ul className="card-list">
            {list.data.items.map((tpl) => (
              <li key={tpl.id} className="card">
                <p className="card-title">
                  {tpl.name} <span className="muted">v{tpl.version}</span>
                </p>
                <p className="muted small">
                  {tpl.issuerName} · {t('common.since', { from: formatDate(tpl.validFrom, locale) })}
                  {tpl.legalBasis && ` · ${tpl.legalBasis}`}
                  {tpl.legalReference &&
                    ` · ${t('legal.reference', {
                      type: t(`legal.type.${tpl.legalReference.type}`),
                      number: tpl.legalReference.number,
                      issuer: tpl.legalReference.issuer,
                      date: tpl.legalReference.issuedOn ? formatDate(tpl.legalReference.issuedOn, locale) : '—',
                    })}`}
                  {tpl.catalogueOnly && ` · ${t('quality.catalogue')}`}
                  {tpl.reconstructed && ` · ${t('quality.reconstructed')}`}
                </p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="btn btn-secondary"
                    aria-expanded={open === tpl.id}
                    onClick={() => setOpen(open === tpl.id ? undefined : tpl.id)}
                  >
                    {t('quality.view')}
                  </button>
                  {mayWrite && tpl.issuerOrganizationId === organizationId && (
                    <button type="button" className="btn btn-secondary" onClick={() => openEditor(tpl.id)}>
                      {t('quality.edit')}
                    </button>
                  )}
                  {mayWrite && tpl.issuerOrganizationId !== organizationId && (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={copy.isPending}
                      onClick={() => adopt(tpl)}
                    >
                      {t('quality.copy')}
                    </button>
                  )}
                </div>
                {open === tpl.id && <CriteriaTree criteria={tpl.criteria} />}
              </li>
            ))}
          </ul>
          <Pager of={list.data} onPage={setPage} label={t('quality.templatePages')} />
        </>
      )}
    </section>
  );
}
