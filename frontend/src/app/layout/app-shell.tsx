import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/components/language-switch';
import { NoticeBell } from '@/features/notices/components/notice-bell';
import { useAuth } from '@/lib/auth/auth-context';
import { useMe } from '@/lib/auth/get-me';
import { canImport, canRunMeetings, canVerify, committeeOf } from '@/lib/auth/permissions';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { SignOutButton } from './sign-out-button';

/** Screens of planning and oversight, wherever they sit under an organisation. */
const PLANNING = /^\/planning|\/(topical-plans|monthly-schedule|alerts|model-meetings|supervision)(\/|$)/;

interface NavItem {
  href: string;
  label: MessageKey;
  match: (path: string) => boolean;
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const auth = useAuth();
  const [location] = useLocation();
  const authenticated = auth.status === 'authenticated';
  const me = useMe();
  const name = me.data?.displayName ?? auth.user?.name ?? auth.user?.username;

  const committee = committeeOf(me.data);
  const nav: NavItem[] = [
    ...(committee
      ? [
          {
            href: paths.dashboard.build(committee),
            label: 'nav.dashboard' as const,
            match: (p: string) => p.endsWith('/dashboard'),
          },
        ]
      : []),
    {
      href: paths.meetingsHome.build(),
      label: 'nav.meetings',
      match: (p) => p.startsWith('/meetings') || p.endsWith('/meetings'),
    },
    {
      href: paths.organizations.build(),
      label: 'nav.organizations',
      match: (p) =>
        p.startsWith('/organizations') &&
        !p.endsWith('/members') &&
        !p.endsWith('/meetings') &&
        !p.endsWith('/dashboard') &&
        !PLANNING.test(p),
    },
    {
      href: paths.members.build(),
      label: 'nav.members',
      match: (p) => p.startsWith('/members') || p.endsWith('/members'),
    },
    ...(canRunMeetings(me.data)
      ? [{ href: paths.planning.build(), label: 'nav.planning' as const, match: (p: string) => PLANNING.test(p) }]
      : []),
    ...(canImport(me.data)
      ? [{ href: paths.imports.build(), label: 'nav.imports' as const, match: (p: string) => p.startsWith('/imports') }]
      : []),
    ...(canImport(me.data)
      ? [
          {
            href: paths.legalReferences.build(),
            label: 'nav.legalReferences' as const,
            match: (p: string) => p.startsWith('/legal-references'),
          },
        ]
      : []),
    ...(canVerify(me.data)
      ? [
          {
            href: paths.verifications.build(),
            label: 'nav.verifications' as const,
            match: (p: string) => p.startsWith('/verifications'),
          },
        ]
      : []),
    { href: paths.me.build(), label: 'nav.me', match: (p) => p === '/me' },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <Link href={authenticated ? paths.meetingsHome.build() : paths.home.build()} className="brand">
          {t('app.name')}
        </Link>
        <div className="header-tools">
          {authenticated && name && (
            <span className="user-name" title={auth.user?.username}>
              {name}
            </span>
          )}
          {authenticated && <NoticeBell enabled={authenticated} />}
          <LanguageSwitch />
          {authenticated && <SignOutButton />}
        </div>
      </header>
      {authenticated && (
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {nav.map((item) => {
              const active = item.match(location);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    className={active ? 'active' : undefined}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
