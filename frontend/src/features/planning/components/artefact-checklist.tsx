import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { Spinner } from '@/components/spinner';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useArtefactChecklist } from '../api/get-artefact-checklist';
import { useRecordArtefact } from '../api/record-artefact';
import type { ArtefactChecklist, ArtefactKind } from '../api/types';

type Row = ArtefactChecklist['items'][number];

/**
 * BR-P7: the term-start and annual artefacts (work programme, inspection and supervision programme, task
 * assignment, member commitments) of a subtree's cells for a year: counts per kind over all cells, then a page of
 * cells x kinds. A cell's own checklist is the same table with one row, where the secretary ticks what exists.
 */
export function ArtefactChecklistView({
  organizationId,
  initialYear,
  mayTick,
}: {
  organizationId: string;
  initialYear: number;
  mayTick: boolean;
}) {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(initialYear);
  const [page, setPage] = useState(0);
  const list = useArtefactChecklist(organizationId, year, page);
  const tick = useRecordArtefact();
  const thisYear = Number(todayInVietnam().slice(0, 4));

  const toggle = (row: Row, kind: ArtefactKind, has: boolean) =>
    tick.mutate({
      cellId: row.organizationId,
      year,
      kind,
      record: has ? null : { adoptedOn: todayInVietnam(), reference: null },
    });

  return (
    <section>
      <div className="form-grid">
        <label className="field">
          <span>{t('artefacts.year')}</span>
          <select
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setPage(0);
            }}
          >
            {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={tick.error} />
      {list.isPending && <Spinner />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          {/* Kinds expected each year, then those expected once per term (ticked in any year, kept for the term). */}
          <p className="hint">
            {t('artefacts.summary', {
              complete: formatNumber(list.data.completeCells, locale),
              cells: formatNumber(list.data.cells, locale),
              due: formatDate(list.data.due, locale),
            })}
          </p>
          <table className="table">
            <caption>{t('artefacts.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('artefacts.cell')}</th>
                {columnsOf(list.data).map((k) => (
                  <th scope="col" key={k}>
                    {t(`artefacts.kind.${k}`)}
                    {list.data.term?.expected.includes(k) && (
                      <span className="hint">
                        {' '}
                        {t('artefacts.term', { from: list.data.term.startYear, to: list.data.term.endYear })}
                      </span>
                    )}
                    <span className="hint">
                      {' '}
                      ({formatNumber(list.data.counts.find((c) => c.kind === k)?.cells ?? 0, locale)}/
                      {formatNumber(list.data.cells, locale)})
                    </span>
                  </th>
                ))}
                <th scope="col">{t('artefacts.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((row) => (
                <tr key={row.organizationId}>
                  <th scope="row">{row.organizationName}</th>
                  {columnsOf(list.data).map((k) => {
                    const a = row.artefacts.find((x) => x.kind === k);
                    return (
                      <td key={k}>
                        <label>
                          <input
                            type="checkbox"
                            checked={!!a}
                            disabled={!mayTick || tick.isPending}
                            aria-label={t('artefacts.tick', {
                              kind: t(`artefacts.kind.${k}`),
                              cell: row.organizationName,
                            })}
                            onChange={() => toggle(row, k, !!a)}
                          />
                          {a && <span className="hint"> {formatDate(a.adoptedOn, locale)}</span>}
                        </label>
                      </td>
                    );
                  })}
                  <td>
                    <span
                      className={`badge badge-${row.level === 'WARN' ? 'warning' : row.level === 'INFO' ? 'info' : 'ok'}`}
                    >
                      {t(`artefacts.level.${row.level}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager of={list.data} onPage={setPage} label={t('artefacts.pages')} />
        </>
      )}
    </section>
  );
}

/** BR-P7: the kinds expected each year, then those expected once per term. */
function columnsOf(list: ArtefactChecklist): ArtefactKind[] {
  return [...list.expected, ...(list.term?.expected ?? [])];
}
