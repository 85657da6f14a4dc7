import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface Crumb {
  label: string;
  href?: string;
}

export function PageHeader({
  title,
  crumbs,
  actions,
  subtitle,
  breadcrumbLabel,
}: {
  title: ReactNode;
  crumbs?: Crumb[];
  actions?: ReactNode;
  subtitle?: ReactNode;
  breadcrumbLabel?: string;
}) {
  return (
    <div className="page-header">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={breadcrumbLabel ?? 'Breadcrumb'} className="breadcrumb">
          <ol>
            {crumbs.map((c, i) => (
              <li key={`${c.href ?? ''}-${i}`}>
                {c.href ? <Link href={c.href}>{c.label}</Link> : <span>{c.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-title-row">
        <h1>{title}</h1>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {subtitle && <div className="page-subtitle">{subtitle}</div>}
    </div>
  );
}
